// Client authentication as oidc-provider 9 does it behind Logto 1.42 (logto-oidc.md sections 3
// and 6): an unknown public client_id is a 400 "invalid client <id>", a wrong secret a 401.
#include "app/sandbox/sandboxclientauth.h"

#include "app/sandbox/sandboxform.h"
#include "app/sandbox/sandboxreply.h"

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace latchkey {

using namespace sandboxreply;

const QString SandboxClientAuth::kAuthorizationCode = u"authorization_code"_s;
const QString SandboxClientAuth::kRefreshToken = u"refresh_token"_s;
const QString SandboxClientAuth::kClientCredentials = u"client_credentials"_s;
const QString SandboxClientAuth::kDeviceCode = u"urn:ietf:params:oauth:grant-type:device_code"_s;
const QString SandboxClientAuth::kTokenExchange =
    u"urn:ietf:params:oauth:grant-type:token-exchange"_s;

namespace {

bool secretsEqual(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size() &&
           CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

SandboxResponse authenticationFailed(const QString &issuer)
{
    SandboxResponse r = oidcError(401, u"invalid_client"_s, u"client authentication failed"_s);
    r.addHeader("WWW-Authenticate", "Basic realm=\"" + issuer.toUtf8() +
                                        "\", error=\"invalid_client\", "
                                        "error_description=\"client authentication failed\"");
    return r;
}

} // namespace

bool SandboxClientAuth::isFormBody(const SandboxRequest &request)
{
    return request.header("Content-Type").startsWith("application/x-www-form-urlencoded");
}

SandboxResponse SandboxClientAuth::notAFormBody()
{
    return oidcError(400, u"invalid_request"_s,
                     u"only application/x-www-form-urlencoded content-type bodies are supported"_s);
}

SandboxClientAuth::Result SandboxClientAuth::authenticate(const SandboxRequest &request,
                                                          const QHash<QString, QString> &form,
                                                          const SandboxStore &store,
                                                          const QString &issuer)
{
    QString clientId, clientSecret;
    bool secretPresented = false;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return {std::nullopt, oidcError(400, u"invalid_request"_s,
                                            u"invalid authorization header value format"_s)};
        clientId = sandboxform::decodeComponent(decoded.left(colon));
        clientSecret = sandboxform::decodeComponent(decoded.mid(colon + 1));
        secretPresented = true;
    } else {
        clientId = form.value(u"client_id"_s);
        clientSecret = form.value(u"client_secret"_s);
        secretPresented = !clientSecret.isEmpty();
    }
    if (clientId.isEmpty())
        return {std::nullopt, oidcError(400, u"invalid_request"_s,
                                        u"no client authentication mechanism provided"_s)};
    const auto app = store.app(clientId);
    if (!app) {
        // Logto's adapter refuses an unknown client before any authentication (400); the
        // sandbox keeps answering a presented secret with the authentication failure.
        if (secretPresented)
            return {std::nullopt, authenticationFailed(issuer)};
        return {std::nullopt,
                oidcError(400, u"invalid_client"_s, u"invalid client %1"_s.arg(clientId))};
    }
    // A public client authenticates with its client_id alone ("none"); a secret it presents
    // is a mechanism it is not registered for, and a confidential one must match.
    if (app->isPublic() ? secretPresented : !secretsEqual(app->secret, clientSecret))
        return {std::nullopt, authenticationFailed(issuer)};
    return {app, std::nullopt};
}

bool SandboxClientAuth::grantAllowed(const SandboxApp &app, const QString &grantType)
{
    if (grantType == kTokenExchange)
        return app.tokenExchange;
    if (!app.isPublic())
        return grantType == kClientCredentials;
    if (grantType == kRefreshToken)
        return true;
    return grantType == (app.isDeviceFlow() ? kDeviceCode : kAuthorizationCode);
}

} // namespace latchkey
