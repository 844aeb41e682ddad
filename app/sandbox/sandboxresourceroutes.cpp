// Shapes, statuses and codes follow Logto's resource, scope and role routes
// (docs/logto-api.md, "API resources"; observed on Logto 1.42).
#include "app/sandbox/sandboxresourceroutes.h"

#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace latchkey {

using namespace sandboxreply;

namespace {

const QString kTenantId = u"default"_s;
// Logto's own id for the Management API resource of the default tenant.
const QString kManagementApiId = u"management-api"_s;

QString newId()
{
    return sandboxRandomString(21, kSandboxLowerAlphanumeric);
}

QJsonObject resourceJson(const SandboxResource &r)
{
    return {{u"tenantId"_s, kTenantId}, {u"id"_s, r.id},
            {u"name"_s, r.name},        {u"indicator"_s, r.indicator},
            {u"isDefault"_s, false},    {u"accessTokenTtl"_s, double(r.accessTokenTtl)}};
}

QJsonObject scopeJson(const SandboxScope &s)
{
    return {{u"tenantId"_s, kTenantId},
            {u"id"_s, s.id},
            {u"resourceId"_s, s.resourceId},
            {u"name"_s, s.name},
            {u"description"_s,
             s.description.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.description)},
            {u"createdAt"_s, double(s.createdAt)}};
}

QJsonObject roleJson(const SandboxRole &r)
{
    return {{u"tenantId"_s, kTenantId},        {u"id"_s, r.id},     {u"name"_s, r.name},
            {u"description"_s, r.description}, {u"type"_s, r.type}, {u"isDefault"_s, false}};
}

SandboxResponse notExistsWithId(const QString &table, const QString &id)
{
    return logtoError(404, u"entity.not_exists_with_id"_s,
                      u"The %1 with ID `%2` does not exist."_s.arg(table, id));
}

SandboxResponse cannotModifyManagementApi()
{
    return logtoError(400, u"resource.cannot_modify_management_api"_s,
                      u"Cannot modify Logto Management API."_s);
}

// A non-negative whole number of seconds, as Logto's bigint column takes it.
bool checkTtl(const QJsonObject &object, QJsonArray *issues)
{
    const QJsonValue ttl = object.value(u"accessTokenTtl"_s);
    if (ttl.isUndefined())
        return true;
    if (!ttl.isDouble() || ttl.toDouble() < 0 || ttl.toDouble() > 1e15 ||
        ttl.toDouble() != double(qint64(ttl.toDouble()))) {
        issues->append(invalidType(u"accessTokenTtl"_s, u"number"_s, ttl));
        return false;
    }
    return true;
}

} // namespace

SandboxResourceRoutes::SandboxResourceRoutes(SandboxStore &store)
    : m_store(store)
{}

std::optional<SandboxResponse> SandboxResourceRoutes::handle(const QByteArray &method,
                                                             const QList<QString> &segments,
                                                             const QJsonValue &body)
{
    const qsizetype n = segments.size();
    if (n == 0)
        return std::nullopt;
    if (segments[0] == u"resources"_s) {
        if (n == 1 && method == "GET")
            return listResources();
        if (n == 1 && method == "POST")
            return createResource(body);
        if (n == 2 && method == "GET") {
            if (segments[1] == kManagementApiId)
                return json(200, resourceJson({kManagementApiId, u"Logto Management API"_s,
                                               m_managementApi, 3600}));
            const auto resource = m_store.resource(segments[1]);
            return resource ? json(200, resourceJson(*resource))
                            : notExistsWithId(u"resources"_s, segments[1]);
        }
        if (n == 2 && method == "PATCH")
            return updateResource(segments[1], body);
        if (n == 3 && segments[2] == u"scopes"_s && method == "POST")
            return createScope(segments[1], body);
        if (n == 3 && segments[2] == u"scopes"_s && method == "GET")
            return listScopes(segments[1]);
        return routeNotFound();
    }
    if (segments[0] == u"roles"_s) {
        if (n == 1 && method == "POST")
            return createRole(body);
        return routeNotFound();
    }
    if (segments[0] == u"users"_s && n == 3 && segments[2] == u"roles"_s && method == "POST")
        return assignRoles(segments[1], body);
    return std::nullopt;
}

