// Shapes, statuses and checks of Logto 1.42's application routes (routes/applications/
// application.ts; logto-oidc.md sections 4-5): a create answers 200 (not 201) and never shows
// a secret; redirect URIs pass Logto's guard here and oidc-provider's client rules only when
// someone signs in with them.
#include "app/sandbox/sandboxapplicationroutes.h"

#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxredirecturis.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

using namespace sandboxreply;

namespace {

const QStringList kTypes = {u"Native"_s,           u"SPA"_s,       u"Traditional"_s,
                            u"MachineToMachine"_s, u"Protected"_s, u"SAML"_s};

QJsonArray path(std::initializer_list<QJsonValue> items)
{
    return QJsonArray(items);
}

QJsonObject customIssue(const QJsonArray &at)
{
    return {{u"code"_s, u"custom"_s}, {u"message"_s, u"Invalid input"_s}, {u"path"_s, at}};
}

QJsonObject typeIssue(const QJsonArray &at, const QString &expected, const QJsonValue &received)
{
    QJsonObject issue = invalidType(QString(), expected, received);
    issue.insert(u"path"_s, at);
    return issue;
}

// oidcClientMetadata: redirectUris and postLogoutRedirectUris are required string arrays whose
// entries pass core-kit's validateRedirectUrl.
void checkOidcMetadata(const QJsonValue &value, QJsonArray *issues)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        issues->append(typeIssue(path({u"oidcClientMetadata"_s}), u"object"_s, value));
        return;
    }
    for (const QString &field : {u"redirectUris"_s, u"postLogoutRedirectUris"_s}) {
        const QJsonValue list = value.toObject().value(field);
        const QJsonArray at = path({u"oidcClientMetadata"_s, field});
        if (!list.isArray()) {
            issues->append(typeIssue(at, u"array"_s, list));
            continue;
        }
        const QJsonArray entries = list.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonArray entryPath = at;
            entryPath.append(int(i));
            if (!entries[i].isString())
                issues->append(typeIssue(entryPath, u"string"_s, entries[i]));
            else if (!SandboxRedirectUris::registrable(entries[i].toString()))
                issues->append(customIssue(entryPath));
        }
    }
}

// customClientMetadata: the keys Logto knows, with their types; others are dropped (zod strips
// unknown keys).
QJsonObject checkCustomMetadata(const QJsonValue &value, QJsonArray *issues)
{
    QJsonObject kept;
    if (value.isUndefined())
        return kept;
    if (!value.isObject()) {
        issues->append(typeIssue(path({u"customClientMetadata"_s}), u"object"_s, value));
        return kept;
    }
    const QJsonObject object = value.toObject();
    for (const QString &flag : {u"alwaysIssueRefreshToken"_s, u"rotateRefreshToken"_s,
                                u"allowTokenExchange"_s, u"isDeviceFlow"_s}) {
        const QJsonValue v = object.value(flag);
        if (v.isUndefined())
            continue;
        if (v.isBool())
            kept.insert(flag, v);
        else
            issues->append(typeIssue(path({u"customClientMetadata"_s, flag}), u"boolean"_s, v));
    }
    for (const QString &number : {u"idTokenTtl"_s, u"refreshTokenTtl"_s}) {
        const QJsonValue v = object.value(number);
        if (v.isUndefined())
            continue;
        if (v.isDouble())
            kept.insert(number, v);
        else
            issues->append(typeIssue(path({u"customClientMetadata"_s, number}), u"number"_s, v));
    }
    const QJsonValue days = object.value(u"refreshTokenTtlInDays"_s);
    if (!days.isUndefined()) {
        const double d = days.toDouble(-1);
        if (!days.isDouble() || d != double(qint64(d)) || d < 1 || d > 180)
            issues->append(
                customIssue(path({u"customClientMetadata"_s, u"refreshTokenTtlInDays"_s})));
        else
            kept.insert(u"refreshTokenTtlInDays"_s, days);
    }
    return kept;
}

QJsonObject applicationJson(const SandboxApp &app)
{
    return {{u"tenantId"_s, u"default"_s},
            {u"id"_s, app.id},
            {u"name"_s, app.name},
            {u"description"_s,
             app.description.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(app.description)},
            {u"type"_s, app.type},
            {u"oidcClientMetadata"_s,
             QJsonObject{{u"redirectUris"_s, QJsonArray::fromStringList(app.redirectUris)},
                         {u"postLogoutRedirectUris"_s,
                          QJsonArray::fromStringList(app.postLogoutRedirectUris)}}},
            {u"customClientMetadata"_s, app.customClientMetadata},
            {u"protectedAppMetadata"_s, QJsonValue(QJsonValue::Null)},
            {u"customData"_s, QJsonObject()},
            {u"isThirdParty"_s, false},
            {u"appLevelAccessControlEnabled"_s, false},
            {u"createdAt"_s, double(app.createdAt)}};
}

