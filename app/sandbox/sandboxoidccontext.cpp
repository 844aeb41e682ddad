// Grants hold what the user consented to: OIDC scopes, and per resource indicator the scopes
// granted for it (logto-oidc.md section 4; Logto's first-party apps are consented
// automatically).
#include "app/sandbox/sandboxoidccontext.h"

#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxstore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr qint64 kGrantTtlMs = 180LL * 24 * 3600 * 1000; // Logto's Grant TTL: 180 days

} // namespace

const QStringList SandboxOidcContext::kOidcScopes = {
    u"openid"_s,
    u"offline_access"_s,
    u"profile"_s,
    u"email"_s,
    u"phone"_s,
    u"address"_s,
    u"custom_data"_s,
    u"identities"_s,
    u"roles"_s,
    u"urn:logto:scope:organizations"_s,
    u"urn:logto:scope:organization_roles"_s,
    u"urn:logto:scope:sessions"_s,
    u"urn:logto:scope:trusted_devices"_s,
};

SandboxOidcContext::SandboxOidcContext(SandboxStore &store, SandboxTokenSigner &signer)
    : m_store(store)
    , m_instances(store)
    , m_signer(signer)
{}

qint64 SandboxOidcContext::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::optional<SandboxOidcContext::Resource>
SandboxOidcContext::resource(const QString &indicator) const
{
    if (indicator.isEmpty())
        return std::nullopt;
    if (indicator == m_config.apiIndicator)
        return Resource{QString(), indicator, m_config.tokenLifetimeSeconds};
    const auto stored = m_store.resourceByIndicator(indicator);
    if (!stored)
        return std::nullopt;
    return Resource{stored->id, stored->indicator, stored->accessTokenTtl};
}

QStringList SandboxOidcContext::userScopes(const QString &userId, const Resource &resource) const
{
    return resource.id.isEmpty() ? QStringList() : m_store.grantedScopes(userId, resource.id);
}

QString SandboxOidcContext::createGrant(const QString &clientId, const QString &userId,
                                        const QStringList &requestedScopes,
                                        const QStringList &resources, QString *grantedScope)
{
    QStringList oidc;
    for (const QString &scope : requestedScopes) {
        if (kOidcScopes.contains(scope))
            oidc.append(scope);
    }
    QJsonObject resourceScopes;
    QStringList granted = oidc;
    for (const QString &indicator : resources) {
        const auto target = resource(indicator);
        if (!target)
            continue;
        const QStringList held = userScopes(userId, *target);
        QStringList kept;
        for (const QString &scope : requestedScopes) {
            if (held.contains(scope) && !kept.contains(scope))
                kept.append(scope);
        }
        resourceScopes.insert(indicator, kept.join(u' '));
        for (const QString &scope : std::as_const(kept)) {
            if (!granted.contains(scope))
                granted.append(scope);
        }
    }
    SandboxOidcInstance grant;
    grant.model = u"Grant"_s;
    grant.id = sandboxRandomString(21, kSandboxUrlSafe);
    grant.grantId = grant.id;
    grant.expiresAt = nowMs() + kGrantTtlMs;
    grant.payload = {{u"clientId"_s, clientId},
                     {u"accountId"_s, userId},
                     {u"openid"_s, oidc.join(u' ')},
                     {u"resources"_s, resourceScopes}};
    if (!m_instances.save(grant))
        return {};
    *grantedScope = granted.join(u' ');
    return grant.id;
}

std::optional<SandboxOidcInstance> SandboxOidcContext::validGrant(const QString &grantId,
                                                                  const QString &clientId,
                                                                  const QString &accountId)
{
    auto grant = m_instances.find(u"Grant"_s, grantId);
    if (!grant || grant->isExpired(nowMs()) ||
        grant->payload.value(u"clientId"_s).toString() != clientId ||
        grant->payload.value(u"accountId"_s).toString() != accountId)
        return std::nullopt;
    return grant;
}

} // namespace latchkey
