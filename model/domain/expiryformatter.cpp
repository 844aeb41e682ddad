#include "model/domain/expiryformatter.h"

namespace latchkey {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

enum class Unit { Minutes, Hours, Days };

qint64 rounded(qint64 spanMs, qint64 unitMs)
{
    return (spanMs + unitMs / 2 - 1) / unitMs; // half a unit rounds down
}

// Rounds to the nearest unit, the same way in both directions: a 30-day token
// made a second ago expires "in 30 days", not "in 29 days". Below two days the
// unit is hours, so "in 1 day" never stands for something 13 hours away.
std::pair<Unit, int> unitOf(qint64 spanMs)
{
    if (const qint64 minutes = rounded(spanMs, kMinute); minutes < 60)
        return {Unit::Minutes, int(minutes)};
    if (const qint64 hours = rounded(spanMs, kHour); hours < 48)
        return {Unit::Hours, int(hours)};
    return {Unit::Days,
            int(std::min<qint64>(rounded(spanMs, kDay), std::numeric_limits<int>::max()))};
}

} // namespace

QString ExpiryFormatter::relativeExpiry(qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs == NeverExpiresMs)
        return tr("never");
    if (expiresAtMs > nowMs) {
        const auto [unit, n] = unitOf(expiresAtMs - nowMs);
        if (unit == Unit::Minutes && n == 0)
            return tr("in less than a minute");
        switch (unit) {
        case Unit::Minutes:
            return tr("in %n minute(s)", nullptr, n);
        case Unit::Hours:
            return tr("in %n hour(s)", nullptr, n);
        case Unit::Days:
            return tr("in %n day(s)", nullptr, n);
        }
    }
    const auto [unit, n] = unitOf(nowMs - expiresAtMs);
    if (unit == Unit::Minutes && n == 0)
        return tr("expired just now");
    switch (unit) {
    case Unit::Minutes:
        return tr("expired %n minute(s) ago", nullptr, n);
    case Unit::Hours:
        return tr("expired %n hour(s) ago", nullptr, n);
    case Unit::Days:
        return tr("expired %n day(s) ago", nullptr, n);
    }
    return {};
}

QString ExpiryFormatter::relativeExpiry(const std::optional<QDateTime> &expiresAt,
                                        const QDateTime &now)
{
    return relativeExpiry(expiryMs(expiresAt), now.toMSecsSinceEpoch());
}

QString ExpiryFormatter::relativeTime(qint64 whenMs, qint64 nowMs)
{
    if (whenMs > nowMs) {
        const auto [unit, n] = unitOf(whenMs - nowMs);
        switch (unit) {
        case Unit::Minutes:
            return n == 0 ? tr("in less than a minute") : tr("in %n minute(s)", nullptr, n);
        case Unit::Hours:
            return tr("in %n hour(s)", nullptr, n);
        case Unit::Days:
            return tr("in %n day(s)", nullptr, n);
        }
    }
    const auto [unit, n] = unitOf(nowMs - whenMs);
    switch (unit) {
    case Unit::Minutes:
        return n == 0 ? tr("just now") : tr("%n minute(s) ago", nullptr, n);
    case Unit::Hours:
        return tr("%n hour(s) ago", nullptr, n);
    case Unit::Days:
        return tr("%n day(s) ago", nullptr, n);
    }
    return {};
}

QString ExpiryFormatter::absolute(qint64 whenMs, const QLocale &locale)
{
    if (whenMs == NeverExpiresMs)
        return tr("Never expires");
    return absolute(QDateTime::fromMSecsSinceEpoch(whenMs, Qt::UTC), locale);
}

QString ExpiryFormatter::absolute(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.toLocalTime(), QLocale::LongFormat);
}

QString ExpiryFormatter::shortDate(qint64 whenMs, const QLocale &locale)
{
    if (whenMs == NeverExpiresMs)
        return tr("never");
    return locale.toString(QDateTime::fromMSecsSinceEpoch(whenMs, Qt::UTC).toLocalTime(),
                           QLocale::ShortFormat);
}

QString ExpiryFormatter::statusText(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Active:
        return tr("Active");
    case TokenStatus::ExpiringSoon:
        return tr("Expiring soon");
    case TokenStatus::Expired:
        return tr("Expired");
    case TokenStatus::NeverExpires:
        return tr("Never expires");
    }
    return {};
}

} // namespace latchkey
