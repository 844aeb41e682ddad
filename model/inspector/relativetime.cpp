#include "model/inspector/relativetime.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace latchkey {

QString RelativeTime::span(qint64 seconds)
{
    constexpr qint64 minute = 60, hour = 60 * minute, day = 24 * hour, year = 365 * day;
    // To the nearest unit (half a unit down), as the token tables round: a 30-day
    // token made a second ago expires "in 30 days" here too.
    auto rounded = [seconds](qint64 unit) { return int((seconds + unit / 2 - 1) / unit); };
    // Separate singular strings keep English right without a loaded translation;
    // the %n forms carry the plural rules of every other language.
    if (seconds >= 2 * year) {
        const int n = rounded(year);
        return tr("%n years", nullptr, n);
    }
    if (seconds >= day) {
        const int n = rounded(day);
        return n == 1 ? tr("1 day") : tr("%n days", nullptr, n);
    }
    if (seconds >= hour) {
        const int n = rounded(hour);
        return n == 1 ? tr("1 hour") : tr("%n hours", nullptr, n);
    }
    if (seconds >= minute) {
        const int n = rounded(minute);
        return n == 1 ? tr("1 minute") : tr("%n minutes", nullptr, n);
    }
    const int n = int(seconds);
    return n == 1 ? tr("1 second") : tr("%n seconds", nullptr, n);
}

QString RelativeTime::expiry(const QDateTime &when, const QDateTime &now)
{
    const qint64 delta = now.secsTo(when);
    if (delta > 0)
        return tr("expires in %1").arg(span(delta));
    return tr("expired %1 ago").arg(span(-delta));
}

QString RelativeTime::notBefore(const QDateTime &when, const QDateTime &now)
{
    const qint64 delta = now.secsTo(when);
    if (delta > 0)
        return tr("not valid for another %1").arg(span(delta));
    return tr("valid since %1 ago").arg(span(-delta));
}

QString RelativeTime::issued(const QDateTime &when, const QDateTime &now)
{
    const qint64 delta = now.secsTo(when);
    if (delta > 0)
        return tr("issued %1 in the future").arg(span(delta));
    return tr("issued %1 ago").arg(span(-delta));
}

QString RelativeTime::absoluteUtc(const QDateTime &when)
{
    return tr("%1 UTC").arg(QLocale().toString(when.toUTC(), QLocale::ShortFormat));
}

} // namespace latchkey
