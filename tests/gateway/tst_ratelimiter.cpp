// Tests RateLimiter: a token bucket per user, refilled over time, forgotten when full.
#include "app/gateway/ratelimiter.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRefuseWithRetryAfter()
    {
        RateLimiter limiter(30); // 30 a minute: one every 2 s
        const qint64 t0 = 1'000'000;
        for (int i = 0; i < 30; ++i)
            QVERIFY(!limiter.take(u"alice"_s, t0));
        const auto wait = limiter.take(u"alice"_s, t0);
        QVERIFY(wait);
        QCOMPARE(wait->count(), 2000);
        // A second later half a token is back: the wait shrinks accordingly.
        QCOMPARE(limiter.take(u"alice"_s, t0 + 1000)->count(), 1000);
        QVERIFY(!limiter.take(u"alice"_s, t0 + 2000));
        QVERIFY(limiter.take(u"alice"_s, t0 + 2000));
    }

    void usersHaveBucketsOfTheirOwn()
    {
        RateLimiter limiter(1);
        QVERIFY(!limiter.take(u"alice"_s, 0));
        QVERIFY(limiter.take(u"alice"_s, 0));
        QVERIFY(!limiter.take(u"bob"_s, 0));
    }

    void refillStopsAtTheBucketSize()
    {
        RateLimiter limiter(2);
        QVERIFY(!limiter.take(u"alice"_s, 0));
        // An hour idle refills to 2, not 120.
        const qint64 later = 3600 * 1000;
        QVERIFY(!limiter.take(u"alice"_s, later));
        QVERIFY(!limiter.take(u"alice"_s, later));
        QVERIFY(limiter.take(u"alice"_s, later));
    }

    void clockGoingBackAddsNothing()
    {
        RateLimiter limiter(1);
        QVERIFY(!limiter.take(u"alice"_s, 100'000));
        QVERIFY(limiter.take(u"alice"_s, 50'000));
    }

    void fullBucketsAreForgotten()
    {
        RateLimiter limiter(60);
        for (int i = 0; i < 1000; ++i)
            limiter.take(u"user %1"_s.arg(i), 0);
        QCOMPARE(limiter.trackedUsers(), 1000);
        // A minute on every bucket is full again: the next sweep drops them all but the
        // one being charged now.
        QVERIFY(!limiter.take(u"user 0"_s, 61'000));
        QCOMPARE(limiter.trackedUsers(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
