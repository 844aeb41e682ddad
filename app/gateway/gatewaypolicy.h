// GatewayPolicy: the organisation's rules for personal access tokens made through the
// gateway, and the checks that name the rule a request breaks.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace latchkey {

struct GatewayPolicy
{
    int maxLifetimeDays = 90;
    bool allowNeverExpires = false;
    int maxTokensPerUser = 20;
    int minNameLength = 1;
    int maxNameLength = 128; // UTF-16 code units, as Logto counts a name's length

    // An empty string when the name is allowed, else a sentence naming the rule.
    QString checkName(const QString &name) const;
    // expiresAt: nullopt = never expires. now: the gateway's clock.
    QString checkExpiry(const std::optional<qint64> &expiresAtMs, qint64 nowMs) const;
    QString checkCount(int tokensAlreadyHeld) const;

    // What GET /api/me/policy publishes (docs/gateway-api.md).
    QJsonObject toJson() const;
};

} // namespace latchkey
