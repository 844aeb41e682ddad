#include "app/latchkeyctl/commands/ctlwhoami.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/connectionkeeper.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlWhoami::run(CtlContext &context)
{
    CtlSession &session = context.session();
    const ConnectionProfile &profile = session.profile();
    if (!session.session()->isDeveloper()) {
        if (context.json())
            CtlOutput::json(QJsonObject{{u"profile"_s, profile.name},
                                        {u"kind"_s, u"admin"_s},
                                        {u"endpoint"_s, profile.endpoint.toString()},
                                        {u"appId"_s, profile.appId},
                                        {u"userId"_s, CtlFormat::orNull(profile.userId)}});
        else
            CtlOutput::line(QCoreApplication::translate(
                                "latchkeyctl",
                                "\"%1\" is an administrator connection to %2 (app %3); its "
                                "user: %4")
                                .arg(profile.name, profile.endpoint.toString(), profile.appId,
                                     profile.userId.isEmpty() ? u"-"_s : profile.userId));
        context.succeed();
        return;
    }
    // The gateway answers for whoever the sign-in is: that is the question.
    session.session()->keeper()->getUser(
        profile.userId, this, [&context, &session](Result<User> user) {
            const ConnectionProfile &profile = session.profile();
            if (!user) {
                if (user.error().kind() == ApiError::Kind::SignedOut &&
                    user.error().code().isEmpty()) {
                    context.fail(
                        QCoreApplication::translate(
                            "latchkeyctl", "Not signed in to \"%1\": run \"latchkeyctl login\".")
                            .arg(profile.name));
                    return;
                }
                context.fail(user.error().userMessage());
                return;
            }
            const User &me = user.value();
            if (context.json()) {
                CtlOutput::json(
                    QJsonObject{{u"profile"_s, profile.name},
                                {u"kind"_s, u"developer"_s},
                                {u"gateway"_s, profile.gateway.toString()},
                                {u"id"_s, me.id},
                                {u"username"_s, CtlFormat::orNull(me.username)},
                                {u"name"_s, CtlFormat::orNull(me.name)},
                                {u"primaryEmail"_s, CtlFormat::orNull(me.primaryEmail)}});
            } else {
                const QString shown = me.username.isEmpty() ? me.id : me.username;
                const QString name = me.name.isEmpty() ? QString() : u" ("_s + me.name + u')';
                CtlOutput::line(
                    QCoreApplication::translate("latchkeyctl",
                                                "Signed in to \"%1\" as %2%3, user ID %4, "
                                                "through %5")
                        .arg(profile.name, shown, name, me.id, profile.gateway.toString()));
            }
            context.succeed();
        });
}

} // namespace latchkey
