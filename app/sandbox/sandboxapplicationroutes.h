// SandboxApplicationRoutes: Logto's /api/applications for the user-facing application types
// the sandbox signs in (Native, SPA): create, read, delete.
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

class SandboxStore;

class SandboxApplicationRoutes
{
public:
    explicit SandboxApplicationRoutes(SandboxStore &store);

    // nullopt when the decoded path segments (after /api) are not one of these routes.
    std::optional<SandboxResponse> handle(const QByteArray &method, const QList<QString> &segments,
                                          const QJsonValue &body);

private:
    SandboxResponse create(const QJsonValue &body);
    SandboxResponse read(const QString &id) const;
    SandboxResponse remove(const QString &id);

    SandboxStore &m_store;
};

} // namespace latchkey
