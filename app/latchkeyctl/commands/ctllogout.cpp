#include "app/latchkeyctl/commands/ctllogout.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/session/developersignout.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlLogout::run(CtlContext &context)
{
    CtlSession &session = context.session();
    if (!session.session()->isDeveloper()) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl", "\"logout\" is for developer connections; to stop using "
                                        "\"%1\", remove the profile.")
                         .arg(session.profile().name),
                     CtlContext::Usage);
        return;
    }
    auto *signOut = new DeveloperSignOut(session.session(), session.cache(), this);
    signOut->start(
        context.options().isSet(u"forget-cached"_s),
        [&context, &session](const DeveloperSignOut::Outcome &outcome) {
            if (!outcome.forgetProblem.isEmpty())
                CtlOutput::note(QCoreApplication::translate(
                                    "latchkeyctl", "Some token values could not be forgotten: %1")
                                    .arg(outcome.forgetProblem));
            const auto &out = outcome.signOut;
            if (!out.removal.ok()) {
                context.fail(QCoreApplication::translate(
                                 "latchkeyctl",
                                 "The sign-in could not be removed from the keychain: "
                                 "%1")
                                 .arg(out.removal.message));
                return;
            }
            const bool revoked = !out.revokeError.isError();
            if (!revoked)
                CtlOutput::note(QCoreApplication::translate(
                                    "latchkeyctl",
                                    "The server could not be told (%1); the sign-in was removed "
                                    "from this computer and ends when it expires.")
                                    .arg(out.revokeError.userMessage()));
            if (context.json())
                CtlOutput::json(QJsonObject{{u"profile"_s, session.profile().name},
                                            {u"revoked"_s, revoked},
                                            {u"forgotten"_s, outcome.forgotten}});
            else
                CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Signed out of \"%1\".")
                                    .arg(session.profile().name));
            context.succeed();
        });
}

} // namespace latchkey
