// Tests ReminderPlanner with ReminderLedger and ReminderThresholds: a fake
// clock moves through a token's life, and a new planner over the saved ledger
// stands for a restart of the app.
#include "model/reminders/reminderledger.h"
#include "model/reminders/reminderplanner.h"
#include "model/reminders/reminderthresholds.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
const QString kEndpoint = u"https://logto.example"_s;
const QString kUser = u"user-1"_s;
const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

PersonalAccessToken token(const QString &name, std::optional<QDateTime> expiresAt)
{
    PersonalAccessToken t;
    t.userId = kUser;
    t.name = name;
    t.createdAt = kStart.addDays(-100);
    t.expiresAt = expiresAt;
    t.fingerprint = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    t.hint = name.right(4);
    return t;
}

// The app as it runs from one start to its quit: ledger loaded, checks, saved.
struct Run
{
    Run(const QString &file, QDateTime *now)
        : ledger(file)
        , planner(&ledger, [now] { return *now; })
    {
        QString error;
        loaded = ledger.load(&error);
    }
    QList<int> check(const QList<PersonalAccessToken> &tokens,
                     const QList<int> &thresholds = ReminderThresholds::defaults())
    {
        QList<int> stages;
        for (const Reminder &r : planner.takeDue(kEndpoint, kUser, tokens, thresholds)) {
            stages.append(r.thresholdDays);
            names.append(r.token.name);
        }
        ledger.save();
        return stages;
    }
    ReminderLedger ledger;
    ReminderPlanner planner;
    QStringList names;
    bool loaded = false;
};
} // namespace

class TestReminderPlanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    // Checks every 3 hours for 20 days with a restart each day: each threshold
    // fires exactly once, then "expired" once, and nothing after.
    void oneReminderPerThresholdAcrossRestarts()
    {
        QDateTime now = kStart;
        const auto t = token(u"deploy"_s, kStart.addDays(15));
        QList<int> seen;
        for (int day = 0; day < 20; ++day) {
            Run run(file("life.json"), &now);
            QVERIFY(run.loaded);
            for (int check = 0; check < 8; ++check) {
                seen += run.check({t});
                now = now.addSecs(3 * 3600);
            }
        }
        QCOMPARE(seen, (QList<int>{14, 7, 1, 0}));
    }

    // Not a single threshold per check: a token first seen 2 days before it
    // expires is reminded at 7 only, then at 1 — never at 14 late.
    void nearestThresholdOnly()
    {
        QDateTime now = kStart;
        const auto t = token(u"late"_s, kStart.addDays(2));
        Run run(file("nearest.json"), &now);
        QCOMPARE(run.check({t}), QList<int>{7});
        now = now.addDays(1).addSecs(60);
        QCOMPARE(run.check({t}), QList<int>{1});
        QCOMPARE(run.check({t}), QList<int>{});
    }

    // The app did not run while the token expired: the next start says so, once.
    void expiredSinceLastRun()
    {
        QDateTime now = kStart;
        const auto t = token(u"ci"_s, kStart.addDays(30));
        {
            Run run(file("away.json"), &now);
            QCOMPARE(run.check({t}), QList<int>{});
        }
        now = kStart.addDays(45); // a holiday: every threshold passed unseen
        {
            Run run(file("away.json"), &now);
            QCOMPARE(run.check({t}), QList<int>{0});
            QCOMPARE(run.names, QStringList{u"ci"_s});
        }
        now = now.addDays(1);
        Run run(file("away.json"), &now);
        QCOMPARE(run.check({t}), QList<int>{});
    }

    // The first check ever announces recent expiries only, not ancient ones.
    void firstCheckSkipsLongExpired()
    {
        QDateTime now = kStart;
        Run run(file("first.json"), &now);
        const auto ancient = token(u"ancient"_s, kStart.addDays(-200));
        const auto recent = token(u"recent"_s, kStart.addDays(-2));
        QCOMPARE(run.check({ancient, recent}), QList<int>{0});
        QCOMPARE(run.names, QStringList{u"recent"_s});
    }

    // Set Expiry pushed the date out: the new date's thresholds fire again.
    void extendedExpiryIsRemindedAgain()
    {
        QDateTime now = kStart;
        auto t = token(u"api"_s, kStart.addDays(5));
        {
            Run run(file("extend.json"), &now);
            QCOMPARE(run.check({t}), QList<int>{7});
        }
        t.expiresAt = kStart.addDays(30);
        now = now.addDays(1);
        {
            Run run(file("extend.json"), &now);
            QCOMPARE(run.check({t}), QList<int>{});
        }
        now = kStart.addDays(16).addSecs(60);
        Run run(file("extend.json"), &now);
        QCOMPARE(run.check({t}), QList<int>{14});
        QCOMPARE(run.check({t}), QList<int>{});
    }

    void neverExpiringIsNeverDue()
    {
        QDateTime now = kStart;
        Run run(file("never.json"), &now);
        const auto t = token(u"forever"_s, std::nullopt);
        for (int day = 0; day < 400; day += 7) {
            now = kStart.addDays(day);
            QCOMPARE(run.check({t}), QList<int>{});
        }
        QVERIFY(run.ledger.connection(kEndpoint, kUser).tokens.isEmpty());
    }

    void noThresholdsNoReminders()
    {
        QDateTime now = kStart;
        Run run(file("none.json"), &now);
        QCOMPARE(run.check({token(u"a"_s, kStart.addDays(1))}, {}), QList<int>{});
        now = now.addDays(2);
        QCOMPARE(run.check({token(u"a"_s, kStart.addDays(1))}, {}), QList<int>{});
    }

    // Each connection and user has its own record; a token gone from the list is forgotten.
    void perConnectionAndForgetsRemoved()
    {
        QDateTime now = kStart;
        ReminderLedger ledger(file("two.json"));
        ReminderPlanner planner(&ledger, [&now] { return now; });
        const auto t = token(u"shared"_s, kStart.addDays(3));
        QCOMPARE(planner.takeDue(kEndpoint, kUser, {t}, {7}).size(), 1);
        QCOMPARE(planner.takeDue(u"https://other.example"_s, kUser, {t}, {7}).size(), 1);
        QCOMPARE(planner.takeDue(kEndpoint, u"user-2"_s, {t}, {7}).size(), 1);
        QCOMPARE(planner.takeDue(kEndpoint, kUser, {t}, {7}).size(), 0);
        planner.takeDue(kEndpoint, kUser, {}, {7});
        QVERIFY(ledger.connection(kEndpoint, kUser).tokens.isEmpty());
    }

    // The record holds fingerprints, dates and thresholds only: no names, no values.
    void ledgerRoundTripAndContents()
    {
        QDateTime now = kStart;
        ReminderLedger ledger(file("contents.json"));
        ReminderPlanner planner(&ledger, [&now] { return now; });
        const auto t = token(u"secret-name"_s, kStart.addDays(1));
        QCOMPARE(planner.takeDue(kEndpoint, kUser, {t}, {14, 7, 1}).size(), 1);
        QString error;
        QVERIFY2(ledger.save(&error), qPrintable(error));
        QFile f(ledger.file());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains(t.fingerprint));
        QVERIFY(!bytes.contains("secret-name"));
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        ReminderLedger again(ledger.file());
        QVERIFY(again.load());
        QCOMPARE(again.connection(kEndpoint, kUser), ledger.connection(kEndpoint, kUser));
    }

    void damagedLedgerIsRefusedAndStartsEmpty()
    {
        const QString path = file("damaged.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"connections\": [{\"endpoint\": 3}]}");
        f.close();
        ReminderLedger ledger(path);
        QString error;
        QVERIFY(!ledger.load(&error));
        QVERIFY(error.contains(u"damaged"_s));
        QVERIFY(ledger.connection(kEndpoint, kUser).tokens.isEmpty());
        QVERIFY(!ReminderLedger::parse("not json"));
        QVERIFY(!ReminderLedger::parse("{\"version\": 2}"));
    }

    void thresholdsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<int>>("days");
        QTest::newRow("defaults") << u"14, 7, 1"_s << true << QList<int>{14, 7, 1};
        QTest::newRow("unordered, duplicates, spaces")
            << u" 1 7;14,7 "_s << true << QList<int>{14, 7, 1};
        QTest::newRow("empty") << u""_s << true << QList<int>{};
        QTest::newRow("zero") << u"7, 0"_s << false << QList<int>{};
        QTest::newRow("negative") << u"-3"_s << false << QList<int>{};
        QTest::newRow("words") << u"a week"_s << false << QList<int>{};
        QTest::newRow("over a year") << u"400"_s << false << QList<int>{};
        QTest::newRow("too many") << u"1 2 3 4 5 6 7 8 9 10 11"_s << false << QList<int>{};
    }

    void thresholdsParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<int>, days);
        const auto parsed = ReminderThresholds::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, days);
            QCOMPARE(ReminderThresholds::parse(ReminderThresholds::format(*parsed)), parsed);
        }
    }
};

QTEST_GUILESS_MAIN(TestReminderPlanner)
#include "tst_reminderplanner.moc"
