// Tests "latchkeyctl note" against the sandbox: set, show, replace and clear a
// note; the "note" field of "tokens --json"; the note following a rename and a
// rotation ("expire"); --user; usage errors; a malformed notes file refused and
// left as it is.
#include "tests/app/ctlrig.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using latchkey::test::CtlRig;
using latchkey::test::CtlRun;

class TestCtlNote : public QObject
{
    Q_OBJECT

private:
    CtlRig m_rig;

    QJsonValue noteInList(const QString &name, const QStringList &extra = {})
    {
        const CtlRun run = m_rig.ctl(QStringList{u"tokens"_s, u"--json"_s} + extra);
        for (const QJsonValue &token : run.array()) {
            if (token[u"name"_s].toString() == name)
                return token.toObject().value(u"note"_s);
        }
        return QJsonValue::Undefined;
    }

    QString notesFile() const
    {
        return QDir(m_rig.home()).filePath(u"data/Latchkey/Latchkey/token-notes.json"_s);
    }

private slots:
    void initTestCase() { QVERIFY(m_rig.start()); }

    void roundTrip()
    {
        QVERIFY(m_rig.ctl({u"create"_s, u"deploy"_s, u"--expires"_s, u"30"_s}).ok());
        // No note yet: null in the list, nothing printed.
        QCOMPARE(noteInList(u"deploy"_s), QJsonValue(QJsonValue::Null));
        CtlRun shown = m_rig.ctl({u"note"_s, u"deploy"_s});
        QVERIFY2(shown.ok(), shown.err.constData());
        QVERIFY(shown.out.isEmpty());

        const CtlRun set = m_rig.ctl({u"note"_s, u"deploy"_s, u"Used by the Jenkins deploy job"_s});
        QVERIFY2(set.ok(), set.err.constData());
        QCOMPARE(set.out.trimmed(), QByteArray("Saved the note on \"deploy\"."));
        shown = m_rig.ctl({u"note"_s, u"deploy"_s});
        QCOMPARE(shown.out.trimmed(), QByteArray("Used by the Jenkins deploy job"));
        QCOMPARE(noteInList(u"deploy"_s).toString(), u"Used by the Jenkins deploy job"_s);
        const CtlRun json = m_rig.ctl({u"note"_s, u"deploy"_s, u"--json"_s});
        QCOMPARE(json.object()[u"note"_s].toString(), u"Used by the Jenkins deploy job"_s);
        QVERIFY(QFile::exists(notesFile()));

        // A rename keeps it, a rotation (a new token) carries it over.
        QVERIFY(m_rig.ctl({u"rename"_s, u"deploy"_s, u"deploy (eu)"_s}).ok());
        QCOMPARE(noteInList(u"deploy (eu)"_s).toString(), u"Used by the Jenkins deploy job"_s);
        const CtlRun rotated = m_rig.ctl({u"expire"_s, u"deploy (eu)"_s, u"60"_s});
        QVERIFY2(rotated.ok(), rotated.err.constData());
        QCOMPARE(noteInList(u"deploy (eu)"_s).toString(), u"Used by the Jenkins deploy job"_s);

        // Replaced, then cleared.
        QVERIFY(m_rig.ctl({u"note"_s, u"deploy (eu)"_s, u"EU only"_s}).ok());
        QCOMPARE(noteInList(u"deploy (eu)"_s).toString(), u"EU only"_s);
        const CtlRun cleared = m_rig.ctl({u"note"_s, u"deploy (eu)"_s, u"--clear"_s});
        QVERIFY2(cleared.ok(), cleared.err.constData());
        QCOMPARE(cleared.out.trimmed(), QByteArray("Removed the note on \"deploy (eu)\"."));
        QCOMPARE(noteInList(u"deploy (eu)"_s), QJsonValue(QJsonValue::Null));
    }

    void notesAreKeptPerUser()
    {
        const QString other = m_rig.createUser(u"note_user"_s);
        QVERIFY(!other.isEmpty());
        QVERIFY(m_rig.createToken(u"shared name"_s, {}, other).startsWith("pat_"));
        QVERIFY(m_rig.ctl({u"create"_s, u"shared name"_s}).ok());
        QVERIFY(m_rig.ctl({u"note"_s, u"shared name"_s, u"theirs"_s, u"--user"_s, other}).ok());
        QCOMPARE(noteInList(u"shared name"_s, {u"--user"_s, other}).toString(), u"theirs"_s);
        QCOMPARE(noteInList(u"shared name"_s), QJsonValue(QJsonValue::Null));
    }

    void usageAndMissingToken()
    {
        const CtlRun both = m_rig.ctl({u"note"_s, u"deploy (eu)"_s, u"text"_s, u"--clear"_s});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.oneErrorLine());
        const CtlRun missing = m_rig.ctl({u"note"_s, u"no such token"_s, u"text"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.oneErrorLine());
        QVERIFY(missing.err.contains("no such token"));
        const CtlRun tooMany = m_rig.ctl({u"note"_s, u"a"_s, u"b"_s, u"c"_s});
        QCOMPARE(tooMany.exitCode, 2);
    }

    void malformedFileIsRefusedAndKept()
    {
        QVERIFY(m_rig.ctl({u"note"_s, u"deploy (eu)"_s, u"before"_s}).ok());
        QFile file(notesFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QByteArray broken = "{\"version\": 1, \"notes\": [ {\"endpoint\": ";
        file.write(broken);
        file.close();
        const CtlRun refused = m_rig.ctl({u"note"_s, u"deploy (eu)"_s, u"after"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.oneErrorLine());
        QVERIFY2(refused.err.contains("token-notes.json"), refused.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
        file.close();
        // The token list still works, and says why notes are missing.
        const CtlRun listed = m_rig.ctl({u"tokens"_s, u"--json"_s});
        QVERIFY(listed.ok());
        QVERIFY(listed.err.contains("token-notes.json"));
        QVERIFY(QFile::remove(notesFile()));
    }
};

QTEST_GUILESS_MAIN(TestCtlNote)
#include "tst_ctlnote.moc"
