// sandboxreply: Logto-shaped answers (JSON bodies, {code, message} errors, OIDC errors and
// zod-style guard issues) shared by the sandbox's routes.
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace latchkey::sandboxreply {

SandboxResponse json(int status, const QJsonDocument &document);
SandboxResponse json(int status, const QJsonObject &object);
SandboxResponse noContent();
SandboxResponse logtoError(int status, const QString &code, const QString &message,
                           const QJsonValue &data = QJsonValue(QJsonValue::Undefined));
SandboxResponse routeNotFound();
// Logto's OIDC error body: code "oidc.<error>", its message, error_uri for invalid_grant, the
// OAuth error and description, and any extra members (state, iss, scope).
QJsonObject oidcErrorBody(const QString &error, const QString &description,
                          const QJsonObject &extra = {});
SandboxResponse oidcError(int status, const QString &error, const QString &description,
                          const QJsonObject &extra = {});

// zod's words for a JSON value's type ("string", "undefined", ...).
QString zodType(const QJsonValue &v);
QJsonArray zodPath(const QString &field);
QJsonObject invalidType(const QString &field, const QString &expected, const QJsonValue &received);
QJsonObject stringLength(const QString &field, bool tooSmall, int bound);
SandboxResponse guardError(const QJsonArray &issues);
// A required or optional string with zod's length rules; lengths count UTF-16 units like JS.
void checkString(const QJsonObject &body, const QString &field, bool required, int minLength,
                 int maxLength, QJsonArray *issues);

} // namespace latchkey::sandboxreply
