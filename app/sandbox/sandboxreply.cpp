// Logto-shaped answers shared by the sandbox's routes.
#include "app/sandbox/sandboxreply.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace latchkey::sandboxreply {

SandboxResponse json(int status, const QJsonDocument &document)
{
    SandboxResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

SandboxResponse json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

SandboxResponse noContent()
{
    SandboxResponse r;
    r.status = 204;
    return r;
}

SandboxResponse logtoError(int status, const QString &code, const QString &message,
                           const QJsonValue &data)
{
    QJsonObject body{{u"code"_s, code}, {u"message"_s, message}};
    if (!data.isUndefined())
        body.insert(u"data"_s, data);
    return json(status, body);
}

SandboxResponse routeNotFound()
{
    return logtoError(404, u"request.general"_s, u"Not Found"_s);
}

namespace {

// Logto's English phrases for OIDC errors (packages/phrases, errors/oidc.ts); the
// interpolations get only {code}, so the placeholders come out empty as on Logto.
QString oidcMessage(const QString &error)
{
    static const QHash<QString, QString> phrases = {
        {u"invalid_scope"_s, u"Invalid scope: ."_s},
        {u"invalid_token"_s, u"Invalid token provided."_s},
        {u"invalid_client_metadata"_s, u"Invalid client metadata provided."_s},
        {u"insufficient_scope"_s, u"Token missing scope ``."_s},
        {u"invalid_request"_s, u"Request is invalid."_s},
        {u"invalid_grant"_s, u"Grant request is invalid."_s},
        {u"invalid_issuer"_s, u"Invalid issuer."_s},
        {u"invalid_redirect_uri"_s,
         u"`redirect_uri` did not match any of the client's registered `redirect_uris`."_s},
        {u"access_denied"_s, u"Access denied."_s},
        {u"invalid_target"_s, u"Invalid resource indicator."_s},
        {u"unsupported_grant_type"_s, u"Unsupported `grant_type` requested."_s},
        {u"unsupported_response_mode"_s, u"Unsupported `response_mode` requested."_s},
        {u"unsupported_response_type"_s, u"Unsupported `response_type` requested."_s},
        {u"server_error"_s, u"An unknown OIDC error occurred. Please try again later."_s},
    };
    return phrases.value(error, u"An OIDC error occurred: oidc.%1."_s.arg(error));
}

} // namespace

QJsonObject oidcErrorBody(const QString &error, const QString &description,
                          const QJsonObject &extra)
{
    QJsonObject body{
        {u"code"_s, u"oidc."_s + error},
        {u"message"_s, oidcMessage(error)},
        {u"error"_s, error},
        {u"error_description"_s, description},
    };
    // Logto links only this error to a page of its own (koa-oidc-error-handler.ts).
    if (error == u"invalid_grant"_s)
        body.insert(u"error_uri"_s, u"https://openid.sh/debug/invalid_grant"_s);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

SandboxResponse oidcError(int status, const QString &error, const QString &description,
                          const QJsonObject &extra)
{
    SandboxResponse r = json(status, oidcErrorBody(error, description, extra));
    r.addHeader("Cache-Control", "no-store");
    return r;
}

// --- zod-style validation -------------------------------------------------------------

QString zodType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        return u"undefined"_s;
    }
    return u"unknown"_s;
}

QJsonArray zodPath(const QString &field)
{
    return field.isEmpty() ? QJsonArray() : QJsonArray{field};
}

QJsonObject invalidType(const QString &field, const QString &expected, const QJsonValue &received)
{
    const QString type = zodType(received);
    return {{u"code"_s, u"invalid_type"_s},
            {u"expected"_s, expected},
            {u"received"_s, type},
            {u"path"_s, zodPath(field)},
            {u"message"_s, received.isUndefined()
                               ? u"Required"_s
                               : u"Expected %1, received %2"_s.arg(expected, type)}};
}

QJsonObject stringLength(const QString &field, bool tooSmall, int bound)
{
    return {{u"code"_s, tooSmall ? u"too_small"_s : u"too_big"_s},
            {tooSmall ? u"minimum"_s : u"maximum"_s, bound},
            {u"type"_s, u"string"_s},
            {u"inclusive"_s, true},
            {u"exact"_s, false},
            {u"path"_s, zodPath(field)},
            {u"message"_s, tooSmall ? u"String must contain at least %1 character(s)"_s.arg(bound)
                                    : u"String must contain at most %1 character(s)"_s.arg(bound)}};
}

SandboxResponse guardError(const QJsonArray &issues)
{
    return logtoError(400, u"guard.invalid_input"_s, u"The request body is invalid."_s,
                      QJsonObject{{u"issues"_s, issues}, {u"name"_s, u"ZodError"_s}});
}

// A required or optional string with zod's length rules; lengths count UTF-16 units like JS.
void checkString(const QJsonObject &body, const QString &field, bool required, int minLength,
                 int maxLength, QJsonArray *issues)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() && !required)
        return;
    if (!v.isString()) {
        issues->append(invalidType(field, u"string"_s, v));
        return;
    }
    const qsizetype length = v.toString().size();
    if (minLength > 0 && length < minLength)
        issues->append(stringLength(field, true, minLength));
    if (maxLength > 0 && length > maxLength)
        issues->append(stringLength(field, false, maxLength));
}

} // namespace latchkey::sandboxreply
