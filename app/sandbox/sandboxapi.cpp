// The sandbox's Logto routes. Status codes, error codes and shapes follow
// docs/logto-api.md (observed on a real Logto 1.42); comments flag Logto quirks.
#include "app/sandbox/sandboxapi.h"

#include "app/sandbox/sandboxclientauth.h"
#include "app/sandbox/sandboxform.h"
#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxresourceroutes.h"
#include "app/sandbox/sandboxstore.h"
#include "app/sandbox/sandboxtokensigner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace latchkey {

using namespace sandboxreply;
using sandboxform::parseQuery;
using sandboxform::queryValue;

namespace {

const QString kPatTokenType = u"urn:logto:token-type:personal_access_token"_s;
const QString kTenantId = u"default"_s;
// The OIDC scopes an opaque (resource-less) exchanged token may carry.
const QStringList kOidcScopes = {u"openid"_s,  u"profile"_s,     u"email"_s,      u"phone"_s,
                                 u"address"_s, u"custom_data"_s, u"identities"_s, u"roles"_s};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// --- URL handling ---------------------------------------------------------------------

// decodeURIComponent: malformed escapes or invalid UTF-8 fail (Logto answers 404 then).
std::optional<QString> decodeSegment(QByteArrayView raw)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            bytes.append(raw[i]);
            continue;
        }
        if (i + 2 >= raw.size() || !isxdigit(uchar(raw[i + 1])) || !isxdigit(uchar(raw[i + 2])))
            return std::nullopt;
        bytes.append(char(QByteArray(raw.sliced(i + 1, 2).toByteArray()).toInt(nullptr, 16)));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// --- JSON shapes ----------------------------------------------------------------------

QJsonValue nullableString(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject userJson(const SandboxUser &u)
{
    return {{u"id"_s, u.id},
            {u"username"_s, nullableString(u.username)},
            {u"primaryEmail"_s, nullableString(u.primaryEmail)},
            {u"primaryPhone"_s, nullableString(u.primaryPhone)},
            {u"name"_s, nullableString(u.name)},
            {u"avatar"_s, nullableString(u.avatar)},
            {u"customData"_s, QJsonObject()},
            {u"identities"_s, QJsonObject()},
            {u"lastSignInAt"_s,
             u.lastSignInAt ? QJsonValue(double(*u.lastSignInAt)) : QJsonValue(QJsonValue::Null)},
            {u"createdAt"_s, double(u.createdAt)},
            {u"updatedAt"_s, double(u.updatedAt)},
            {u"profile"_s, QJsonObject()},
            {u"applicationId"_s, QJsonValue(QJsonValue::Null)},
            {u"cimdClientId"_s, QJsonValue(QJsonValue::Null)},
            {u"isSuspended"_s, u.isSuspended},
            {u"hasPassword"_s, false}};
}

QJsonObject tokenJson(const SandboxToken &t)
{
    return {{u"tenantId"_s, kTenantId},
            {u"userId"_s, t.userId},
            {u"name"_s, t.name},
            {u"value"_s, t.value},
            {u"createdAt"_s, double(t.createdAt)},
            {u"expiresAt"_s,
             t.expiresAt ? QJsonValue(double(*t.expiresAt)) : QJsonValue(QJsonValue::Null)}};
}

// RFC 8259 section 7: quotation mark, reverse solidus and control characters escaped.
void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

// The same objects tokenJson() gives, written straight out: a 10k-token list
// built as a QJsonArray and serialised took ~70 ms of the sandbox's answer,
// which the app's cold start waits for; this takes a fraction of it.
QByteArray tokenListJson(const QList<SandboxToken> &tokens)
{
    QByteArray out;
    out.reserve(tokens.size() * 160 + 2);
    out.append('[');
    for (const SandboxToken &t : tokens) {
        if (out.size() > 1)
            out.append(',');
        out.append("{\"createdAt\":").append(QByteArray::number(t.createdAt));
        out.append(",\"expiresAt\":");
        out.append(t.expiresAt ? QByteArray::number(*t.expiresAt) : QByteArray("null"));
        out.append(",\"name\":");
        appendJsonString(out, t.name);
        out.append(",\"tenantId\":");
        appendJsonString(out, kTenantId);
        out.append(",\"userId\":");
        appendJsonString(out, t.userId);
        out.append(",\"value\":");
        appendJsonString(out, t.value);
        out.append('}');
    }
    out.append(']');
    return out;
}

SandboxResponse tokenNotExists()
{
    return logtoError(404, u"entity.not_exists"_s, u"The personal_access_token does not exist."_s);
}

SandboxResponse entityNotFound()
{
    return logtoError(404, u"entity.not_found"_s, u"The resource does not exist."_s);
}

SandboxResponse nameTaken()
{
    return logtoError(422, u"user.personal_access_token_name_exists"_s,
                      u"Personal access token name already exists."_s);
}

SandboxResponse storeFailure()
{
    return logtoError(500, u"unknown"_s, u"The sandbox database failed."_s);
}

} // namespace

