#include "app/latchkeyctl/commands/ctlprofilesadd.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsecretinput.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace latchkey {

CtlProfilesAdd::~CtlProfilesAdd() = default;

void CtlProfilesAdd::run(CtlContext &context)
{
    const CtlOptions &options = context.options();
    if (options.isSet(u"gateway"_s)) {
        addDeveloper(context);
        return;
    }
    for (const QString &developerOnly : {u"resource"_s, u"device-app-id"_s}) {
        if (options.isSet(developerOnly)) {
            context.fail(QCoreApplication::translate("latchkeyctl",
                                                     "--%1 belongs to a developer connection (with "
                                                     "--gateway).")
                             .arg(developerOnly),
                         CtlContext::Usage);
            return;
        }
    }
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
    save(context, profile, secret);
}

void CtlProfilesAdd::addDeveloper(CtlContext &context)
{
    const CtlOptions &options = context.options();
    for (const QString &adminOnly : {u"secret-stdin"_s, u"api-indicator"_s, u"user"_s}) {
        if (options.isSet(adminOnly)) {
            context.fail(QCoreApplication::translate(
                             "latchkeyctl", "--%1 does not apply to a developer connection: you "
                                            "sign in as yourself (latchkeyctl login).")
                             .arg(adminOnly),
                         CtlContext::Usage);
            return;
        }
    }
    ConnectionProfile profile;
    profile.name = context.argument(0);
    profile.kind = SessionKind::Developer;
    profile.gateway = QUrl(options.value(u"gateway"_s), QUrl::StrictMode);
    profile.endpoint = QUrl(options.value(u"endpoint"_s), QUrl::StrictMode);
    profile.appId = options.value(u"app-id"_s);
    profile.apiIndicator = options.value(u"resource"_s);
    profile.deviceAppId = options.value(u"device-app-id"_s);
    profile.caFile = options.value(u"ca-file"_s);
    profile.allowPlainHttp = options.isSet(u"allow-plain-http"_s);
    if (!profile.apiIndicator.isEmpty() && !profile.endpoint.isEmpty()) {
        save(context, profile, SecretBytes());
        return;
    }
    // The gateway names its resource (and its Logto) in its policy.
    ConnectionProfile probe = profile;
    std::optional<ClientConfig> config = probe.toClientConfig({});
    if (!config || !profile.gateway.isValid() || profile.gateway.host().isEmpty()) {
        context.fail(profile.validationError(), CtlContext::Usage);
        return;
    }
    m_client = std::make_unique<LogtoClient>(std::move(*config));
    m_client->gatewayPolicy(this, [this, &context, profile](Result<TokenPolicy> policy) mutable {
        if (!policy) {
            context.fail(QCoreApplication::translate(
                             "latchkeyctl",
                             "The gateway's policy could not be read (%1); give --resource "
                             "and --endpoint.")
                             .arg(policy.error().userMessage()));
            return;
        }
        if (profile.apiIndicator.isEmpty())
            profile.apiIndicator = policy.value().resource;
        if (profile.endpoint.isEmpty())
            profile.endpoint = QUrl(policy.value().logtoEndpoint, QUrl::StrictMode);
        save(context, profile, SecretBytes());
    });
}

void CtlProfilesAdd::save(CtlContext &context, const ConnectionProfile &profile,
                          const SecretBytes &secret)
{
    if (!context.options().isSet(u"check"_s)) {
        store(context, profile, secret);
        return;
    }
    // An administrator's secret is at hand: it is tried too.
    m_check = std::make_unique<ConnectionCheck>();
    auto kept = std::make_shared<SecretBytes>(secret.bytes());
    m_check->run(profile, SecretBytes(secret.bytes()),
                 profile.isDeveloper() ? ConnectionCheck::Depth::Reachable
                                       : ConnectionCheck::Depth::Credentials,
                 [this, &context, profile, kept](const ConnectionCheck::Report &report) {
                     if (!report.ok) {
                         context.fail(QCoreApplication::translate("latchkeyctl", "Not saved: %1")
                                          .arg(report.message));
                         return;
                     }
                     store(context, profile, *kept);
                 });
}

void CtlProfilesAdd::store(CtlContext &context, const ConnectionProfile &profile,
                           const SecretBytes &secret)
{
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
            const bool developer = profile.kind == SessionKind::Developer;
            if (context.json()) {
                QJsonObject added{{u"name"_s, profile.name},
                                  {u"endpoint"_s, profile.endpoint.toString()}};
                if (developer) {
                    added.insert(u"kind"_s, u"developer"_s);
                    added.insert(u"gateway"_s, profile.gateway.toString());
                    added.insert(u"resource"_s, profile.apiIndicator);
                }
                CtlOutput::json(added);
            } else if (developer) {
                CtlOutput::line(QCoreApplication::translate(
                                    "latchkeyctl",
                                    "Added developer profile \"%1\"; sign in with \"latchkeyctl "
                                    "login\".")
                                    .arg(profile.name));
            } else {
                CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Added profile \"%1\".")
                                    .arg(profile.name));
            }
            context.succeed();
        });
}

} // namespace latchkey
