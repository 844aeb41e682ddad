// SandboxRedirectUris: which redirect URIs Logto lets an application register, which ones
// oidc-provider then accepts for a Native or SPA client, and whether a requested redirect_uri
// matches a registered one (exact, wildcard, or RFC 8252 loopback on any port).
#pragma once

#include <QString>
#include <QStringList>

namespace latchkey {

struct SandboxApp;

class SandboxRedirectUris
{
public:
    // Logto's registration guard (core-kit validateRedirectUrl, "web" or "mobile").
    static bool registrable(const QString &uri);
    // oidc-provider's client metadata check of the registered URIs; the error description
    // ("redirect_uris …") of the first one it refuses, or an empty string.
    static QString clientProblem(const SandboxApp &app);
    // Whether redirect_uri may be used by the app (Logto's redirectUriAllowed).
    static bool allowed(const SandboxApp &app, const QString &redirectUri);
};

} // namespace latchkey
