#include "net/netlog.h"

#include "net/logredactor.h"

namespace latchkey {

Q_LOGGING_CATEGORY(lcNet, "latchkey.net", QtWarningMsg)

bool NetLog::enabled()
{
    return lcNet().isInfoEnabled();
}

void NetLog::info(const QString &line)
{
    if (enabled())
        qCInfo(lcNet).noquote() << LogRedactor::redact(line);
}

} // namespace latchkey