namespace {

// Logto's search parameters (packages/core/src/utils/search.ts): `search` / `search.<field>`
// values, `mode` / `mode.<field>` match modes (default like), `joint` and `isCaseSensitive`.
bool parseUserSearch(const QList<QPair<QString, QString>> &query, SandboxStore::UserQuery *out,
                     QString *error)
{
    static const QStringList defaultFields = {u"id"_s, u"primaryEmail"_s, u"primaryPhone"_s,
                                              u"username"_s, u"name"_s};
    static const QStringList modes = {u"like"_s, u"exact"_s, u"similar_to"_s, u"posix"_s};
    auto fieldOf = [error](const QString &key, QString *field) {
        const QStringList path = key.split(u'.');
        if (path.size() > 2) {
            *error = u"Only the first level field is supported."_s;
            return false;
        }
        *field = path.value(1);
        if (!field->isEmpty() && !SandboxStore::isSearchField(*field)) {
            *error = u"Search field `%1` is not allowed."_s.arg(*field);
            return false;
        }
        return true;
    };
    QHash<QString, QString> modeByField;
    QList<QPair<QString, QStringList>> valuesByField;
    for (const auto &[key, value] : query) {
        QString field;
        if (key.startsWith(u"mode"_s)) {
            if (!fieldOf(key, &field))
                return false;
            if (!modes.contains(value)) {
                *error = u"Search match mode `%1` is not valid."_s.arg(value);
                return false;
            }
            modeByField.insert(field, value);
        } else if (key.startsWith(u"search"_s)) {
            if (!fieldOf(key, &field))
                return false;
            auto it = std::find_if(valuesByField.begin(), valuesByField.end(),
                                   [&field](const auto &entry) { return entry.first == field; });
            if (it == valuesByField.end())
                valuesByField.append({field, {value}});
            else
                it->second.append(value);
        }
    }
    QString joint = queryValue(query, u"joint"_s);
    if (joint.isNull())
        joint = queryValue(query, u"jointMode"_s);
    if (!joint.isEmpty() && joint != u"and"_s && joint != u"or"_s) {
        *error = u"Search joint mode `%1` is not valid."_s.arg(joint);
        return false;
    }
    out->joinWithAnd = joint == u"and"_s;
    const QString caseSensitive = queryValue(query, u"isCaseSensitive"_s).toLower();
    out->caseSensitive = caseSensitive == u"true"_s || caseSensitive == u"1"_s ||
                         caseSensitive == u"yes"_s || caseSensitive == u"y"_s;

    for (const auto &[field, values] : valuesByField) {
        const QString mode = modeByField.value(field, modeByField.value(QString(), u"like"_s));
        if (mode == u"similar_to"_s || mode == u"posix"_s) {
            *error = u"The sandbox supports the search modes like and exact only."_s;
            return false;
        }
        const bool exact = mode == u"exact"_s;
        if (!exact && values.size() != 1) {
            *error = u"Only one search value is allowed when search mode is not `exact`."_s;
            return false;
        }
        if (std::any_of(values.begin(), values.end(),
                        [](const QString &v) { return v.isEmpty(); })) {
            *error = u"Search value cannot be empty."_s;
            return false;
        }
        out->matches.append({field.isEmpty() ? defaultFields : QStringList{field}, values, exact});
    }
    return true;
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store, SandboxTokenSigner &signer)
    : m_store(store)
    , m_signer(signer)
    , m_resources(store)
    , m_applications(store)
    , m_oidc(store, signer)
{}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    // Logto's body parser refuses JSON bodies over 1 MiB before routing, with Koa's bare 404.
    if (request.body.size() > kMaxJsonBody && request.header("Content-Type").contains("json")) {
        SandboxResponse r;
        r.status = 404;
        r.addHeader("Content-Type", "text/plain; charset=utf-8");
        r.body = "Not Found";
        return r;
    }
    if (request.rawPath == "/oidc/token")
        return request.method == "POST" ? handleToken(request) : routeNotFound();
    if (auto answer = m_oidc.handle(request))
        return *answer;
    if (request.rawPath == "/oidc/jwks")
        return request.method == "GET" ? handleJwks() : routeNotFound();
    if (request.rawPath == "/oidc/.well-known/openid-configuration" ||
        request.rawPath == "/oidc/.well-known/oauth-authorization-server")
        return request.method == "GET" ? handleDiscovery() : routeNotFound();
    if (!request.rawPath.startsWith("/api/") && request.rawPath != "/api")
        return routeNotFound();

