// SandboxOidcStore: the sandbox's OIDC state (grants, codes, tokens, device codes, sign-in
// interactions) as model instances with a JSON payload, like Logto's oidc_model_instances.
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace latchkey {

class SandboxStore;

struct SandboxOidcInstance
{
    QString model; // "Grant", "AuthorizationCode", "RefreshToken", "AccessToken", ...
    QString id;    // the token or code value itself, or a random id
    QJsonObject payload;
    QString grantId;      // empty when the instance belongs to no grant
    QString userCode;     // device codes only: the normalised user code
    qint64 expiresAt = 0; // ms since the epoch
    std::optional<qint64> consumedAt;

    bool isExpired(qint64 nowMs) const { return expiresAt <= nowMs; }
};

class SandboxOidcStore
{
public:
    explicit SandboxOidcStore(const SandboxStore &store);

    // Inserts or replaces (model, id); instances that expired an hour ago go at the same time.
    bool save(const SandboxOidcInstance &instance);
    std::optional<SandboxOidcInstance> find(const QString &model, const QString &id) const;
    std::optional<SandboxOidcInstance> findByUserCode(const QString &userCode) const;
    // Marks it used at nowMs (again, if it was used before: Logto moves the time too).
    bool consume(const QString &model, const QString &id, qint64 nowMs);
    bool destroy(const QString &model, const QString &id);
    // Deletes the grant and every code and token issued under it.
    void revokeGrant(const QString &grantId);

private:
    const SandboxStore &m_store;
};

} // namespace latchkey