SandboxResponse SandboxResourceRoutes::listResources() const
{
    QJsonArray array{
        resourceJson({kManagementApiId, u"Logto Management API"_s, m_managementApi, 3600})};
    for (const SandboxResource &r : m_store.resources())
        array.append(resourceJson(r));
    return json(200, QJsonDocument(array));
}

SandboxResponse SandboxResourceRoutes::createResource(const QJsonValue &body)
{
    if (!body.isObject())
        return guardError({invalidType(QString(), u"object"_s, body)});
    const QJsonObject object = body.toObject();
    QJsonArray issues;
    checkString(object, u"name"_s, true, 1, 0, &issues);
    checkString(object, u"indicator"_s, true, 1, 0, &issues);
    checkTtl(object, &issues);
    if (!issues.isEmpty())
        return guardError(issues);
    SandboxResource resource{newId(), object.value(u"name"_s).toString(),
                             object.value(u"indicator"_s).toString(),
                             object.value(u"accessTokenTtl"_s).toInteger(3600)};
    if (resource.indicator == m_managementApi || !m_store.insertResource(resource))
        return logtoError(422, u"resource.resource_identifier_in_use"_s,
                          u"The API identifier %1 is already in use"_s.arg(resource.indicator));
    QJsonObject answer = resourceJson(resource);
    answer.insert(u"scopes"_s, QJsonArray());
    return json(201, answer);
}

SandboxResponse SandboxResourceRoutes::updateResource(const QString &id, const QJsonValue &body)
{
    if (id == kManagementApiId)
        return cannotModifyManagementApi();
    if (!body.isObject())
        return guardError({invalidType(QString(), u"object"_s, body)});
    const QJsonObject object = body.toObject();
    QJsonArray issues;
    checkString(object, u"name"_s, false, 1, 0, &issues);
    checkTtl(object, &issues);
    if (!issues.isEmpty())
        return guardError(issues);
    auto resource = m_store.resource(id);
    if (!resource)
        return notExistsWithId(u"resources"_s, id);
    resource->name = object.value(u"name"_s).toString(resource->name);
    resource->accessTokenTtl =
        object.value(u"accessTokenTtl"_s).toInteger(resource->accessTokenTtl);
    if (!m_store.updateResource(*resource))
        return logtoError(500, u"unknown"_s, u"The sandbox database failed."_s);
    return json(200, resourceJson(*resource));
}

SandboxResponse SandboxResourceRoutes::createScope(const QString &resourceId,
                                                   const QJsonValue &body)
{
    if (!body.isObject())
        return guardError({invalidType(QString(), u"object"_s, body)});
    const QJsonObject object = body.toObject();
    QJsonArray issues;
    checkString(object, u"name"_s, true, 1, 256, &issues);
    const QJsonValue description = object.value(u"description"_s);
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        issues.append(invalidType(u"description"_s, u"string"_s, description));
    if (!issues.isEmpty())
        return guardError(issues);
    const QString name = object.value(u"name"_s).toString();
    if (name.contains(QRegularExpression(u"\\s"_s)))
        return logtoError(400, u"scope.name_with_space"_s,
                          u"The name of the scope cannot contain any spaces."_s);
    if (resourceId == kManagementApiId)
        return cannotModifyManagementApi();
    if (!m_store.resource(resourceId))
        return notExistsWithId(u"resources"_s, resourceId);
    const SandboxScope scope{newId(), resourceId, name,
                             description.isString() ? description.toString() : QString(),
                             QDateTime::currentMSecsSinceEpoch()};
    if (!m_store.insertScope(scope))
        return logtoError(422, u"scope.name_exists"_s,
                          u"The scope name %1 is already in use"_s.arg(name));
    return json(201, scopeJson(scope));
}

