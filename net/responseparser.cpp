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

} // namespace latchkey
