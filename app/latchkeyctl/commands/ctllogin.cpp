#include "app/latchkeyctl/commands/ctllogin.h"

#include "app/latchkeyctl/ctlbrowser.h"
#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/session/developersignin.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

CtlLogin::~CtlLogin() = default;

void CtlLogin::run(CtlContext &context)
{
    CtlSession &session = context.session();
    if (!session.session()->isDeveloper()) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl", "\"login\" is for developer connections; \"%1\" signs in "
                                        "with its app secret.")
                         .arg(session.profile().name),
                     CtlContext::Usage);
        return;
    }
    m_signIn = std::make_unique<DeveloperSignIn>(session.session(), &session.profiles());
    auto finished = [&context, &session](Result<SignedInUser> user) {
        if (!user) {
            context.fail(DeveloperSignIn::describe(user.error()));
            return;
        }
        const SignedInUser &who = user.value();
        if (context.json()) {
            CtlOutput::json(QJsonObject{{u"profile"_s, session.profile().name},
                                        {u"userId"_s, who.subject},
                                        {u"username"_s, who.username},
                                        {u"name"_s, who.name}});
        } else {
            const QString shown = who.username.isEmpty() ? who.subject : who.username;
            CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Signed in as %1 on \"%2\".")
                                .arg(shown, session.profile().name));
        }
        context.succeed();
    };
    if (context.options().isSet(u"device"_s)) {
        m_signIn->startDevice(
            [](const DeviceAuthorization &device) {
                const QUrl complete = device.verificationUriComplete.isEmpty()
                                          ? device.verificationUri
                                          : device.verificationUriComplete;
                CtlOutput::note(QCoreApplication::translate(
                                    "latchkeyctl", "To sign in, open %1 on any device and enter "
                                                   "the code %2 (or open %3).")
                                    .arg(device.verificationUri.toString(), device.userCode,
                                         complete.toString()));
            },
            finished);
        return;
    }
    m_signIn->startBrowser(
        [](const QUrl &url) {
            CtlOutput::note(QCoreApplication::translate(
                                "latchkeyctl",
                                "Sign in in your browser; if it does not open, open this "
                                "address: %1")
                                .arg(url.toString(QUrl::FullyEncoded)));
            QString error;
            if (!CtlBrowser::open(url, &error))
                CtlOutput::note(error);
        },
        finished);
}

} // namespace latchkey
