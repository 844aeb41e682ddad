// ExpirySpec: when a token the user is about to create or rotate should stop
// working ("30" days, "2027-01-31" or "never"), and whether that is allowed.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace latchkey {

class ExpirySpec
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::ExpirySpec)

public:
    enum class Kind { Never, Days, Date, Moment };

    static ExpirySpec never();
    static ExpirySpec inDays(int days);
    // Works through the whole of that day in the user's time zone.
    static ExpirySpec onDate(QDate date);
    static ExpirySpec at(const QDateTime &moment);

    // "DAYS", "YYYY-MM-DD" or "never"; nullopt and a sentence in *error otherwise.
    static std::optional<ExpirySpec> parse(const QString &text, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    // The moment the token stops working (UTC); nullopt = never.
    std::optional<QDateTime> resolve(const QDateTime &now) const;
    // Empty when acceptable: in the future and within maxLifetimeDays (0 = no limit).
    QString check(const QDateTime &now, int maxLifetimeDays) const;
    // For messages: "in 30 days", "on 31 Jan 2027", "never".
    QString describe() const;

private:
    Kind m_kind = Kind::Never;
    int m_days = 0;
    QDate m_date;
    QDateTime m_moment;
};

} // namespace latchkey
