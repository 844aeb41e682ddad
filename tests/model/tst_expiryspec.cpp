#include "model/domain/expiryspec.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

class TestExpirySpec : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::newRow("days") << u"30"_s << true << int(ExpirySpec::Kind::Days);
        QTest::newRow("spaces") << u" 7 "_s << true << int(ExpirySpec::Kind::Days);
        QTest::newRow("never") << u"never"_s << true << int(ExpirySpec::Kind::Never);
        QTest::newRow("Never") << u"NEVER"_s << true << int(ExpirySpec::Kind::Never);
        QTest::newRow("date") << u"2031-02-28"_s << true << int(ExpirySpec::Kind::Date);
        QTest::newRow("bad date") << u"2031-02-30"_s << false << 0;
        QTest::newRow("negative") << u"-3"_s << false << 0;
        QTest::newRow("words") << u"soon"_s << false << 0;
        QTest::newRow("empty") << u""_s << false << 0;
        QTest::newRow("huge") << u"99999999999"_s << false << 0;
        QTest::newRow("arabic digits") << u"\u0663"_s << false << 0;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        QString error;
        const std::optional<ExpirySpec> spec = ExpirySpec::parse(text, &error);
        QCOMPARE(spec.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid)
            QCOMPARE(int(spec->kind()), kind);
    }

    void resolves()
    {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1800000000000, Qt::UTC);
        QCOMPARE(ExpirySpec::inDays(2).resolve(now), now.addDays(2));
        QVERIFY(!ExpirySpec::never().resolve(now));
        const QDate date(2030, 5, 1);
        const QDateTime end = *ExpirySpec::onDate(date).resolve(now);
        QCOMPARE(end.toLocalTime().date(), date);
        QVERIFY(end.toLocalTime().addMSecs(1).date() == date.addDays(1));
    }

    void checksFutureAndMaximum()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ExpirySpec::inDays(0).check(now, 0).contains(u"future"_s));
        QVERIFY(ExpirySpec::onDate(now.toLocalTime().date().addDays(-1))
                    .check(now, 0)
                    .contains(u"future"_s));
        QVERIFY(ExpirySpec::at(now.addSecs(-5)).check(now, 0).contains(u"future"_s));
        QVERIFY(ExpirySpec::inDays(1).check(now, 0).isEmpty());
        QVERIFY(ExpirySpec::never().check(now, 0).isEmpty());
        QVERIFY(!ExpirySpec::never().check(now, 90).isEmpty());
        QVERIFY(ExpirySpec::inDays(90).check(now, 90).isEmpty());
        QVERIFY(!ExpirySpec::inDays(91).check(now, 90).isEmpty());
        // A date counts whole days: the last allowed day stays allowed all day.
        QVERIFY(ExpirySpec::onDate(now.toLocalTime().date().addDays(90)).check(now, 90).isEmpty());
        QVERIFY(!ExpirySpec::onDate(now.toLocalTime().date().addDays(91)).check(now, 90).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExpirySpec)
#include "tst_expiryspec.moc"
