// TokenStatus: where a token stands in its lifetime, from its expiry and "now".
#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace latchkey {

enum class TokenStatus { Active, ExpiringSoon, Expired, NeverExpires };

// Expiry as epoch milliseconds; this value stands for "never expires", and
// sorts after every real date.
inline constexpr qint64 NeverExpiresMs = std::numeric_limits<qint64>::max();

constexpr TokenStatus tokenStatus(qint64 expiresAtMs, qint64 nowMs, int expiringSoonDays)
{
    if (expiresAtMs == NeverExpiresMs)
        return TokenStatus::NeverExpires;
    if (expiresAtMs <= nowMs)
        return TokenStatus::Expired;
    if (expiresAtMs - nowMs <= qint64(expiringSoonDays) * 24 * 3600 * 1000)
        return TokenStatus::ExpiringSoon;
    return TokenStatus::Active;
}

inline qint64 expiryMs(const std::optional<QDateTime> &expiresAt)
{
    return expiresAt && expiresAt->isValid() ? expiresAt->toMSecsSinceEpoch() : NeverExpiresMs;
}

inline TokenStatus tokenStatus(const std::optional<QDateTime> &expiresAt, const QDateTime &now,
                               int expiringSoonDays)
{
    return tokenStatus(expiryMs(expiresAt), now.toMSecsSinceEpoch(), expiringSoonDays);
}

} // namespace latchkey
