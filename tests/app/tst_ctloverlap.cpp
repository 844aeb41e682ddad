// Tests "latchkeyctl expire --keep-old" against the sandbox: the new value printed,
// the old one still working under its replaced name and shown as such by "tokens",
// bad durations refused before anything changes, and the next command after the
// overlap revoking the old value, with a notice.
#include "tests/app/ctlrig.h"

#include <QDate>
#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using latchkey::test::CtlRig;
using latchkey::test::CtlRun;

class TestCtlOverlap : public QObject
{
    Q_OBJECT

private:
    CtlRig m_rig;

    QJsonObject listed(const QString &name)
    {
        const CtlRun run = m_rig.ctl({u"tokens"_s, u"--json"_s});
        for (const QJsonValue &token : run.array()) {
            if (token[u"name"_s].toString() == name)
                return token.toObject();
        }
        return {};
    }

    static QString asideName(const QString &name)
    {
        return u"%1 (replaced %2)"_s.arg(name, QDate::currentDate().toString(Qt::ISODate));
    }

private slots:
    void initTestCase() { QVERIFY(m_rig.start()); }

    void badDurationChangesNothing_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::newRow("no unit") << u"5"_s;
        QTest::newRow("unknown unit") << u"2w"_s;
        QTest::newRow("too long") << u"31d"_s;
        QTest::newRow("negative") << u"-1h"_s;
    }

    void badDurationChangesNothing()
    {
        QFETCH(QString, duration);
        const QString name = u"bad overlap %1"_s.arg(QLatin1StringView(QTest::currentDataTag()));
        QVERIFY(m_rig.ctl({u"create"_s, name, u"--expires"_s, u"30"_s}).ok());
        const QByteArray fingerprint = listed(name)[u"fingerprint"_s].toString().toLatin1();
        const CtlRun run = m_rig.ctl({u"expire"_s, name, u"60"_s, u"--keep-old"_s, duration});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(listed(name)[u"fingerprint"_s].toString().toLatin1(), fingerprint);
    }

    void oldValueWorksThenTheNextCommandRevokesIt()
    {
        const QString name = u"ci deploy"_s;
        const CtlRun created = m_rig.ctl({u"create"_s, name, u"--expires"_s, u"30"_s});
        QVERIFY2(created.ok(), created.err.constData());
        const QByteArray oldValue = created.out.trimmed();

        const CtlRun rotated =
            m_rig.ctl({u"expire"_s, name, u"60"_s, u"--keep-old"_s, u"3s"_s, u"--json"_s});
        QVERIFY2(rotated.ok(), rotated.err.constData());
        const QJsonObject answer = rotated.object();
        QVERIFY(answer[u"value"_s].toString().startsWith(u"pat_"_s));
        QVERIFY(answer[u"value"_s].toString().toLatin1() != oldValue);
        QCOMPARE(answer[u"oldName"_s].toString(), asideName(name));
        const QDateTime revokeAt =
            QDateTime::fromString(answer[u"oldRevokedAt"_s].toString(), Qt::ISODate);
        QVERIFY(revokeAt.isValid());
        QVERIFY(qAbs(revokeAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY2(rotated.err.contains("keeps working as \"" + asideName(name).toUtf8()),
                 rotated.err.constData());

        // Both are listed: the old one as replaced, with its revocation time.
        const QJsonObject old = listed(asideName(name));
        QCOMPARE(old[u"status"_s].toString(), u"replaced"_s);
        QCOMPARE(QDateTime::fromString(old[u"revokeAt"_s].toString(), Qt::ISODate), revokeAt);
        QCOMPARE(listed(name)[u"revokeAt"_s], QJsonValue(QJsonValue::Null));
        // The old value still opens the old token (the keychain still has it too).
        const CtlRun copied = m_rig.ctl({u"copy"_s, asideName(name)});
        QVERIFY2(copied.ok(), copied.err.constData());
        QCOMPARE(copied.out.trimmed(), oldValue);

        // Once the overlap is over, whatever command comes next revokes it first.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > revokeAt, 10000);
        const CtlRun next = m_rig.ctl({u"tokens"_s});
        QVERIFY2(next.ok(), next.err.constData());
        QVERIFY2(next.err.contains("The old value of \"ci deploy\" was revoked as planned."),
                 next.err.constData());
        QVERIFY(!next.out.contains("(replaced"));
        QVERIFY(listed(asideName(name)).isEmpty());
        QVERIFY(!listed(name).isEmpty());
        // Said once: the plan is gone.
        QVERIFY(!m_rig.ctl({u"tokens"_s}).err.contains("revoked as planned"));
    }
};

QTEST_GUILESS_MAIN(TestCtlOverlap)
#include "tst_ctloverlap.moc"
