// Tests LogRedactor: no credential survives a log line.
#include "net/logredactor.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

class TestLogRedactor : public QObject
{
    Q_OBJECT

private slots:
    void redacts_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authorization header")
            << u"Authorization: Basic YXBwOnNlY3JldA=="_s << u"YXBwOnNlY3JldA=="_s;
        QTest::newRow("bearer anywhere")
            << u"sent Bearer abc.def-ghi_123 to server"_s << u"abc.def-ghi_123"_s;
        QTest::newRow("json value")
            << u"{\"name\":\"ci\",\"value\":\"s3cr3t\\\"x\"}"_s << u"s3cr3t"_s;
        QTest::newRow("json access_token")
            << u"{\"access_token\": \"t0kSecret\", \"expires_in\": 3600}"_s << u"t0kSecret"_s;
        QTest::newRow("form client_secret")
            << u"grant_type=x&client_secret=hunter2&scope=all"_s << u"hunter2"_s;
        QTest::newRow("form subject_token")
            << u"subject_token=pat_abc123&resource=x"_s << u"abc123"_s;
        QTest::newRow("bare pat") << u"token pat_AbC0123456789xyzAbC0123456789xy leaked"_s
                                  << u"AbC0123456789xyz"_s;
        QTest::newRow("bare jwt") << u"got eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl"_s
                                  << u"c2lnbmF0dXJl"_s;
    }

    void redacts()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString redacted = LogRedactor::redact(line);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(u"redacted"_s), qPrintable(redacted));
    }

    void keepsOrdinaryLines()
    {
        const QString line =
            u"GET /api/users/abc123def456/personal-access-tokens -> 200 (attempt 1, 12 ms)"_s;
        QCOMPARE(LogRedactor::redact(line), line);
    }
};

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_logredactor.moc"