SandboxResponse SandboxResourceRoutes::listScopes(const QString &resourceId) const
{
    if (resourceId != kManagementApiId && !m_store.resource(resourceId))
        return notExistsWithId(u"resources"_s, resourceId);
    QJsonArray array;
    for (const SandboxScope &s : m_store.scopes(resourceId))
        array.append(scopeJson(s));
    return json(200, QJsonDocument(array));
}

SandboxResponse SandboxResourceRoutes::createRole(const QJsonValue &body)
{
    if (!body.isObject())
        return guardError({invalidType(QString(), u"object"_s, body)});
    const QJsonObject object = body.toObject();
    QJsonArray issues;
    checkString(object, u"name"_s, true, 1, 128, &issues);
    checkString(object, u"description"_s, true, 1, 0, &issues);
    const QJsonValue type = object.value(u"type"_s);
    if (!type.isUndefined() && type != u"User"_s && type != u"MachineToMachine"_s)
        issues.append(QJsonObject{{u"code"_s, u"invalid_enum_value"_s},
                                  {u"path"_s, zodPath(u"type"_s)},
                                  {u"message"_s, u"Invalid enum value."_s}});
    QStringList scopeIds;
    const QJsonValue ids = object.value(u"scopeIds"_s);
    if (!ids.isUndefined()) {
        if (!ids.isArray())
            issues.append(invalidType(u"scopeIds"_s, u"array"_s, ids));
        for (const QJsonValue &id : ids.toArray()) {
            if (!id.isString() || id.toString().isEmpty())
                issues.append(invalidType(u"scopeIds"_s, u"string"_s, id));
            else
                scopeIds.append(id.toString());
        }
    }
    if (!issues.isEmpty())
        return guardError(issues);
    scopeIds.removeDuplicates();
    if (m_store.countScopes(scopeIds) != scopeIds.size())
        return logtoError(404, u"entity.not_found"_s, u"The resource does not exist."_s);
    const SandboxRole role{newId(), object.value(u"name"_s).toString(),
                           object.value(u"description"_s).toString(), type.toString(u"User"_s)};
    switch (m_store.insertRole(role, scopeIds)) {
    case SandboxStore::Write::Ok:
        return json(200, roleJson(role));
    case SandboxStore::Write::NameTaken:
        return logtoError(422, u"role.name_in_use"_s,
                          u"This role name %1 is already in use"_s.arg(role.name));
    default:
        return logtoError(500, u"unknown"_s, u"The sandbox database failed."_s);
    }
}

SandboxResponse SandboxResourceRoutes::assignRoles(const QString &userId, const QJsonValue &body)
{
    if (!body.isObject())
        return guardError({invalidType(QString(), u"object"_s, body)});
    const QJsonValue ids = body.toObject().value(u"roleIds"_s);
    QStringList roleIds;
    QJsonArray issues;
    if (!ids.isArray())
        issues.append(invalidType(u"roleIds"_s, u"array"_s, ids));
    for (const QJsonValue &id : ids.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            issues.append(invalidType(u"roleIds"_s, u"string"_s, id));
        else
            roleIds.append(id.toString());
    }
    if (!issues.isEmpty())
        return guardError(issues);
    if (!m_store.user(userId))
        return notExistsWithId(u"users"_s, userId);
    for (const QString &id : std::as_const(roleIds)) {
        const auto role = m_store.role(id);
        if (!role)
            return notExistsWithId(u"roles"_s, id);
        if (role->type != u"User"_s)
            return logtoError(422, u"user.invalid_role_type"_s,
                              u"Invalid role type, can not assign machine-to-machine role to "
                              "user."_s);
    }
    const QStringList added = m_store.addUserRoles(userId, roleIds);
    return json(201, QJsonObject{{u"roleIds"_s, QJsonArray::fromStringList(roleIds)},
                                 {u"addedRoleIds"_s, QJsonArray::fromStringList(added)}});
}

} // namespace latchkey