    // Authentication runs before routing in Logto: unknown /api routes answer 401 first.
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return logtoError(401, u"auth.authorization_header_missing"_s,
                          u"Authorization header is missing."_s);
    if (!authorization.startsWith("Bearer "))
        return logtoError(401, u"auth.authorization_token_type_not_supported"_s,
                          u"Authorization type is not supported."_s);
    const auto verification = m_signer.verify(authorization.mid(7).trimmed(), m_config.apiIndicator,
                                              QDateTime::currentSecsSinceEpoch());
    if (!verification.ok) {
        QJsonObject data{{u"code"_s, verification.errorCode},
                         {u"name"_s, verification.errorName},
                         {u"message"_s, verification.errorMessage}};
        if (!verification.claim.isEmpty()) {
            data.insert(u"claim"_s, verification.claim);
            data.insert(u"reason"_s, u"check_failed"_s);
        }
        return logtoError(401, u"auth.unauthorized"_s,
                          u"Unauthorized. Please check credentials and its scope."_s, data);
    }
    const QStringList scopes = verification.claims.value(u"scope"_s).toString().split(u' ');
    if (!scopes.contains(u"all"_s))
        return logtoError(403, u"auth.forbidden"_s,
                          u"Forbidden. Please check your user roles and permissions."_s);

    QList<QString> segments;
    const QList<QByteArray> rawSegments = request.rawPath.mid(5).split('/');
    for (qsizetype i = 0; i < rawSegments.size(); ++i) {
        // Koa's router is not strict about one trailing slash.
        if (i == rawSegments.size() - 1 && rawSegments[i].isEmpty() && i > 0)
            break;
        const auto decoded = decodeSegment(rawSegments[i]);
        if (!decoded)
            return routeNotFound();
        segments.append(*decoded);
    }
    return handleManagement(request, segments);
}

SandboxResponse SandboxApi::handleJwks() const
{
    SandboxResponse r = json(200, QJsonObject{{u"keys"_s, QJsonArray{m_signer.jwk()}}});
    r.headers.clear();
    r.addHeader("Content-Type", "application/jwk-set+json; charset=utf-8");
    r.addHeader("Cache-Control", "no-cache, max-age=0, must-revalidate");
    return r;
}

