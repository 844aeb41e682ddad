// ReminderThresholds: the days before expiry at which Latchkey reminds, as the
// user writes them ("14, 7, 1") and as the planner uses them (descending, unique).
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

class ReminderThresholds
{
public:
    static constexpr int MaxDays = 365;
    static constexpr int MaxCount = 10;

    static QList<int> defaults() { return {14, 7, 1}; }
    // Whole days between 1 and MaxDays separated by commas or spaces; nullopt
    // for anything else. An empty text is an empty list: no reminders.
    static std::optional<QList<int>> parse(const QString &text);
    // Descending, unique, in range, at most MaxCount.
    static QList<int> normalized(QList<int> days);
    static QString format(const QList<int> &days);
};

} // namespace latchkey
