#include "app/latchkeyctl/commands/ctlprofilesadd.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsecretinput.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlProfilesAdd::run(CtlContext &context)
{
    const CtlOptions &options = context.options();
    if (!options.isSet(u"secret-stdin"_s)) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl", "The app secret is read from standard input only: pass "
                                        "--secret-stdin and pipe it in."),
                     CtlContext::Usage);
        return;
    }
    ConnectionProfile profile;
    profile.name = context.argument(0);
    profile.endpoint = QUrl(options.value(u"endpoint"_s), QUrl::StrictMode);
    profile.appId = options.value(u"app-id"_s);
    profile.apiIndicator = options.value(u"api-indicator"_s);
    profile.userId = options.value(u"user"_s);
    profile.caFile = options.value(u"ca-file"_s);
    profile.allowPlainHttp = options.isSet(u"allow-plain-http"_s);

    std::optional<SecretBytes> raw =
        CtlSecretInput::isTerminal()
            ? CtlSecretInput::readHiddenLine(
                  QCoreApplication::translate("latchkeyctl", "App secret of \"%1\" (not shown): ")
                      .arg(profile.name))
            : CtlSecretInput::readAll();
    if (!raw) {
        context.fail(QCoreApplication::translate("latchkeyctl", "Cannot read standard input."));
        return;
    }
    SecretBytes secret(raw->bytes().trimmed());
    raw->clear();
    if (secret.isEmpty()) {
        context.fail(
            QCoreApplication::translate("latchkeyctl", "No app secret arrived on standard input."),
            CtlContext::Usage);
        return;
    }
    CtlSession &session = context.session();
    session.profiles().add(
        profile, secret, this, [&context, &session, profile](SecretStore::Outcome outcome) {
            if (!outcome.ok()) {
                context.fail(outcome.message.isEmpty() ? SecretStore::messageFor(outcome.status)
                                                       : outcome.message);
                return;
            }
            if (session.appSettings().currentProfile().isEmpty() ||
                !session.profiles().contains(session.appSettings().currentProfile()))
                session.appSettings().setCurrentProfile(profile.name);
            if (context.json())
                CtlOutput::json(QJsonObject{{u"name"_s, profile.name},
                                            {u"endpoint"_s, profile.endpoint.toString()}});
            else
                CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Added profile \"%1\".")
                                    .arg(profile.name));
            context.succeed();
        });
}

} // namespace latchkey
