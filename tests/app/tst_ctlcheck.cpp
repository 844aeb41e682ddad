// Tests "latchkeyctl check" against the sandbox: expired, expiring soon and
// fine tokens; exit 1 while any is expired or expiring within DAYS (the app's
// "expiring soon" by default), 0 when none; --all-users across users; the JSON
// shape; a bad --within.
#include "tests/app/ctlrig.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using latchkey::test::CtlRig;
using latchkey::test::CtlRun;

namespace {
QStringList namesOf(const CtlRun &run)
{
    QStringList names;
    for (const QJsonValue &token : run.array())
        names.append(token[u"name"_s].toString());
    return names;
}
} // namespace

class TestCtlCheck : public QObject
{
    Q_OBJECT

private:
    CtlRig m_rig;
    QString m_calmUser;

private slots:
    void initTestCase()
    {
        QVERIFY(m_rig.start());
        const qint64 expiresAt = QDateTime::currentMSecsSinceEpoch() + 1500;
        QVERIFY(m_rig.createToken(u"gone-stale"_s, expiresAt).startsWith("pat_"));
        QVERIFY(m_rig.ctl({u"create"_s, u"soon"_s, u"--expires"_s, u"3"_s}).ok());
        QVERIFY(m_rig.ctl({u"create"_s, u"later"_s, u"--expires"_s, u"60"_s}).ok());
        QVERIFY(m_rig.ctl({u"create"_s, u"forever"_s}).ok());
        m_calmUser = m_rig.createUser(u"calm_user"_s);
        QVERIFY(!m_calmUser.isEmpty());
        const qint64 inAYear = QDateTime::currentDateTimeUtc().addDays(365).toMSecsSinceEpoch();
        QVERIFY(m_rig.createToken(u"calm"_s, inAYear, m_calmUser).startsWith("pat_"));
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > expiresAt, 10000);
    }

    void expiredAndSoonFailTheCheck()
    {
        const CtlRun run = m_rig.ctl({u"check"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(namesOf(run), (QStringList{u"gone-stale"_s, u"soon"_s}));
        const QJsonObject stale = run.array()[0].toObject();
        QCOMPARE(QStringList(stale.keys()),
                 (QStringList{u"createdAt"_s, u"daysLeft"_s, u"expiresAt"_s, u"name"_s, u"status"_s,
                              u"user"_s, u"userId"_s}));
        QCOMPARE(stale[u"status"_s].toString(), u"expired"_s);
        QCOMPARE(stale[u"userId"_s].toString(), m_rig.userId());
        QVERIFY(stale[u"daysLeft"_s].toInt() < 0);
        const QJsonObject soon = run.array()[1].toObject();
        QCOMPARE(soon[u"status"_s].toString(), u"expiring"_s);
        QCOMPARE(soon[u"daysLeft"_s].toInt(), 2); // a little under 3 days
    }

    void withinNarrowsOrWidens()
    {
        const CtlRun narrow = m_rig.ctl({u"check"_s, u"--within"_s, u"1"_s, u"--json"_s});
        QCOMPARE(narrow.exitCode, 1);
        QCOMPARE(namesOf(narrow), QStringList{u"gone-stale"_s});
        const CtlRun wide = m_rig.ctl({u"check"_s, u"--within"_s, u"90"_s, u"--json"_s});
        QCOMPARE(namesOf(wide), (QStringList{u"gone-stale"_s, u"soon"_s, u"later"_s}));
        const CtlRun table = m_rig.ctl({u"check"_s});
        QCOMPARE(table.exitCode, 1);
        QVERIFY(table.out.contains("gone-stale"));
        QVERIFY(table.out.contains("expired"));
        QVERIFY(!table.out.contains("later"));
    }

    void nothingExpiringPassesTheCheck()
    {
        const CtlRun run = m_rig.ctl({u"check"_s, u"--user"_s, m_calmUser, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.array().size(), 0);
        QCOMPARE(m_rig.ctl({u"check"_s, u"--user"_s, m_calmUser}).exitCode, 0);
    }

    void allUsersCoversEveryone()
    {
        const CtlRun run =
            m_rig.ctl({u"check"_s, u"--all-users"_s, u"--within"_s, u"400"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QStringList names = namesOf(run);
        QVERIFY2(names.contains(u"calm"_s) && names.contains(u"gone-stale"_s),
                 qPrintable(names.join(u',')));
        for (const QJsonValue &token : run.array()) {
            if (token[u"name"_s].toString() == u"calm"_s) {
                QCOMPARE(token[u"userId"_s].toString(), m_calmUser);
                QCOMPARE(token[u"user"_s].toString(), u"calm_user"_s);
            }
        }
        const CtlRun both = m_rig.ctl({u"check"_s, u"--all-users"_s, u"--user"_s, m_calmUser});
        QCOMPARE(both.exitCode, 2);
    }

    void aBadWithinIsAUsageError()
    {
        for (const QString &days : {u"-1"_s, u"soon"_s, u"99999999"_s}) {
            const CtlRun run = m_rig.ctl({u"check"_s, u"--within"_s, days});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.oneErrorLine());
        }
    }

    void aServerThatCannotBeReachedFailsTheCheck()
    {
        QVERIFY(
            m_rig
                .ctl({u"profiles"_s, u"add"_s, u"dead"_s, u"--endpoint"_s, u"http://127.0.0.1:9"_s,
                      u"--app-id"_s, u"x"_s, u"--user"_s, u"u"_s, u"--secret-stdin"_s},
                     "not-a-secret\n")
                .ok());
        const CtlRun run = m_rig.ctl({u"check"_s, u"--profile"_s, u"dead"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCtlCheck)
#include "tst_ctlcheck.moc"
