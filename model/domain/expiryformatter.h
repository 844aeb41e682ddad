// ExpiryFormatter: the words and dates Latchkey shows for a token's lifetime,
// in the user's language and locale.
#pragma once

#include "model/domain/tokenstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace latchkey {

class ExpiryFormatter
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::ExpiryFormatter)

public:
    // "in 3 days", "in 5 hours", "expired 2 hours ago", "never".
    static QString relativeExpiry(qint64 expiresAtMs, qint64 nowMs);
    static QString relativeExpiry(const std::optional<QDateTime> &expiresAt, const QDateTime &now);
    // "3 days ago", "in 5 minutes": any moment relative to now (created, snapshot time).
    static QString relativeTime(qint64 whenMs, qint64 nowMs);
    // The full local date and time for tooltips; "Never expires" for NeverExpiresMs.
    static QString absolute(qint64 whenMs, const QLocale &locale = QLocale());
    static QString absolute(const QDateTime &when, const QLocale &locale = QLocale());
    // A short local date for table cells.
    static QString shortDate(qint64 whenMs, const QLocale &locale = QLocale());
    static QString statusText(TokenStatus status);
};

} // namespace latchkey
