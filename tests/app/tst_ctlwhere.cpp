// Tests "latchkeyctl where" end to end: a home folder with copies of tokens
// latchkeyctl made (one later revoked, one expired) and an unknown GitHub
// token; exact file:line:column in text and JSON, a name or --path narrowing
// the scan, exit 1 only while a revoked or expired token is still in a file,
// and never a value in the output.
#include "tests/app/ctlrig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using latchkey::test::CtlRig;
using latchkey::test::CtlRun;

class TestCtlWhere : public QObject
{
    Q_OBJECT

private:
    CtlRig m_rig;
    QTemporaryDir m_home;
    QByteArray m_active, m_revoked, m_expired;
    const QByteArray m_github = "ghp_" + QByteArray(36, 'W');

    bool write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_home.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    void verifyNoValue(const CtlRun &run)
    {
        for (const QByteArray &value : {m_active, m_revoked, m_expired, m_github}) {
            QVERIFY(!run.out.contains(value));
            QVERIFY(!run.err.contains(value));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_rig.start());
        m_rig.setVariable(u"HOME"_s, m_home.path());
        m_active = m_rig.ctl({u"create"_s, u"ci-deploy"_s, u"--json"_s})
                       .object()[u"value"_s]
                       .toString()
                       .toLatin1();
        m_revoked = m_rig.ctl({u"create"_s, u"old-registry"_s, u"--json"_s})
                        .object()[u"value"_s]
                        .toString()
                        .toLatin1();
        QVERIFY(m_active.startsWith("pat_") && m_revoked.startsWith("pat_"));
        QVERIFY(m_rig.ctl({u"revoke"_s, u"old-registry"_s, u"--yes"_s}).ok());
        const qint64 expiresAt = QDateTime::currentMSecsSinceEpoch() + 1500;
        m_expired = m_rig.createToken(u"brief"_s, expiresAt);
        QVERIFY(m_expired.startsWith("pat_"));
        QVERIFY(m_rig.cacheValue(m_expired));
        QVERIFY(m_rig.ctl({u"tokens"_s}).ok()); // the list Latchkey keeps names "brief"
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > expiresAt, 10000);

        QVERIFY(write(u".npmrc"_s, "//registry.example.com/:_authToken=" + m_active + "\n"));
        QVERIFY(write(u".bash_history"_s, "ls\nexport OLD=" + m_revoked + "\n"));
        QVERIFY(write(u".zshrc"_s, "export T=" + m_expired + "\n"));
        QVERIFY(
            write(u"proj/.env"_s, "# settings\nA=1\n\nB=2\nC=3\n\nLOGTO_PAT=" + m_active + "\n"));
        QVERIFY(write(u"proj/.env.local"_s, "GITHUB_TOKEN=" + m_github + "\n"));
    }

    void findsEveryCopyWithItsPlace()
    {
        // The project is one of the places in Settings for this run.
        const CtlRun run = m_rig.ctl({u"where"_s, u"--json"_s, u"--path"_s, m_home.path()});
        QCOMPARE(run.exitCode, 1); // a revoked and an expired token are still in files
        verifyNoValue(run);
        const QJsonObject answer = run.object();
        QStringList found;
        for (const QJsonValue &finding : answer[u"findings"_s].toArray()) {
            const QJsonObject f = finding.toObject();
            found.append(u"%1:%2:%3 %4 %5"_s.arg(f[u"path"_s].toString().mid(m_home.path().size()))
                             .arg(f[u"line"_s].toInt())
                             .arg(f[u"column"_s].toInt())
                             .arg(f[u"state"_s].toString(),
                                  f[u"token"_s].isNull() ? f[u"format"_s].toString()
                                                         : f[u"token"_s][u"name"_s].toString()));
        }
        found.sort();
        QCOMPARE(found,
                 (QStringList{u"/.bash_history:2:12 revoked old-registry"_s,
                              u"/.npmrc:1:36 active ci-deploy"_s, u"/.zshrc:1:10 expired brief"_s,
                              u"/proj/.env.local:1:14 unknown github-classic"_s,
                              u"/proj/.env:7:11 active ci-deploy"_s}));
        const QJsonObject first = answer[u"findings"_s].toArray().first().toObject();
        QCOMPARE(QStringList(first.keys()),
                 (QStringList{u"column"_s, u"fingerprint"_s, u"format"_s, u"line"_s, u"path"_s,
                              u"state"_s, u"token"_s}));
        QVERIFY(answer[u"filesRead"_s].toInt() >= 5);
    }

    void theDefaultPlacesAreTheHomeFolders()
    {
        const CtlRun run = m_rig.ctl({u"where"_s});
        QCOMPARE(run.exitCode, 1);
        verifyNoValue(run);
        // Text: ~-relative places, which token, and the state.
        QVERIFY2(run.out.contains("~/.npmrc:1:36  \"ci-deploy\" on " + m_rig.profile().toUtf8()),
                 run.out.constData());
        QVERIFY(run.out.contains("~/.bash_history:2:12  \"old-registry\" on " +
                                 m_rig.profile().toUtf8() + " (revoked)"));
        QVERIFY(run.out.contains("~/.zshrc:1:10  \"brief\" on " + m_rig.profile().toUtf8() +
                                 " (expired)"));
        // The project is not a default place.
        QVERIFY(!run.out.contains("proj/"));
        QVERIFY(run.err.contains("revoked or expired"));
    }

    void aNameNarrowsTheAnswer()
    {
        const CtlRun active = m_rig.ctl({u"where"_s, u"ci-deploy"_s, u"--path"_s, m_home.path()});
        QCOMPARE(active.exitCode, 0);
        QCOMPARE(active.out.count('\n'), 2);
        QVERIFY(active.out.contains("proj/.env:7:11"));
        const CtlRun revoked =
            m_rig.ctl({u"where"_s, u"old-registry"_s, u"--path"_s, m_home.path()});
        QCOMPARE(revoked.exitCode, 1);
        QCOMPARE(revoked.out.count('\n'), 1);
        const CtlRun unknown = m_rig.ctl({u"where"_s, u"no-such-token"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.oneErrorLine());
    }

    void aPathNarrowsTheScan()
    {
        const CtlRun run =
            m_rig.ctl({u"where"_s, u"--path"_s, m_home.filePath(u"proj"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0); // only a live and an unknown token there
        QCOMPARE(run.object()[u"findings"_s].toArray().size(), 2);
        QCOMPARE(run.object()[u"filesRead"_s].toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCtlWhere)
#include "tst_ctlwhere.moc"