SandboxResponse SandboxApi::handleDiscovery() const
{
    const QString oidc = m_config.endpoint + u"/oidc"_s;
    auto list = [](std::initializer_list<QString> items) {
        QJsonArray array;
        for (const QString &item : items)
            array.append(item);
        return array;
    };
    const QJsonObject document{
        {u"issuer"_s, oidc},
        {u"authorization_endpoint"_s, oidc + u"/auth"_s},
        {u"token_endpoint"_s, oidc + u"/token"_s},
        {u"jwks_uri"_s, oidc + u"/jwks"_s},
        {u"device_authorization_endpoint"_s, oidc + u"/device/auth"_s},
        {u"revocation_endpoint"_s, oidc + u"/token/revocation"_s},
        {u"introspection_endpoint"_s, oidc + u"/token/introspection"_s},
        {u"end_session_endpoint"_s, oidc + u"/session/end"_s},
        {u"userinfo_endpoint"_s, oidc + u"/me"_s},
        {u"pushed_authorization_request_endpoint"_s, oidc + u"/request"_s},
        {u"grant_types_supported"_s,
         list({u"implicit"_s, u"authorization_code"_s, u"refresh_token"_s, u"client_credentials"_s,
               SandboxClientAuth::kDeviceCode, SandboxClientAuth::kTokenExchange})},
        {u"code_challenge_methods_supported"_s, list({u"S256"_s})},
        {u"response_types_supported"_s,
         list({u"code id_token"_s, u"code"_s, u"id_token"_s, u"none"_s})},
        {u"response_modes_supported"_s, list({u"form_post"_s, u"fragment"_s, u"query"_s})},
        {u"scopes_supported"_s,
         list({u"openid"_s, u"offline_access"_s, u"profile"_s, u"email"_s, u"phone"_s, u"address"_s,
               u"custom_data"_s, u"identities"_s, u"roles"_s, u"urn:logto:scope:organizations"_s,
               u"urn:logto:scope:organization_roles"_s, u"urn:logto:scope:sessions"_s,
               u"urn:logto:scope:trusted_devices"_s})},
        {u"token_endpoint_auth_methods_supported"_s,
         list({u"client_secret_basic"_s, u"client_secret_jwt"_s, u"client_secret_post"_s,
               u"private_key_jwt"_s, u"none"_s})},
        {u"id_token_signing_alg_values_supported"_s, list({u"ES384"_s})},
        {u"subject_types_supported"_s, list({u"public"_s})},
        {u"authorization_response_iss_parameter_supported"_s, true},
        {u"request_uri_parameter_supported"_s, false},
        {u"claims_parameter_supported"_s, false},
        {u"backchannel_logout_supported"_s, true},
        {u"backchannel_logout_session_supported"_s, true},
    };
    return json(200, document);
}

QByteArray SandboxApi::issueAccessToken(const QString &subject, const QString &clientId,
                                        const QString &scope, const QString &audience,
                                        qint64 lifetimeSeconds) const
{
    return m_signer.issueAccessToken(m_config.endpoint + u"/oidc"_s, subject, clientId, scope,
                                     audience, lifetimeSeconds);
}

