// Logto-shaped answers shared by the sandbox's routes.
#include "app/sandbox/sandboxreply.h"

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

SandboxResponse oidcError(int status, const QString &error, const QString &description)
{
    SandboxResponse r =
        json(status, QJsonObject{
                         {u"code"_s, u"oidc."_s + error},
                         {u"message"_s, u"An OIDC error occurred: oidc.%1."_s.arg(error)},
                         {u"error"_s, error},
                         {u"error_description"_s, description},
                     });
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
