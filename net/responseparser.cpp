#include "net/responseparser.h"

#include "net/jsonfields.h"
#include "net/tokenfingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

ApiError parseError(const QString &detail)
{
    return ApiError(ApiError::Kind::Parse, 200, {}, {}, detail);
}

// Parses without copying the body, which may hold secrets.
std::optional<QJsonDocument> parseDocument(QByteArrayView body, QString *error)
{
    QJsonParseError jsonError;
    const QByteArray raw = QByteArray::fromRawData(body.data(), body.size());
    QJsonDocument doc = QJsonDocument::fromJson(raw, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *error =
            u"not valid JSON at offset %1: %2"_s.arg(jsonError.offset).arg(jsonError.errorString());
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonObject> parseObject(QByteArrayView body, QString *error)
{
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *error = u"expected a JSON object"_s;
        return std::nullopt;
    }
    return doc->object();
}

std::optional<QJsonArray> parseArray(QByteArrayView body, QString *error)
{
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        *error = u"expected a JSON array"_s;
        return std::nullopt;
    }
    return doc->array();
}

std::optional<User> readUser(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isObject()) {
        *error = u"%1: expected an object"_s.arg(path);
        return std::nullopt;
    }
    JsonFields fields(value.toObject(), path);
    User user;
    user.id = fields.string("id"_L1);
    user.username = fields.nullableString("username"_L1);
    user.primaryEmail = fields.nullableString("primaryEmail"_L1);
    user.primaryPhone = fields.nullableString("primaryPhone"_L1);
    user.name = fields.nullableString("name"_L1);
    user.avatar = fields.nullableString("avatar"_L1);
    user.createdAt = fields.time("createdAt"_L1);
    user.updatedAt = fields.time("updatedAt"_L1);
    user.lastSignInAt = fields.nullableTime("lastSignInAt"_L1).value_or(QDateTime());
    user.isSuspended = fields.boolean("isSuspended"_L1);
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return user;
}

// A gateway lists tokens without their values (docs/gateway-api.md): each
// carries the fingerprint and hint the client would have computed instead.
bool readFingerprintAndHint(JsonFields &fields, const QString &path, PersonalAccessToken *token,
                            QString *error)
{
    const QString fingerprint = fields.string("fingerprint"_L1);
    token->hint = fields.string("hint"_L1);
    if (!fields.ok()) {
        *error = fields.error();
        return false;
    }
    static const QRegularExpression lowerHexSha256(u"^[0-9a-f]{64}$"_s);
    if (!lowerHexSha256.match(fingerprint).hasMatch()) {
        *error = u"%1.fingerprint: expected 64 lowercase hex digits"_s.arg(path);
        return false;
    }
    if (token->hint.size() > 4) {
        *error = u"%1.hint: expected at most 4 characters"_s.arg(path);
        return false;
    }
    token->fingerprint = fingerprint.toLatin1();
    return true;
}

// Reads one token; its value goes to *value when asked for, and is otherwise
// only fingerprinted. Either way the temporary QString is wiped. Without a
// value (a gateway's list) the token's own fingerprint and hint are taken,
// unless the caller needs the value.
std::optional<PersonalAccessToken> readToken(const QJsonValue &json, const QString &path,
                                             QString *error, SecretBytes *value = nullptr)
{
    if (!json.isObject()) {
        *error = u"%1: expected an object"_s.arg(path);
        return std::nullopt;
    }
    JsonFields fields(json.toObject(), path);
    PersonalAccessToken token;
    token.userId = fields.string("userId"_L1);
    token.name = fields.string("name"_L1);
    token.createdAt = fields.time("createdAt"_L1);
    token.expiresAt = fields.nullableTime("expiresAt"_L1);
    if (!value && !json.toObject().contains("value"_L1)) {
        if (!fields.ok()) {
            *error = fields.error();
            return std::nullopt;
        }
        if (!readFingerprintAndHint(fields, path, &token, error))
            return std::nullopt;
        return token;
    }
    QString text = fields.string("value"_L1);
    if (!fields.ok()) {
        SecretBytes::wipe(text);
        *error = fields.error();
        return std::nullopt;
    }
    SecretBytes bytes = SecretBytes::fromString(text);
    SecretBytes::wipe(text);
    token.fingerprint = TokenFingerprint::of(bytes.view());
    token.hint = TokenFingerprint::hintOf(bytes.view());
    if (value)
        *value = std::move(bytes);
    return token;
}