SandboxResponse SandboxApi::handleToken(const SandboxRequest &request)
{
    if (!SandboxClientAuth::isFormBody(request))
        return SandboxClientAuth::notAFormBody();
    const auto items = parseQuery(request.body);
    const QHash<QString, QString> form = sandboxform::parseForm(request.body);
    const auto auth =
        SandboxClientAuth::authenticate(request, form, m_store, m_config.endpoint + u"/oidc"_s);
    if (auth.error)
        return *auth.error;
    const auto &app = auth.app;

    const QString grantType = form.value(u"grant_type"_s);
    if (grantType.isEmpty())
        return oidcError(400, u"invalid_request"_s, u"missing required parameter 'grant_type'"_s);
    if (grantType != SandboxClientAuth::kClientCredentials &&
        grantType != SandboxClientAuth::kTokenExchange && !SandboxOidc::isUserGrant(grantType))
        return oidcError(400, u"unsupported_grant_type"_s, u"unsupported grant_type requested"_s);
    if (!SandboxClientAuth::grantAllowed(*app, grantType))
        return oidcError(400, u"invalid_request"_s,
                         u"requested grant type is not allowed for this client"_s);
    QStringList resources;
    for (const auto &item : items) {
        if (item.first == u"resource"_s)
            resources.append(item.second);
    }
    const QString resource = resources.value(0);
    // The Management API, a registered resource, or nothing; anything else is unknown.
    std::optional<SandboxResource> apiResource;
    if (!resource.isEmpty() && resource != m_config.apiIndicator) {
        apiResource = m_store.resourceByIndicator(resource);
        if (!apiResource)
            return oidcError(400, u"invalid_target"_s,
                             u"resource indicator is missing, or unknown"_s);
    }
    if (SandboxOidc::isUserGrant(grantType))
        return m_oidc.token(*app, grantType, form, resources);
    const QStringList requested = form.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts);

    QJsonObject answer{{u"token_type"_s, u"Bearer"_s}};
    qint64 lifetime = apiResource ? apiResource->accessTokenTtl : m_config.tokenLifetimeSeconds;
    if (grantType == SandboxClientAuth::kClientCredentials) {
        if (resource.isEmpty() || resources.size() > 1)
            return oidcError(400, u"invalid_target"_s,
                             u"resource indicator is missing, or unknown"_s);
        // Only the Management API role grants "all"; other apps and resources get no scope.
        const bool grantAll = !apiResource && app->managementApi &&
                              (requested.isEmpty() || requested.contains(u"all"_s));
        const QString scope = grantAll ? u"all"_s : QString();
        answer.insert(u"access_token"_s, QString::fromLatin1(issueAccessToken(
                                             app->id, app->id, scope, resource, lifetime)));
        answer.insert(u"scope"_s, scope);
    } else {
        const QString subjectToken = form.value(u"subject_token"_s);
        if (subjectToken.isEmpty())
            return oidcError(400, u"invalid_request"_s,
                             u"missing required parameter 'subject_token'"_s);
        const QString subjectType = form.value(u"subject_token_type"_s);
        if (subjectType.isEmpty())
            return oidcError(400, u"invalid_request"_s,
                             u"missing required parameter 'subject_token_type'"_s);
        // Production Logto never says why a grant failed (logto-oidc.md section 3).
        if (subjectType != kPatTokenType)
            return oidcError(400, u"invalid_grant"_s, u"grant request is invalid"_s);
        const auto pat = m_store.tokenByValue(subjectToken);
        const auto user = pat ? m_store.user(pat->userId) : std::nullopt;
        if (!pat || (pat->expiresAt && *pat->expiresAt <= nowMs()) || !user || user->isSuspended)
            return oidcError(400, u"invalid_grant"_s, u"grant request is invalid"_s);
        QString scope;
        if (resource.isEmpty() || resources.size() > 1) {
            // No single resource: an opaque token for the userinfo endpoint, OIDC scopes only.
            QStringList granted;
            if (resources.size() <= 1) {
                for (const QString &s : requested) {
                    if (kOidcScopes.contains(s) && !granted.contains(s))
                        granted.append(s);
                }
            }
            scope = granted.join(u' ');
            lifetime = m_config.tokenLifetimeSeconds;
            answer.insert(u"access_token"_s,
                          m_oidc.opaqueAccessToken(app->id, user->id, scope, lifetime));
        } else {
            // Requested scopes that the user's roles grant for the resource; user roles
            // cannot hold Management API scopes.
            const QStringList granted =
                apiResource ? m_store.grantedScopes(user->id, apiResource->id) : QStringList();
            QStringList kept;
            for (const QString &s : granted) {
                if (requested.contains(s))
                    kept.append(s);
            }
            scope = kept.join(u' ');
            answer.insert(u"access_token"_s, QString::fromLatin1(issueAccessToken(
                                                 user->id, app->id, scope, resource, lifetime)));
        }
        answer.insert(u"scope"_s, scope);
    }
    answer.insert(u"expires_in"_s, double(lifetime));
    SandboxResponse r = json(200, answer);
    r.addHeader("Cache-Control", "no-store");
    r.addHeader("Pragma", "no-cache");
    return r;
}

