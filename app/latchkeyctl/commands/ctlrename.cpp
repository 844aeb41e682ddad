#include "app/latchkeyctl/commands/ctlrename.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/snapshotrecorder.h"

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlRename::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    CtlSession &session = context.session();
    const QString oldName = context.argument(0);
    session.service()->rename(
        user, oldName, context.argument(1), this,
        [&context, &session, user, oldName](TokenResult<PersonalAccessToken> result) {
            if (!result) {
                context.fail(result.error().message);
                return;
            }
            context.remember([&](const SnapshotRecorder &recorder, QString *error) {
                const QString profile = session.profile().name;
                return recorder.recordRemoved(profile, user, oldName, error) &&
                       recorder.recordIssued(profile, session.endpointKey(), QString(),
                                             result.value(), error);
            });
            if (context.json())
                CtlOutput::json(CtlFormat::tokenJson(result.value()));
            else
                CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Renamed to \"%1\".")
                                    .arg(result.value().name));
            context.succeed();
        });
}

} // namespace latchkey
