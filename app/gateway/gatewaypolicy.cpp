#include "app/gateway/gatewaypolicy.h"

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

QString GatewayPolicy::checkName(const QString &name) const
{
    if (name.size() < minNameLength || name.size() > maxNameLength)
        return u"A token name must have %1 to %2 characters; this one has %3."_s.arg(minNameLength)
            .arg(maxNameLength)
            .arg(name.size());
    return {};
}

QString GatewayPolicy::checkExpiry(const std::optional<qint64> &expiresAtMs, qint64 nowMs) const
{
    if (!expiresAtMs) {
        if (allowNeverExpires)
            return {};
        return u"Tokens must expire: give expiresAt, at most %1 days from now."_s.arg(
            maxLifetimeDays);
    }
    // A past expiry is Logto's to refuse (400 request.invalid_input), as it would directly.
    if (*expiresAtMs - nowMs > qint64(maxLifetimeDays) * kDayMs)
        return u"A token may live at most %1 days; this one would expire later."_s.arg(
            maxLifetimeDays);
    return {};
}

QString GatewayPolicy::checkCount(int tokensAlreadyHeld) const
{
    if (tokensAlreadyHeld >= maxTokensPerUser)
        return u"A user may hold at most %1 tokens; revoke one first."_s.arg(maxTokensPerUser);
    return {};
}

QJsonObject GatewayPolicy::toJson() const
{
    return {{u"maxLifetimeDays"_s, maxLifetimeDays},
            {u"allowNeverExpires"_s, allowNeverExpires},
            {u"maxTokensPerUser"_s, maxTokensPerUser},
            {u"nameMinLength"_s, minNameLength},
            {u"nameMaxLength"_s, maxNameLength}};
}

} // namespace latchkey
