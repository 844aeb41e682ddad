#include "app/gateway/ratelimiter.h"

#include <cmath>

namespace latchkey {

RateLimiter::RateLimiter(int ratePerMinute)
    : m_capacity(qMax(1, ratePerMinute))
    , m_perMs(m_capacity / 60000.0)
{}

std::optional<std::chrono::milliseconds> RateLimiter::take(const QString &userId, qint64 nowMs)
{
    forgetFullBuckets(nowMs);
    auto it = m_buckets.find(userId);
    if (it == m_buckets.end())
        it = m_buckets.insert(userId, {m_capacity, nowMs});
    Bucket &bucket = *it;
    // A clock that went back adds nothing.
    const qint64 elapsed = qMax<qint64>(0, nowMs - bucket.updatedMs);
    bucket.tokens = qMin(m_capacity, bucket.tokens + double(elapsed) * m_perMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    return std::chrono::milliseconds(qint64(std::ceil((1.0 - bucket.tokens) / m_perMs)));
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    // A bucket refills completely within a minute: one sweep a minute drops every bucket
    // that would be full now, which is the same as never having seen the user.
    if (nowMs - m_lastSweepMs < 60000)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->tokens + double(nowMs - it->updatedMs) * m_perMs >= m_capacity)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace latchkey
