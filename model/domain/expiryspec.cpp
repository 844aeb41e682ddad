#include "model/domain/expiryspec.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// A hundred years; beyond that a "days" number is a typo, and it keeps the arithmetic safe.
constexpr int MaxDays = 36500;
} // namespace

ExpirySpec ExpirySpec::never()
{
    return {};
}

ExpirySpec ExpirySpec::inDays(int days)
{
    ExpirySpec spec;
    spec.m_kind = Kind::Days;
    spec.m_days = days;
    return spec;
}

ExpirySpec ExpirySpec::onDate(QDate date)
{
    ExpirySpec spec;
    spec.m_kind = Kind::Date;
    spec.m_date = date;
    return spec;
}

ExpirySpec ExpirySpec::at(const QDateTime &moment)
{
    ExpirySpec spec;
    spec.m_kind = Kind::Moment;
    spec.m_moment = moment.toUTC();
    return spec;
}

std::optional<ExpirySpec> ExpirySpec::parse(const QString &text, QString *error)
{
    const QString input = text.trimmed();
    if (input.compare(u"never"_s, Qt::CaseInsensitive) == 0)
        return never();

    bool isNumber = !input.isEmpty();
    for (QChar c : input)
        isNumber = isNumber && c.isDigit() && c.unicode() < 128;
    if (isNumber) {
        bool ok = false;
        const int days = input.toInt(&ok);
        if (ok && days <= MaxDays)
            return inDays(days);
        if (error)
            *error = tr("%1 days is too far ahead; give at most %2 days.").arg(input).arg(MaxDays);
        return std::nullopt;
    }

    if (input.size() == 10) {
        const QDate date = QDate::fromString(input, u"yyyy-MM-dd"_s);
        if (date.isValid())
            return onDate(date);
    }
    if (error)
        *error = tr("\"%1\" is not an expiry: give a number of days, a date as YYYY-MM-DD, "
                    "or \"never\".")
                     .arg(text);
    return std::nullopt;
}

std::optional<QDateTime> ExpirySpec::resolve(const QDateTime &now) const
{
    switch (m_kind) {
    case Kind::Never:
        return std::nullopt;
    case Kind::Days:
        return now.toUTC().addDays(m_days);
    case Kind::Date:
        return m_date.endOfDay().toUTC();
    case Kind::Moment:
        return m_moment;
    }
    return std::nullopt;
}

QString ExpirySpec::check(const QDateTime &now, int maxLifetimeDays) const
{
    if (m_kind == Kind::Date && !m_date.isValid())
        return tr("The expiry date is not a valid date.");
    if (m_kind == Kind::Moment && !m_moment.isValid())
        return tr("The expiry time is not valid.");

    const std::optional<QDateTime> until = resolve(now);
    if (until && *until <= now)
        return tr("The expiry must be in the future.");
    if (maxLifetimeDays <= 0)
        return {};
    if (!until)
        return tr("Tokens that never expire are not allowed; the longest lifetime is %n day(s).",
                  nullptr, maxLifetimeDays);
    // A date counts in whole days, so that "today + max" stays allowed all day long.
    const bool tooLong = m_kind == Kind::Date
                             ? m_date > now.toLocalTime().date().addDays(maxLifetimeDays)
                             : *until > now.addDays(maxLifetimeDays);
    if (tooLong)
        return tr("The longest allowed lifetime is %n day(s).", nullptr, maxLifetimeDays);
    return {};
}

QString ExpirySpec::describe() const
{
    switch (m_kind) {
    case Kind::Never:
        return tr("never");
    case Kind::Days:
        return tr("in %n day(s)", nullptr, m_days);
    case Kind::Date:
        return tr("at the end of %1").arg(QLocale().toString(m_date, QLocale::ShortFormat));
    case Kind::Moment:
        return tr("on %1").arg(QLocale().toString(m_moment.toLocalTime(), QLocale::ShortFormat));
    }
    return {};
}

} // namespace latchkey
