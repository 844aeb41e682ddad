// Tests RetryPolicy: what is retried, Retry-After, backoff bounds and budgets.
#include "net/retrypolicy.h"

#include <QTest>

using namespace latchkey;
using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {
HttpResponse withStatus(int status, QByteArray retryAfter = {})
{
    HttpResponse r;
    r.status = status;
    if (!retryAfter.isNull())
        r.headers.append({"Retry-After", retryAfter});
    return r;
}
HttpResponse withTransport(ApiError::Kind kind)
{
    HttpResponse r;
    r.transportError = ApiError(kind, 0, {}, {});
    return r;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryableResponses()
    {
        for (int status : {429, 502, 503, 504})
            QVERIFY(RetryPolicy::isRetryable(withStatus(status)));
        for (int status : {200, 400, 401, 403, 404, 422, 500, 501})
            QVERIFY(!RetryPolicy::isRetryable(withStatus(status)));
        QVERIFY(RetryPolicy::isRetryable(withTransport(ApiError::Kind::Network)));
        QVERIFY(RetryPolicy::isRetryable(withTransport(ApiError::Kind::Timeout)));
        QVERIFY(!RetryPolicy::isRetryable(withTransport(ApiError::Kind::Tls)));
        QVERIFY(!RetryPolicy::isRetryable(withTransport(ApiError::Kind::Parse)));
        QVERIFY(!RetryPolicy::isRetryable(withTransport(ApiError::Kind::Insecure)));
    }

    void retryAfterSecondsAndDate()
    {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter("3", now), std::optional(milliseconds(3000)));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", now), std::optional(milliseconds(0)));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:05 GMT", now),
                 std::optional(milliseconds(5000)));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now),
                 std::optional(milliseconds(0)));
        QVERIFY(!RetryPolicy::parseRetryAfter("soon", now));
        QVERIFY(!RetryPolicy::parseRetryAfter("-4", now));
        QVERIFY(!RetryPolicy::parseRetryAfter({}, now));
    }

    void backoffGrowsWithJitterInBounds()
    {
        const RetryPolicy policy(10, 60s, 100ms);
        for (int i = 0; i < 50; ++i) {
            const auto first = policy.backoff(1);
            QVERIFY(first >= 50ms && first <= 100ms);
            const auto third = policy.backoff(3);
            QVERIFY(third >= 200ms && third <= 400ms);
        }
    }

    void honoursAttemptsAndBudget()
    {
        const RetryPolicy policy(3, 5s, 10ms);
        QVERIFY(policy.delayBeforeNextAttempt(withStatus(503), 1, 0ms));
        QVERIFY(policy.delayBeforeNextAttempt(withStatus(503), 2, 0ms));
        QVERIFY(!policy.delayBeforeNextAttempt(withStatus(503), 3, 0ms));
        QVERIFY(!policy.delayBeforeNextAttempt(withStatus(400), 1, 0ms));
        QCOMPARE(policy.delayBeforeNextAttempt(withStatus(429, "2"), 1, 0ms),
                 std::optional(milliseconds(2000)));
        QCOMPARE(policy.delayBeforeNextAttempt(withStatus(503, "1"), 1, 0ms),
                 std::optional(milliseconds(1000)));
        // A Retry-After beyond the remaining budget: give up now rather than wait in vain.
        QVERIFY(!policy.delayBeforeNextAttempt(withStatus(429, "4"), 1, 2s));
        QVERIFY(!policy.delayBeforeNextAttempt(withTransport(ApiError::Kind::Network), 1, 5s));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
