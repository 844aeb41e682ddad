// NetLog: the latchkey.net logging category and its one redacting entry point.
#pragma once

#include <QLoggingCategory>
#include <QString>

namespace latchkey {

// Off by default (warnings only); enable with QT_LOGGING_RULES="latchkey.net.info=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)

class NetLog
{
public:
    // Writes one info line to latchkey.net after passing it through LogRedactor.
    static void info(const QString &line);
    static bool enabled();
};

} // namespace latchkey