SandboxResponse SandboxApi::handleManagement(const SandboxRequest &request,
                                             const QList<QString> &segments)
{
    const QByteArray &method = request.method;
    QJsonValue body(QJsonValue::Undefined);
    if (method == "POST" || method == "PATCH" || method == "PUT") {
        body = QJsonObject();
        if (request.header("Content-Type").contains("json") && !request.body.trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError)
                return logtoError(
                    400, u"request.general"_s,
                    u"Malformed JSON in the request body: %1."_s.arg(error.errorString()));
            body =
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        }
    }

    if (auto answer = m_resources.handle(method, segments, body))
        return *answer;
    if (auto answer = m_applications.handle(method, segments, body))
        return *answer;
    const qsizetype n = segments.size();
    if (n == 0 || segments[0] != u"users"_s)
        return routeNotFound();
    if (n == 1) {
        if (method == "GET")
            return listUsers(request);
        if (method == "POST")
            return createUser(body);
        return routeNotFound();
    }
    const QString &userId = segments[1];
    if (n == 2) {
        if (method == "GET") {
            const auto user = m_store.user(userId);
            return user ? json(200, userJson(*user)) : entityNotFound();
        }
        if (method == "DELETE")
            return m_store.deleteUser(userId) ? noContent() : entityNotFound();
        return routeNotFound();
    }
    if (n == 3 && segments[2] == u"is-suspended"_s && method == "PATCH") {
        const QJsonValue suspended = body.toObject().value(u"isSuspended"_s);
        if (!body.isObject() || !suspended.isBool())
            return guardError({invalidType(u"isSuspended"_s, u"boolean"_s, suspended)});
        if (!m_store.setUserSuspended(userId, suspended.toBool(), nowMs()))
            return entityNotFound();
        return json(200, userJson(*m_store.user(userId)));
    }
    if (segments[2] != u"personal-access-tokens"_s || n > 4)
        return routeNotFound();

    auto requireObject = [&body]() -> std::optional<SandboxResponse> {
        if (!body.isObject())
            return guardError({invalidType(QString(), u"object"_s, body)});
        return std::nullopt;
    };

    if (n == 3) {
        if (method == "GET")
            return listTokens(userId);
        if (method == "POST") {
            if (auto error = requireObject())
                return *error;
            return createToken(userId, body);
        }
        if (method == "PATCH") {
            if (auto error = requireObject())
                return *error;
            const QJsonObject object = body.toObject();
            QJsonArray issues;
            checkString(object, u"name"_s, true, 1, 256, &issues);
            checkString(object, u"currentName"_s, false, 0, 0, &issues);
            if (!issues.isEmpty())
                return guardError(issues);
            const QString newName = object.value(u"name"_s).toString();
            // Without currentName Logto renames the token called `name` to itself.
            const QString current = object.value(u"currentName"_s).toString(newName);
            return renameToken(userId, current, newName);
        }
        return routeNotFound();
    }

    const QString &pathName = segments[3];
    if (pathName == u"delete"_s && method == "POST") {
        if (auto error = requireObject())
            return *error;
        QJsonArray issues;
        checkString(body.toObject(), u"name"_s, true, 0, 0, &issues);
        if (!issues.isEmpty())
            return guardError(issues);
        return deleteToken(userId, body.toObject().value(u"name"_s).toString());
    }
    if (method == "PATCH") {
        if (auto error = requireObject())
            return *error;
        QJsonArray issues;
        checkString(body.toObject(), u"name"_s, true, 1, 256, &issues);
        if (!issues.isEmpty())
            return guardError(issues);
        return renameToken(userId, pathName, body.toObject().value(u"name"_s).toString());
    }
    if (method == "DELETE")
        return deleteToken(userId, pathName);
    return routeNotFound();
}

