// Tests for RelativeTime: the relative texts the inspector shows for exp, nbf and iat.
#include "model/inspector/relativetime.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

class TestRelativeTime : public QObject
{
    Q_OBJECT

private slots:
    void texts_data();
    void texts();
    void absoluteIsUtc();
};

void TestRelativeTime::texts_data()
{
    QTest::addColumn<qint64>("offset"); // when - now, in seconds
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("notBefore");
    QTest::addColumn<QString>("issued");
    const qint64 m = 60, h = 3600, d = 86400;
    QTest::newRow("now") << qint64(0) << u"expired 0 seconds ago"_s
                         << u"valid since 0 seconds ago"_s << u"issued 0 seconds ago"_s;
    QTest::newRow("+1 s") << qint64(1) << u"expires in 1 second"_s
                          << u"not valid for another 1 second"_s
                          << u"issued 1 second in the future"_s;
    QTest::newRow("-59 s") << qint64(-59) << u"expired 59 seconds ago"_s
                           << u"valid since 59 seconds ago"_s << u"issued 59 seconds ago"_s;
    QTest::newRow("+1 min") << m << u"expires in 1 minute"_s << u"not valid for another 1 minute"_s
                            << u"issued 1 minute in the future"_s;
    // To the nearest unit, as the token tables say it (issue 20.10).
    QTest::newRow("-3 h 59 min") << -3 * h - 59 * m << u"expired 4 hours ago"_s
                                 << u"valid since 4 hours ago"_s << u"issued 4 hours ago"_s;
    QTest::newRow("-3 h 29 min") << -3 * h - 29 * m << u"expired 3 hours ago"_s
                                 << u"valid since 3 hours ago"_s << u"issued 3 hours ago"_s;
    QTest::newRow("+30 d - 1 s") << 30 * d - 1 << u"expires in 30 days"_s
                                 << u"not valid for another 30 days"_s
                                 << u"issued 30 days in the future"_s;
    QTest::newRow("+2 d") << 2 * d + 1 << u"expires in 2 days"_s
                          << u"not valid for another 2 days"_s << u"issued 2 days in the future"_s;
    QTest::newRow("-1 d") << -d << u"expired 1 day ago"_s << u"valid since 1 day ago"_s
                          << u"issued 1 day ago"_s;
    QTest::newRow("+729 d") << 729 * d << u"expires in 729 days"_s
                            << u"not valid for another 729 days"_s
                            << u"issued 729 days in the future"_s;
    QTest::newRow("-3 y") << -3 * 365 * d << u"expired 3 years ago"_s
                          << u"valid since 3 years ago"_s << u"issued 3 years ago"_s;
}

void TestRelativeTime::texts()
{
    QFETCH(qint64, offset);
    QFETCH(QString, expiry);
    QFETCH(QString, notBefore);
    QFETCH(QString, issued);
    const QDateTime now(QDate(2026, 11, 27), QTime(22, 0), Qt::UTC);
    const QDateTime when = now.addSecs(offset);
    QCOMPARE(RelativeTime::expiry(when, now), expiry);
    QCOMPARE(RelativeTime::notBefore(when, now), notBefore);
    QCOMPARE(RelativeTime::issued(when, now), issued);
}

void TestRelativeTime::absoluteIsUtc()
{
    const QDateTime utc(QDate(2011, 3, 22), QTime(18, 43), Qt::UTC);
    const QDateTime sameInstantElsewhere = utc.toOffsetFromUtc(5 * 3600);
    QCOMPARE(RelativeTime::absoluteUtc(sameInstantElsewhere), RelativeTime::absoluteUtc(utc));
    QVERIFY(RelativeTime::absoluteUtc(utc).endsWith(u" UTC"_s));
    QVERIFY(RelativeTime::absoluteUtc(utc).contains(u"18"_s));
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
