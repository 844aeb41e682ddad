#include "app/latchkeyctl/commands/ctlrename.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/connectionkeeper.h"
#include "model/session/session.h"

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
            session.session()->keeper()->keepRemoved(user, oldName);
            session.session()->keeper()->keepIssued(result.value());
            if (context.json())
                CtlOutput::json(CtlFormat::tokenJson(result.value()));
            else
                CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Renamed to \"%1\".")
                                    .arg(result.value().name));
            context.succeed();
        });
}

} // namespace latchkey