SandboxResponse SandboxApi::listUsers(const SandboxRequest &request)
{
    const auto query = parseQuery(request.rawQuery);
    // koaPagination: an empty value means the default; anything else must be a positive number.
    auto pageParameter = [&query](const QString &key, int fallback, int max, bool *ok) {
        const QString text = queryValue(query, key);
        if (text.isEmpty())
            return fallback;
        const int value = text.toInt(ok);
        if (!*ok || value < 1 || (max > 0 && value > max))
            *ok = false;
        return value;
    };
    bool pageOk = true, sizeOk = true;
    const int page = pageParameter(u"page"_s, 1, 0, &pageOk);
    const int pageSize = pageParameter(u"page_size"_s, 20, 100, &sizeOk);
    if (!pageOk || !sizeOk)
        return logtoError(400, u"guard.invalid_pagination"_s,
                          u"The request pagination value is invalid."_s);

    SandboxStore::UserQuery userQuery;
    userQuery.offset =
        int(qMin<qint64>(qint64(page - 1) * pageSize, std::numeric_limits<int>::max()));
    userQuery.limit = pageSize;
    QString searchError;
    if (!parseUserSearch(query, &userQuery, &searchError))
        return logtoError(400, u"request.invalid_input"_s, u"Input is invalid. "_s + searchError);

    qint64 total = 0;
    const QList<SandboxUser> users = m_store.users(userQuery, &total);
    QJsonArray array;
    for (const SandboxUser &u : users)
        array.append(userJson(u));
    SandboxResponse r = json(200, QJsonDocument(array));
    r.addHeader("Total-Number", QByteArray::number(total));

    // Logto builds Link from the router-relative path: the /api prefix is missing (a quirk).
    const qint64 totalPages = qMax<qint64>(1, (total + pageSize - 1) / pageSize);
    auto link = [&](qint64 target, const char *rel) {
        QList<QPair<QString, QString>> params;
        bool replaced = false;
        for (const auto &item : query) {
            bool duplicate = false;
            for (const auto &p : params)
                duplicate = duplicate || p.first == item.first;
            if (duplicate)
                continue;
            if (item.first == u"page"_s) {
                params.append({item.first, QString::number(target)});
                replaced = true;
            } else {
                params.append(item);
            }
        }
        if (!replaced)
            params.append({u"page"_s, QString::number(target)});
        QByteArray encoded;
        for (const auto &p : params) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded += sandboxform::encode(p.first) + '=' + sandboxform::encode(p.second);
        }
        return '<' + m_config.endpoint.toUtf8() + request.rawPath.mid(4) + '?' + encoded +
               ">; rel=\"" + rel + '"';
    };
    r.addHeader("Link", link(1, "first"));
    r.addHeader("Link", link(totalPages, "last"));
    if (page > 1)
        r.addHeader("Link", link(page - 1, "prev"));
    if (page < totalPages)
        r.addHeader("Link", link(page + 1, "next"));
    return r;
}

SandboxResponse SandboxApi::createUser(const QJsonValue &body)
{
    if (!body.isObject())
        return guardError({invalidType(QString(), u"object"_s, body)});
    const QJsonObject object = body.toObject();
    QJsonArray issues;
    const struct
    {
        QString field;
        QRegularExpression pattern;
    } rules[] = {
        {u"primaryPhone"_s, QRegularExpression(u"^\\d+$"_s)},
        {u"primaryEmail"_s, QRegularExpression(u"^\\S+@\\S+\\.\\S+$"_s)},
        {u"username"_s, QRegularExpression(u"^[A-Z_a-z]\\w*$"_s)},
    };
    for (const auto &rule : rules) {
        const QJsonValue v = object.value(rule.field);
        if (v.isUndefined())
            continue;
        if (!v.isString())
            issues.append(invalidType(rule.field, u"string"_s, v));
        else if (!rule.pattern.match(v.toString()).hasMatch())
            issues.append(QJsonObject{{u"validation"_s, u"regex"_s},
                                      {u"code"_s, u"invalid_string"_s},
                                      {u"message"_s, u"Invalid"_s},
                                      {u"path"_s, zodPath(rule.field)}});
    }
    checkString(object, u"name"_s, false, 0, 0, &issues);
    const QJsonValue avatar = object.value(u"avatar"_s);
    if (!avatar.isUndefined() && !avatar.isNull() && !avatar.isString())
        issues.append(invalidType(u"avatar"_s, u"string"_s, avatar));
    if (!issues.isEmpty())
        return guardError(issues);

    SandboxUser user;
    user.id = sandboxRandomString(12, kSandboxLowerAlphanumeric);
    auto optionalString = [&object](const QString &field) {
        const QJsonValue v = object.value(field);
        return v.isString() && !v.toString().isEmpty() ? v.toString() : QString();
    };
    user.username = optionalString(u"username"_s);
    user.primaryEmail = optionalString(u"primaryEmail"_s);
    user.primaryPhone = optionalString(u"primaryPhone"_s);
    user.name = optionalString(u"name"_s);
    user.avatar = optionalString(u"avatar"_s);
    user.createdAt = user.updatedAt = nowMs();
    bool ok = false;
    const QString conflict = m_store.insertUser(user, &ok);
    if (ok)
        return json(200, userJson(user));
    if (conflict == u"username"_s)
        return logtoError(422, u"user.username_already_in_use"_s,
                          u"This username is already in use."_s);
    if (conflict == u"primaryEmail"_s)
        return logtoError(422, u"user.email_already_in_use"_s,
                          u"This email is associated with an existing account."_s);
    if (conflict == u"primaryPhone"_s)
        return logtoError(422, u"user.phone_already_in_use"_s,
                          u"This phone number is associated with an existing account."_s);
    return storeFailure();
}

