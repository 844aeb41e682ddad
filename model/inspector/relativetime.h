// RelativeTime: "expired 3 hours ago" / "expires in 2 days" texts, against a given now.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace latchkey {

class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::RelativeTime)

public:
    // "3 hours", "1 day": the largest whole unit of a non-negative span.
    static QString span(qint64 seconds);
    static QString expiry(const QDateTime &when, const QDateTime &now);    // exp
    static QString notBefore(const QDateTime &when, const QDateTime &now); // nbf
    static QString issued(const QDateTime &when, const QDateTime &now);    // iat
    // An absolute time in UTC, in the user's locale.
    static QString absoluteUtc(const QDateTime &when);
};

} // namespace latchkey