std::optional<PersonalAccessToken> readPlainToken(const QJsonValue &json, const QString &path,
                                                  QString *error)
{
    return readToken(json, path, error);
}

// One object of the body, read by read(value, path, error).
template<typename T, typename Read>
Result<T> readOne(QByteArrayView body, const QString &what, Read read)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(what + u": "_s + error);
    auto item = read(*object, what, &error);
    if (!item)
        return parseError(error);
    return std::move(*item);
}

// Every element of the body's array; the first bad one names its index.
template<typename T, typename Read>
Result<QList<T>> readEach(QByteArrayView body, const QString &what, Read read)
{
    QString error;
    const auto array = parseArray(body, &error);
    if (!array)
        return parseError(what + u": "_s + error);
    QList<T> items;
    items.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto item = read(array->at(i), u"%1[%2]"_s.arg(what).arg(i), &error);
        if (!item)
            return parseError(error);
        items.append(std::move(*item));
    }
    return items;
}

} // namespace

Result<User> ResponseParser::user(QByteArrayView body)
{
    return readOne<User>(body, u"user"_s, readUser);
}

Result<QList<User>> ResponseParser::users(QByteArrayView body)
{
    return readEach<User>(body, u"users"_s, readUser);
}

Result<UserPage> ResponseParser::userPage(QByteArrayView body, const QByteArray &totalNumber,
                                          int page, int pageSize)
{
    auto users = ResponseParser::users(body);
    if (!users)
        return users.error();
    bool isNumber = false;
    const int total = totalNumber.trimmed().toInt(&isNumber);
    // Logto always sends Total-Number; without it paging would silently go wrong.
    if (totalNumber.isNull())
        return parseError(u"Total-Number header: missing"_s);
    if (!isNumber || total < 0)
        return parseError(u"Total-Number header: expected a non-negative integer"_s);
    UserPage result;
    result.users = std::move(users).value();
    result.page = page;
    result.pageSize = pageSize;
    result.total = total;
    return result;
}

Result<PersonalAccessToken> ResponseParser::token(QByteArrayView body)
{
    return readOne<PersonalAccessToken>(body, u"token"_s, readPlainToken);
}

Result<QList<PersonalAccessToken>> ResponseParser::tokens(QByteArrayView body)
{
    return readEach<PersonalAccessToken>(body, u"tokens"_s, readPlainToken);
}

Result<CreatedToken> ResponseParser::createdToken(QByteArrayView body)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(u"token: "_s + error);
    CreatedToken created;
    const auto token = readToken(*object, u"token"_s, &error, &created.value);
    if (!token)
        return parseError(error);
    created.token = *token;
    return created;
}

Result<std::optional<CreatedToken>> ResponseParser::findToken(QByteArrayView listBody,
                                                              const QString &name)
{
    QString error;
    const auto array = parseArray(listBody, &error);
    if (!array)
        return parseError(u"tokens: "_s + error);
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        if (item.toObject().value("name"_L1).toString() != name)
            continue;
        CreatedToken found;
        const auto token = readToken(item, u"tokens[%1]"_s.arg(i), &error, &found.value);
        if (!token)
            return parseError(error);
        found.token = *token;
        return std::optional<CreatedToken>(std::move(found));
    }
    return std::optional<CreatedToken>();
}

Result<AccessTokenGrant> ResponseParser::accessTokenGrant(QByteArrayView body)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(u"token response: "_s + error);
    JsonFields fields(*object, u"token response"_s);
    QString accessToken = fields.string("access_token"_L1);
    const qint64 expiresIn = fields.integer("expires_in"_L1);
    if (fields.ok() && (expiresIn <= 0 || expiresIn > 10 * 365 * 86400))
        return parseError(u"token response.expires_in: out of range"_s);
    if (fields.ok() && accessToken.isEmpty())
        return parseError(u"token response.access_token: empty"_s);
    if (!fields.ok()) {
        SecretBytes::wipe(accessToken);
        return parseError(fields.error());
    }
    AccessTokenGrant grant;
    grant.accessToken = SecretBytes::fromString(accessToken);
    SecretBytes::wipe(accessToken);
    grant.expiresIn = int(expiresIn);
    return grant;
}

