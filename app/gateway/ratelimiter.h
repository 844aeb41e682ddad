// RateLimiter: a token bucket per user for mutating calls; full buckets are forgotten so
// that memory follows the active users, not every user ever seen.
#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace latchkey {

class RateLimiter
{
public:
    // ratePerMinute tokens per minute, and as many at once (the bucket's size).
    explicit RateLimiter(int ratePerMinute);

    // Takes one token from userId's bucket at nowMs. nullopt = allowed; otherwise how long
    // until a token is there (for Retry-After).
    std::optional<std::chrono::milliseconds> take(const QString &userId, qint64 nowMs);

    qsizetype trackedUsers() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void forgetFullBuckets(qint64 nowMs);

    double m_capacity;
    double m_perMs;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace latchkey
