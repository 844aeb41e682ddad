// ReminderThresholds: the days before expiry at which Latchkey reminds, as the
// user writes them ("14, 7, 1") and as the planner uses them (descending, unique).
#include "model/reminders/reminderthresholds.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace latchkey {

std::optional<QList<int>> ReminderThresholds::parse(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QList<int> days;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 1 || value > MaxDays)
            return std::nullopt;
        days.append(value);
    }
    if (days.size() > MaxCount)
        return std::nullopt;
    return normalized(days);
}

QList<int> ReminderThresholds::normalized(QList<int> days)
{
    days.removeIf([](int d) { return d < 1 || d > MaxDays; });
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days.mid(0, MaxCount);
}

QString ReminderThresholds::format(const QList<int> &days)
{
    QStringList parts;
    for (int d : days)
        parts.append(QString::number(d));
    return parts.join(u", "_s);
}

} // namespace latchkey
