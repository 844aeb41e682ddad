// SandboxApi: Logto's /oidc/token, /oidc/jwks, discovery and Management API routes over the
// sandbox store; user sign-in (SandboxOidc) and applications are routed from here.
#pragma once

#include "app/sandbox/sandboxapplicationroutes.h"
#include "app/sandbox/sandboxhttpmessage.h"
#include "app/sandbox/sandboxoidc.h"
#include "app/sandbox/sandboxresourceroutes.h"

#include <QJsonValue>
#include <QString>

namespace latchkey {

class SandboxStore;
class SandboxTokenSigner;
struct SandboxUser;
struct SandboxToken;

class SandboxApi
{
public:
    struct Config
    {
        QString endpoint; // http(s)://127.0.0.1:PORT, for iss and Link
        QString apiIndicator;
        int tokenLifetimeSeconds = 3600;
        int refreshReuseWindowMs = 3000;
    };

    SandboxApi(SandboxStore &store, SandboxTokenSigner &signer);
    void setConfig(const Config &config)
    {
        m_config = config;
        m_resources.setManagementApiIndicator(config.apiIndicator);
        m_oidc.setConfig({config.endpoint, config.apiIndicator, config.tokenLifetimeSeconds,
                          config.refreshReuseWindowMs});
    }

    SandboxResponse handle(const SandboxRequest &request);

    static constexpr qsizetype kMaxJsonBody = 1024 * 1024;

private:
    SandboxResponse handleToken(const SandboxRequest &request);
    SandboxResponse handleJwks() const;
    SandboxResponse handleDiscovery() const;
    SandboxResponse handleManagement(const SandboxRequest &request, const QList<QString> &segments);

    SandboxResponse listUsers(const SandboxRequest &request);
    SandboxResponse createUser(const QJsonValue &body);
    SandboxResponse listTokens(const QString &userId);
    SandboxResponse createToken(const QString &userId, const QJsonValue &body);
    SandboxResponse renameToken(const QString &userId, const QString &currentName,
                                const QString &newName);
    SandboxResponse deleteToken(const QString &userId, const QString &name);

    QByteArray issueAccessToken(const QString &subject, const QString &clientId,
                                const QString &scope, const QString &audience,
                                qint64 lifetimeSeconds) const;

    SandboxStore &m_store;
    SandboxTokenSigner &m_signer;
    SandboxResourceRoutes m_resources;
    SandboxApplicationRoutes m_applications;
    SandboxOidc m_oidc;
    Config m_config;
};

} // namespace latchkey
