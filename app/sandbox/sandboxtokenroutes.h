// SandboxTokenRoutes: what a client does with the tokens it holds — revoke them
// (/oidc/token/revocation), introspect them (/oidc/token/introspection) and read the user's
// claims with an opaque access token (/oidc/me).
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <optional>

namespace latchkey {

class SandboxOidcContext;
struct SandboxOidcInstance;

class SandboxTokenRoutes
{
public:
    explicit SandboxTokenRoutes(SandboxOidcContext &context);

    std::optional<SandboxResponse> handle(const SandboxRequest &request);

private:
    SandboxResponse revoke(const SandboxRequest &request);
    SandboxResponse introspect(const SandboxRequest &request);
    SandboxResponse userinfo(const SandboxRequest &request);
    // An access or refresh token the store knows, whatever token_type_hint said.
    std::optional<SandboxOidcInstance> findToken(const QString &value) const;

    SandboxOidcContext &m_context;
};

} // namespace latchkey