Result<ExchangedToken> ResponseParser::exchangedToken(QByteArrayView body)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(u"token response: "_s + error);
    JsonFields fields(*object, u"token response"_s);
    QString accessToken = fields.string("access_token"_L1);
    ExchangedToken exchanged;
    exchanged.expiresIn = int(qBound<qint64>(0, fields.integer("expires_in"_L1), qint64(INT_MAX)));
    exchanged.tokenType = fields.string("token_type"_L1);
    exchanged.scope = fields.nullableString("scope"_L1);
    if (!fields.ok()) {
        SecretBytes::wipe(accessToken);
        return parseError(fields.error());
    }
    exchanged.accessToken = SecretBytes::fromString(accessToken);
    SecretBytes::wipe(accessToken);
    return exchanged;
}

namespace {

// A URL the discovery document names; absent is fine for optional ones.
QUrl discoveredUrl(JsonFields &fields, QLatin1StringView key, bool required, QString *error)
{
    const QString text = required ? fields.string(key) : fields.nullableString(key);
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        *error = u"discovery.%1: expected an absolute URL"_s.arg(key);
        return {};
    }
    return url;
}

// An OAuth secret the token endpoint sent: read into a wiped buffer.
SecretBytes takeSecret(JsonFields &fields, QLatin1StringView key, bool required)
{
    QString text = required ? fields.string(key) : fields.nullableString(key);
    SecretBytes secret = SecretBytes::fromString(text);
    SecretBytes::wipe(text);
    return secret;
}

} // namespace

Result<OidcEndpoints> ResponseParser::oidcEndpoints(QByteArrayView body)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(u"discovery: "_s + error);
    JsonFields fields(*object, u"discovery"_s);
    OidcEndpoints endpoints;
    endpoints.issuer = fields.string("issuer"_L1);
    endpoints.authorization = discoveredUrl(fields, "authorization_endpoint"_L1, true, &error);
    endpoints.token = discoveredUrl(fields, "token_endpoint"_L1, true, &error);
    endpoints.revocation = discoveredUrl(fields, "revocation_endpoint"_L1, false, &error);
    endpoints.deviceAuthorization =
        discoveredUrl(fields, "device_authorization_endpoint"_L1, false, &error);
    if (!fields.ok())
        return parseError(fields.error());
    if (!error.isEmpty())
        return parseError(error);
    const QJsonArray methods = object->value("code_challenge_methods_supported"_L1).toArray();
    endpoints.supportsS256 = methods.contains(QJsonValue(u"S256"_s));
    return endpoints;
}

Result<UserTokenGrant> ResponseParser::userTokenGrant(QByteArrayView body)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(u"token response: "_s + error);
    JsonFields fields(*object, u"token response"_s);
    UserTokenGrant grant;
    grant.accessToken = takeSecret(fields, "access_token"_L1, true);
    grant.refreshToken = takeSecret(fields, "refresh_token"_L1, false);
    const qint64 expiresIn = fields.integer("expires_in"_L1);
    grant.idToken = fields.nullableString("id_token"_L1).toLatin1();
    grant.scope = fields.nullableString("scope"_L1);
    if (!fields.ok())
        return parseError(fields.error());
    if (expiresIn <= 0 || expiresIn > 10 * 365 * 86400)
        return parseError(u"token response.expires_in: out of range"_s);
    if (grant.accessToken.isEmpty())
        return parseError(u"token response.access_token: empty"_s);
    grant.expiresIn = int(expiresIn);
    return grant;
}

Result<DeviceAuthorization> ResponseParser::deviceAuthorization(QByteArrayView body)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(u"device authorization: "_s + error);
    JsonFields fields(*object, u"device authorization"_s);
    DeviceAuthorization device;
    device.deviceCode = takeSecret(fields, "device_code"_L1, true);
    device.userCode = fields.string("user_code"_L1);
    const QString uri = fields.string("verification_uri"_L1);
    const QString complete = fields.nullableString("verification_uri_complete"_L1);
    const qint64 expiresIn = fields.integer("expires_in"_L1);
    if (!fields.ok())
        return parseError(fields.error());
    device.verificationUri = QUrl(uri, QUrl::StrictMode);
    device.verificationUriComplete = QUrl(complete, QUrl::StrictMode);
    if (!device.verificationUri.isValid() || device.verificationUri.isRelative())
        return parseError(u"device authorization.verification_uri: expected an absolute URL"_s);
    if (expiresIn <= 0 || expiresIn > 86400)
        return parseError(u"device authorization.expires_in: out of range"_s);
    device.expiresIn = int(expiresIn);
    // RFC 8628 section 3.2: 5 s when the server names no interval (Logto names none).
    const auto interval = JsonFields::exactInteger(object->value("interval"_L1));
    if (interval && *interval > 0 && *interval <= 300)
        device.interval = int(*interval);
    return device;
}