SandboxResponse notFound(const QString &id)
{
    return logtoError(404, u"entity.not_exists_with_id"_s,
                      u"The applications with ID `%1` does not exist."_s.arg(id));
}

} // namespace

SandboxApplicationRoutes::SandboxApplicationRoutes(SandboxStore &store)
    : m_store(store)
{}

std::optional<SandboxResponse> SandboxApplicationRoutes::handle(const QByteArray &method,
                                                                const QList<QString> &segments,
                                                                const QJsonValue &body)
{
    if (segments.isEmpty() || segments[0] != u"applications"_s)
        return std::nullopt;
    if (segments.size() == 1 && method == "POST")
        return create(body);
    if (segments.size() == 2 && method == "GET")
        return read(segments[1]);
    if (segments.size() == 2 && method == "DELETE")
        return remove(segments[1]);
    return routeNotFound();
}

SandboxResponse SandboxApplicationRoutes::create(const QJsonValue &body)
{
    if (!body.isObject())
        return guardError({invalidType(QString(), u"object"_s, body)});
    const QJsonObject object = body.toObject();
    QJsonArray issues;
    checkString(object, u"name"_s, true, 1, 256, &issues);
    const QJsonValue type = object.value(u"type"_s);
    if (!kTypes.contains(type.toString()))
        issues.append(QJsonObject{{u"code"_s, u"invalid_enum_value"_s},
                                  {u"options"_s, QJsonArray::fromStringList(kTypes)},
                                  {u"path"_s, zodPath(u"type"_s)},
                                  {u"message"_s, u"Invalid enum value."_s}});
    const QJsonValue description = object.value(u"description"_s);
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        issues.append(invalidType(u"description"_s, u"string"_s, description));
    const QJsonValue thirdParty = object.value(u"isThirdParty"_s);
    if (!thirdParty.isUndefined() && !thirdParty.isBool())
        issues.append(invalidType(u"isThirdParty"_s, u"boolean"_s, thirdParty));
    checkOidcMetadata(object.value(u"oidcClientMetadata"_s), &issues);
    const QJsonObject custom =
        checkCustomMetadata(object.value(u"customClientMetadata"_s), &issues);
    if (!issues.isEmpty())
        return guardError(issues);

    if (type == u"SAML"_s)
        return logtoError(400, u"application.saml.use_saml_app_api"_s,
                          u"Use `[METHOD] /saml-applications(/.*)?` API to operate SAML app."_s);
    if (type != u"Native"_s && custom.value(u"isDeviceFlow"_s).toBool())
        return logtoError(422, u"application.device_flow_native_only"_s,
                          u"Device flow is only available for native applications."_s);
    if (type != u"Native"_s && type != u"SPA"_s)
        return logtoError(400, u"request.invalid_input"_s,
                          u"The sandbox creates Native and SPA applications only."_s);
    if (thirdParty.toBool())
        return logtoError(400, u"request.invalid_input"_s,
                          u"The sandbox creates first-party applications only."_s);

    SandboxApp app;
    app.id = sandboxRandomString(21, kSandboxLowerAlphanumeric);
    // Logto keeps an internal secret for every application; a public client never uses it.
    app.secret = u"internal_"_s + sandboxRandomString(32, kSandboxAlphanumeric);
    app.type = type.toString();
    app.name = object.value(u"name"_s).toString();
    app.description = description.isString() ? description.toString() : QString();
    const QJsonObject metadata = object.value(u"oidcClientMetadata"_s).toObject();
    for (const QJsonValue &uri : metadata.value(u"redirectUris"_s).toArray())
        app.redirectUris.append(uri.toString());
    for (const QJsonValue &uri : metadata.value(u"postLogoutRedirectUris"_s).toArray())
        app.postLogoutRedirectUris.append(uri.toString());
    app.customClientMetadata = custom;
    app.tokenExchange = custom.value(u"allowTokenExchange"_s).toBool();
    app.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (!m_store.insertApp(app))
        return logtoError(500, u"unknown"_s, u"The sandbox database failed."_s);
    return json(200, applicationJson(app));
}

SandboxResponse SandboxApplicationRoutes::read(const QString &id) const
{
    const auto app = m_store.app(id);
    if (!app)
        return notFound(id);
    QJsonObject answer = applicationJson(*app);
    answer.insert(u"isAdmin"_s, app->managementApi);
    return json(200, answer);
}

SandboxResponse SandboxApplicationRoutes::remove(const QString &id)
{
    return m_store.deleteApp(id) ? noContent() : notFound(id);
}

} // namespace latchkey
