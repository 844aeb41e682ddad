#include "app/latchkeyctl/ctlcontext.h"

#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/snapshotrecorder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace latchkey {

QString CtlContext::userId()
{
    const QString given = options().value(u"user"_s);
    return given.isEmpty() ? session().profile().userId : given;
}

QString CtlContext::requireUserId()
{
    const QString user = userId();
    if (user.isEmpty())
        fail(QCoreApplication::translate("latchkeyctl", "No user given: pass --user ID or set "
                                                        "the profile's user."),
             Usage);
    return user;
}

void CtlContext::remember(const std::function<bool(const SnapshotRecorder &, QString *)> &record)
{
    QString error;
    if (!record(SnapshotRecorder(&session().snapshots()), &error))
        CtlOutput::note(QCoreApplication::translate(
                            "latchkeyctl", "Could not keep an offline copy of the tokens: %1")
                            .arg(error));
}

} // namespace latchkey
