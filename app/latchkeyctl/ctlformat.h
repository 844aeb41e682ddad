// CtlFormat: how latchkeyctl words a token's fields, the same in every command:
// ISO dates and null in JSON, local dates and status names in tables.
#pragma once

#include "model/domain/tokenstatus.h"
#include "net/personalaccesstoken.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace latchkey {

class CtlFormat
{
public:
    static QJsonValue orNull(const QString &text);
    static QJsonValue isoOrNull(const std::optional<QDateTime> &when);
    static QString statusName(TokenStatus status);
    // name, userId, createdAt, expiresAt.
    static QJsonObject tokenJson(const PersonalAccessToken &token);
    // In the user's locale; "never" for a token without expiry.
    static QString localDate(const std::optional<QDateTime> &when);
};

} // namespace latchkey
