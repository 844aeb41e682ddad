// Tests "latchkeyctl revoke --all --user ID" against the sandbox: refused without
// --yes when standard input is not a terminal (exit 2, nothing deleted) and
// without --user; with --yes every token of that user goes, one line each, and
// no other user's token is touched; JSON gives one object per token; usage errors.
#include "tests/app/ctlrig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using latchkey::test::CtlRig;
using latchkey::test::CtlRun;

class TestCtlRevoke : public QObject
{
    Q_OBJECT

private:
    CtlRig m_rig;
    QString m_leaver;

    QStringList namesOf(const QString &userId)
    {
        const CtlRun run = m_rig.ctl({u"tokens"_s, u"--json"_s, u"--user"_s, userId});
        QStringList names;
        for (const QJsonValue &token : run.array())
            names.append(token[u"name"_s].toString());
        names.sort();
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_rig.start());
        m_leaver = m_rig.createUser(u"leaving_user"_s);
        QVERIFY(!m_leaver.isEmpty());
        for (const QString &name : {u"laptop"_s, u"ci"_s, u"old script"_s})
            QVERIFY(m_rig.createToken(name, {}, m_leaver).startsWith("pat_"));
        QVERIFY(m_rig.ctl({u"create"_s, u"mine"_s}).ok());
    }

    void refusedWithoutYesOrUser()
    {
        // Not a terminal (the test's pipe) and no --yes: nothing is deleted.
        const CtlRun refused = m_rig.ctl({u"revoke"_s, u"--all"_s, u"--user"_s, m_leaver});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.oneErrorLine());
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        QCOMPARE(namesOf(m_leaver), (QStringList{u"ci"_s, u"laptop"_s, u"old script"_s}));

        // The user must be named: never the profile's user by default.
        const CtlRun noUser = m_rig.ctl({u"revoke"_s, u"--all"_s, u"--yes"_s});
        QCOMPARE(noUser.exitCode, 2);
        QVERIFY(noUser.oneErrorLine());
        QCOMPARE(namesOf(m_rig.userId()), QStringList{u"mine"_s});

        // A name and --all, or neither: usage.
        QCOMPARE(
            m_rig.ctl({u"revoke"_s, u"laptop"_s, u"--all"_s, u"--user"_s, m_leaver, u"--yes"_s})
                .exitCode,
            2);
        QCOMPARE(m_rig.ctl({u"revoke"_s, u"--yes"_s}).exitCode, 2);
        QCOMPARE(namesOf(m_leaver).size(), 3);
    }

    void revokesEveryTokenOfTheUser()
    {
        const CtlRun run =
            m_rig.ctl({u"revoke"_s, u"--all"_s, u"--user"_s, m_leaver, u"--yes"_s, u"--json"_s});
        QVERIFY2(run.ok(), run.err.constData());
        const QJsonArray report = run.array();
        QCOMPARE(report.size(), 3);
        QStringList reported;
        for (const QJsonValue &line : report) {
            QCOMPARE(line[u"revoked"_s].toBool(), true);
            QVERIFY(line[u"error"_s].isNull());
            reported.append(line[u"name"_s].toString());
        }
        reported.sort();
        QCOMPARE(reported, (QStringList{u"ci"_s, u"laptop"_s, u"old script"_s}));
        QVERIFY(namesOf(m_leaver).isEmpty());
        // Nobody else's tokens.
        QCOMPARE(namesOf(m_rig.userId()), QStringList{u"mine"_s});

        // Again: nothing left, nothing to do, success.
        const CtlRun again =
            m_rig.ctl({u"revoke"_s, u"--all"_s, u"--user"_s, m_leaver, u"--yes"_s});
        QVERIFY2(again.ok(), again.err.constData());
        QVERIFY(again.out.isEmpty());
    }

    void textReportHasALinePerToken()
    {
        for (const QString &name : {u"a"_s, u"b"_s})
            QVERIFY(m_rig.createToken(name, {}, m_leaver).startsWith("pat_"));
        const CtlRun run = m_rig.ctl({u"revoke"_s, u"--all"_s, u"--user"_s, m_leaver, u"--yes"_s});
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(run.out, QByteArray("Deleted \"a\".\nDeleted \"b\".\n"));
        QVERIFY2(run.err.contains("Revoked 2 token"), run.err.constData());
    }

    void anUnknownUserFailsInOneLine()
    {
        const CtlRun run =
            m_rig.ctl({u"revoke"_s, u"--all"_s, u"--user"_s, u"no-such-user"_s, u"--yes"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
    }
};

QTEST_GUILESS_MAIN(TestCtlRevoke)
#include "tst_ctlrevoke.moc"