SandboxResponse SandboxApi::listTokens(const QString &userId)
{
    if (!m_store.user(userId))
        return entityNotFound();
    SandboxResponse r;
    r.status = 200;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.body = tokenListJson(m_store.tokens(userId));
    return r;
}

SandboxResponse SandboxApi::createToken(const QString &userId, const QJsonValue &body)
{
    const QJsonObject object = body.toObject();
    QJsonArray issues;
    checkString(object, u"name"_s, true, 1, 256, &issues);
    const QJsonValue expiresAt = object.value(u"expiresAt"_s);
    if (!expiresAt.isUndefined() && !expiresAt.isNull() && !expiresAt.isDouble())
        issues.append(invalidType(u"expiresAt"_s, u"number"_s, expiresAt));
    if (!issues.isEmpty())
        return guardError(issues);

    SandboxToken token;
    token.userId = userId;
    token.name = object.value(u"name"_s).toString();
    token.createdAt = nowMs();
    if (expiresAt.isDouble()) {
        // Logto tests `!expiresAt || expiresAt > now`: 0 slips through as "already expired".
        const double value = expiresAt.toDouble();
        if (value != 0 && value <= double(token.createdAt))
            return logtoError(
                400, u"request.invalid_input"_s,
                u"Input is invalid. The value of `expiresAt` must be in the future."_s);
        // Logto stores a bigint; beyond that Postgres refuses the value.
        if (value >= 9.2e18)
            return logtoError(400, u"request.invalid_input"_s,
                              u"Input is invalid. The value of `expiresAt` is out of range."_s);
        token.expiresAt = qint64(value);
    }
    token.value = u"pat_"_s + sandboxRandomString(32, kSandboxAlphanumeric);
    switch (m_store.insertToken(token)) {
    case SandboxStore::Write::Ok: {
        SandboxResponse r = json(201, tokenJson(token));
        return r;
    }
    case SandboxStore::Write::UserMissing:
        return logtoError(404, u"entity.relation_foreign_key_not_found"_s,
                          u"Cannot find one or more foreign keys."_s);
    case SandboxStore::Write::NameTaken:
        return nameTaken();
    default:
        return storeFailure();
    }
}

SandboxResponse SandboxApi::renameToken(const QString &userId, const QString &currentName,
                                        const QString &newName)
{
    SandboxToken updated;
    switch (m_store.renameToken(userId, currentName, newName, &updated)) {
    case SandboxStore::Write::Ok:
        return json(200, tokenJson(updated));
    case SandboxStore::Write::NotFound:
        return tokenNotExists();
    case SandboxStore::Write::NameTaken:
        return nameTaken();
    default:
        return storeFailure();
    }
}

SandboxResponse SandboxApi::deleteToken(const QString &userId, const QString &name)
{
    switch (m_store.deleteToken(userId, name)) {
    case SandboxStore::Write::Ok:
        return noContent();
    case SandboxStore::Write::NotFound:
        return entityNotFound();
    default:
        return storeFailure();
    }
}

} // namespace latchkey
