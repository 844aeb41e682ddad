#include "net/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace latchkey {

RetryPolicy::RetryPolicy(int maxAttempts, milliseconds maxRetryTime, milliseconds baseDelay)
    : m_maxAttempts(maxAttempts)
    , m_maxRetryTime(maxRetryTime)
    , m_baseDelay(baseDelay)
{}

bool RetryPolicy::isRetryable(const HttpResponse &response)
{
    switch (response.transportError.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::None:
        break;
    default:
        return false; // TLS, insecure, oversized: the same again would fail the same way
    }
    return response.status == 429 || response.status == 502 || response.status == 503 ||
           response.status == 504;
}

milliseconds RetryPolicy::backoff(int attemptsMade) const
{
    const int exponent = qBound(0, attemptsMade - 1, 16);
    const qint64 ceiling = qMin<qint64>(m_baseDelay.count() << exponent, 60'000);
    if (ceiling <= 1)
        return milliseconds(ceiling);
    // Jitter spreads out clients that failed together, so they do not return together.
    const qint64 floor = ceiling / 2;
    return milliseconds(floor +
                        qint64(QRandomGenerator::global()->bounded(quint64(ceiling - floor + 1))));
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        // Any wait beyond a day already exceeds every retry budget; clamping also keeps
        // a hostile "Retry-After: 66666666666666666666" from overflowing (found by fuzz_responses).
        constexpr qint64 maxSeconds = 24 * 3600;
        return milliseconds(std::min(seconds, maxSeconds) * 1000);
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (always English, always GMT).
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return milliseconds(qMax<qint64>(0, nowUtc.msecsTo(when)));
}

std::optional<milliseconds> RetryPolicy::delayBeforeNextAttempt(const HttpResponse &response,
                                                                int attemptsMade,
                                                                milliseconds elapsed) const
{
    if (!isRetryable(response) || attemptsMade >= m_maxAttempts)
        return std::nullopt;
    milliseconds delay = backoff(attemptsMade);
    // Proxies and gateways also send Retry-After with 503.
    if (response.status == 429 || response.status == 503) {
        if (const auto retryAfter =
                parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc()))
            delay = *retryAfter;
    }
    if (elapsed + delay > m_maxRetryTime)
        return std::nullopt;
    return delay;
}

} // namespace latchkey
