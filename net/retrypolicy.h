// RetryPolicy: whether and when a repeatable request is sent again.
#pragma once

#include "net/httpresponse.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace latchkey {

class RetryPolicy
{
public:
    RetryPolicy(int maxAttempts, std::chrono::milliseconds maxRetryTime,
                std::chrono::milliseconds baseDelay);

    // The wait before the next attempt, or nullopt to give up and report this
    // response. Retries network errors, timeouts, 429, 502, 503 and 504 while
    // attempts and the time budget last; Retry-After (429, 503) wins over backoff.
    std::optional<std::chrono::milliseconds>
    delayBeforeNextAttempt(const HttpResponse &response, int attemptsMade,
                           std::chrono::milliseconds elapsed) const;

    static bool isRetryable(const HttpResponse &response);
    // Retry-After as delta-seconds or an HTTP date; nullopt when absent or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &nowUtc);
    // Exponential backoff with jitter: a random delay in [base*2^(n-1)/2, base*2^(n-1)].
    std::chrono::milliseconds backoff(int attemptsMade) const;

private:
    int m_maxAttempts;
    std::chrono::milliseconds m_maxRetryTime;
    std::chrono::milliseconds m_baseDelay;
};

} // namespace latchkey
