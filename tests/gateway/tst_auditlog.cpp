// Tests AuditLog: one compact JSON object per line, only the fields of its action, and
// names with quotes, newlines or control characters kept on one line.
#include "app/gateway/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void createLine()
    {
        QList<QByteArray> lines;
        AuditLog log([&lines](const QByteArray &line) { lines.append(line); });
        AuditRecord r;
        r.time = QDateTime::fromMSecsSinceEpoch(1'800'000'000'123, Qt::UTC);
        r.requestId = u"req-1"_s;
        r.userId = u"u1"_s;
        r.action = u"create"_s;
        r.tokenName = u"ci \"deploy\"\nline two\x01"_s;
        r.fingerprint = QByteArray(64, 'a');
        r.status = 201;
        r.clientAddress = u"192.0.2.7"_s;
        log.write(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines[0].endsWith('\n'));
        QCOMPARE(lines[0].count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(o.value(u"time"_s).toString(), u"2027-01-15T08:00:00.123Z"_s);
        QCOMPARE(o.value(u"tokenName"_s).toString(), r.tokenName);
        QCOMPARE(o.value(u"fingerprint"_s).toString(), QString(64, u'a'));
        QCOMPARE(o.value(u"result"_s).toString(), u"ok"_s);
        QVERIFY(o.value(u"code"_s).isNull());
        QVERIFY(!o.contains(u"newName"_s));
    }

    void resultFollowsTheStatus()
    {
        AuditRecord r;
        r.action = u"rename"_s;
        r.newName = u"new"_s;
        r.status = 422;
        r.code = u"gateway.policy_violation"_s;
        QJsonObject o = QJsonDocument::fromJson(AuditLog::line(r)).object();
        QCOMPARE(o.value(u"result"_s).toString(), u"refused"_s);
        QCOMPARE(o.value(u"newName"_s).toString(), u"new"_s);
        QVERIFY(!o.contains(u"fingerprint"_s));
        QVERIFY(o.value(u"userId"_s).isNull());
        r.status = 504;
        o = QJsonDocument::fromJson(AuditLog::line(r)).object();
        QCOMPARE(o.value(u"result"_s).toString(), u"failed"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
