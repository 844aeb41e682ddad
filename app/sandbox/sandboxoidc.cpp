// Routing for the sandbox's user sign-in; the parts live in SandboxAuthorization,
// SandboxOidcGrants and SandboxTokenRoutes.
#include "app/sandbox/sandboxoidc.h"

#include "app/sandbox/sandboxclientauth.h"

using namespace Qt::StringLiterals;

namespace latchkey {

SandboxOidc::SandboxOidc(SandboxStore &store, SandboxTokenSigner &signer)
    : m_context(store, signer)
    , m_mint(m_context)
    , m_authorization(m_context)
    , m_grants(m_context, m_mint)
    , m_tokens(m_context)
{}

std::optional<SandboxResponse> SandboxOidc::handle(const SandboxRequest &request)
{
    if (request.rawPath == "/oidc/device/auth")
        return request.method == "POST" ? std::optional(m_grants.deviceAuthorization(request))
                                        : std::nullopt;
    if (auto answer = m_authorization.handle(request))
        return answer;
    return m_tokens.handle(request);
}

bool SandboxOidc::isUserGrant(const QString &grantType)
{
    return grantType == SandboxClientAuth::kAuthorizationCode ||
           grantType == SandboxClientAuth::kRefreshToken ||
           grantType == SandboxClientAuth::kDeviceCode;
}

SandboxResponse SandboxOidc::token(const SandboxApp &app, const QString &grantType,
                                   const QHash<QString, QString> &form,
                                   const QStringList &resources)
{
    return m_grants.token(app, grantType, form, resources);
}

QString SandboxOidc::opaqueAccessToken(const QString &clientId, const QString &userId,
                                       const QString &scope, qint64 lifetimeSeconds)
{
    return m_mint.opaqueAccessToken(clientId, userId, QString(), scope,
                                    SandboxClientAuth::kTokenExchange, lifetimeSeconds);
}

} // namespace latchkey
