// SandboxOidcContext: what the sandbox's sign-in, grant and token routes share — the stores,
// the signing key, the configuration, and the rules for resources and scopes.
#pragma once

#include "app/sandbox/sandboxoidcstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

class SandboxStore;
class SandboxTokenSigner;
struct SandboxUser;

class SandboxOidcContext
{
public:
    struct Config
    {
        QString endpoint;                // http(s)://127.0.0.1:PORT
        QString apiIndicator;            // the Management API resource
        int tokenLifetimeSeconds = 3600; // opaque and Management API access tokens
        int refreshReuseWindowMs = 3000; // Logto's refreshTokenReuseInterval
    };

    // An API resource a token may be asked for.
    struct Resource
    {
        QString id; // empty for the Management API
        QString indicator;
        qint64 accessTokenTtl = 3600;
    };

    // The OIDC scopes Logto supports (discovery's scopes_supported).
    static const QStringList kOidcScopes;

    SandboxOidcContext(SandboxStore &store, SandboxTokenSigner &signer);
    void setConfig(const Config &config) { m_config = config; }

    const Config &config() const { return m_config; }
    QString issuer() const { return m_config.endpoint + QStringLiteral("/oidc"); }
    SandboxStore &store() { return m_store; }
    SandboxOidcStore &instances() { return m_instances; }
    const SandboxTokenSigner &signer() const { return m_signer; }
    static qint64 nowMs();

    std::optional<Resource> resource(const QString &indicator) const;
    // The resource's scopes the user's roles grant now (none for the Management API).
    QStringList userScopes(const QString &userId, const Resource &resource) const;
    // A new Grant: the requested OIDC scopes, and per resource the requested scopes the user's
    // roles grant. Returns the grant id (empty when the store failed) and the granted scope
    // (OIDC scopes first, in the order asked).
    QString createGrant(const QString &clientId, const QString &userId,
                        const QStringList &requestedScopes, const QStringList &resources,
                        QString *grantedScope);
    // The Grant of an instance, when it still exists and is the client's and the user's.
    std::optional<SandboxOidcInstance> validGrant(const QString &grantId, const QString &clientId,
                                                  const QString &accountId);

private:
    SandboxStore &m_store;
    SandboxOidcStore m_instances;
    SandboxTokenSigner &m_signer;
    Config m_config;
};

} // namespace latchkey
