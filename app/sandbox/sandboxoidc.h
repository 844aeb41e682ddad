// SandboxOidc: the sandbox's sign-in for users — the authorization endpoint and sign-in page,
// the user grants of the token endpoint, the device flow, revocation, introspection and
// userinfo — answering as a real Logto 1.42 does.
#pragma once

#include "app/sandbox/sandboxauthorization.h"
#include "app/sandbox/sandboxhttpmessage.h"
#include "app/sandbox/sandboxoidccontext.h"
#include "app/sandbox/sandboxoidcgrants.h"
#include "app/sandbox/sandboxtokenmint.h"
#include "app/sandbox/sandboxtokenroutes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

class SandboxStore;
class SandboxTokenSigner;
struct SandboxApp;

class SandboxOidc
{
public:
    SandboxOidc(SandboxStore &store, SandboxTokenSigner &signer);
    void setConfig(const SandboxOidcContext::Config &config) { m_context.setConfig(config); }

    // nullopt when the request is for none of these routes.
    std::optional<SandboxResponse> handle(const SandboxRequest &request);
    static bool isUserGrant(const QString &grantType);
    // /oidc/token for a user grant (authorization_code, refresh_token, device_code).
    SandboxResponse token(const SandboxApp &app, const QString &grantType,
                          const QHash<QString, QString> &form, const QStringList &resources);
    // An opaque access token for the token exchange, known to /oidc/me and introspection.
    QString opaqueAccessToken(const QString &clientId, const QString &userId, const QString &scope,
                              qint64 lifetimeSeconds);

private:
    SandboxOidcContext m_context;
    SandboxTokenMint m_mint;
    SandboxAuthorization m_authorization;
    SandboxOidcGrants m_grants;
    SandboxTokenRoutes m_tokens;
};

} // namespace latchkey
