// SandboxOidcGrants: the token endpoint's user grants — authorization_code (PKCE, single use),
// refresh_token (rotation with Logto's reuse window, grant revocation on late reuse) and
// device_code — and the device authorization endpoint.
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace latchkey {

class SandboxOidcContext;
class SandboxTokenMint;
struct SandboxApp;

class SandboxOidcGrants
{
public:
    SandboxOidcGrants(SandboxOidcContext &context, SandboxTokenMint &mint);

    // The client is authenticated and allowed the grant type; resources are the request's
    // `resource` values, each one known.
    SandboxResponse token(const SandboxApp &app, const QString &grantType,
                          const QHash<QString, QString> &form, const QStringList &resources);
    // POST /oidc/device/auth
    SandboxResponse deviceAuthorization(const SandboxRequest &request);

private:
    SandboxResponse authorizationCode(const SandboxApp &app, const QHash<QString, QString> &form,
                                      const QString &resource);
    SandboxResponse refreshToken(const SandboxApp &app, const QHash<QString, QString> &form,
                                 const QString &resource);
    SandboxResponse deviceCode(const SandboxApp &app, const QHash<QString, QString> &form,
                               const QString &resource);

    SandboxOidcContext &m_context;
    SandboxTokenMint &m_mint;
};

} // namespace latchkey