Result<User> ResponseParser::gatewayUser(QByteArrayView body)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(u"user: "_s + error);
    JsonFields fields(*object, u"user"_s);
    User user;
    user.id = fields.string("id"_L1);
    user.username = fields.nullableString("username"_L1);
    user.name = fields.nullableString("name"_L1);
    user.primaryEmail = fields.nullableString("primaryEmail"_L1);
    if (!fields.ok())
        return parseError(fields.error());
    if (user.id.isEmpty())
        return parseError(u"user.id: empty"_s);
    return user;
}

Result<TokenPolicy> ResponseParser::tokenPolicy(QByteArrayView body)
{
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return parseError(u"policy: "_s + error);
    JsonFields fields(*object, u"policy"_s);
    TokenPolicy policy;
    auto count = [&](QLatin1StringView key, int fallback) {
        const QJsonValue value = object->value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const auto number = JsonFields::exactInteger(value);
        if (!number || *number < 0 || *number > 1000000) {
            error = u"policy.%1: expected a whole number"_s.arg(key);
            return fallback;
        }
        return int(*number);
    };
    policy.maxLifetimeDays = count("maxLifetimeDays"_L1, 0);
    policy.maxTokensPerUser = count("maxTokensPerUser"_L1, 0);
    policy.nameMinLength = count("nameMinLength"_L1, 1);
    policy.nameMaxLength = count("nameMaxLength"_L1, 0);
    const QJsonValue never = object->value("allowNeverExpires"_L1);
    policy.allowNeverExpires = never.isBool() ? never.toBool() : policy.maxLifetimeDays == 0;
    policy.resource = fields.nullableString("resource"_L1);
    policy.scope = fields.nullableString("scope"_L1);
    policy.issuer = fields.nullableString("issuer"_L1);
    policy.logtoEndpoint = fields.nullableString("logtoEndpoint"_L1);
    if (!fields.ok())
        return parseError(fields.error());
    if (!error.isEmpty())
        return parseError(error);
    return policy;
}

Result<SignedInUser> ResponseParser::signedInUser(QByteArrayView idToken, const QString &issuer,
                                                  const QString &clientId, QByteArrayView nonce)
{
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> split;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= idToken.size(); ++i) {
            if (i == idToken.size() || idToken[i] == '.') {
                split.append(idToken.sliced(start, i - start));
                start = i + 1;
            }
        }
        return split;
    }();
    if (parts.size() != 3)
        return parseError(u"id_token: expected a compact JWS"_s);
    const auto decoded = QByteArray::fromBase64Encoding(
        parts[1].toByteArray(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return parseError(u"id_token: the payload is not base64url"_s);
    QString error;
    const auto claims = parseObject(*decoded, &error);
    if (!claims)
        return parseError(u"id_token: "_s + error);
    JsonFields fields(*claims, u"id_token"_s);
    SignedInUser user;
    user.subject = fields.string("sub"_L1);
    user.username = fields.nullableString("username"_L1);
    user.name = fields.nullableString("name"_L1);
    const QString iss = fields.string("iss"_L1);
    if (!fields.ok())
        return parseError(fields.error());
    if (user.subject.isEmpty())
        return parseError(u"id_token.sub: empty"_s);
    if (iss != issuer)
        return parseError(u"id_token.iss: not the issuer signed in with"_s);
    const QJsonValue aud = claims->value("aud"_L1);
    const bool forUs =
        aud.isString() ? aud.toString() == clientId : aud.toArray().contains(QJsonValue(clientId));
    if (!forUs)
        return parseError(u"id_token.aud: not this app"_s);
    if (!nonce.isEmpty() && claims->value("nonce"_L1).toString().toLatin1() != nonce)
        return parseError(u"id_token.nonce: not the one sent"_s);
    return user;
}

} // namespace latchkey
