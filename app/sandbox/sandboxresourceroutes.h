// SandboxResourceRoutes: Logto's API resources, their scopes and user roles
// (/api/resources, /api/roles, /api/users/{id}/roles) over the sandbox store.
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

class SandboxStore;

class SandboxResourceRoutes
{
public:
    explicit SandboxResourceRoutes(SandboxStore &store);
    void setManagementApiIndicator(const QString &indicator) { m_managementApi = indicator; }

    // nullopt when the decoded path segments (after /api) are not one of these routes.
    std::optional<SandboxResponse> handle(const QByteArray &method, const QList<QString> &segments,
                                          const QJsonValue &body);

private:
    SandboxResponse listResources() const;
    SandboxResponse createResource(const QJsonValue &body);
    SandboxResponse updateResource(const QString &id, const QJsonValue &body);
    SandboxResponse createScope(const QString &resourceId, const QJsonValue &body);
    SandboxResponse listScopes(const QString &resourceId) const;
    SandboxResponse createRole(const QJsonValue &body);
    SandboxResponse assignRoles(const QString &userId, const QJsonValue &body);

    SandboxStore &m_store;
    QString m_managementApi;
};

} // namespace latchkey
