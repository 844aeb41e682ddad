// Tests for InputNormalizer: what is stripped from pasted text, and that each removal is reported.
#include "model/inspector/inputnormalizer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

class TestInputNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
};

void TestInputNormalizer::normalize_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QStringList>("findings");
    const QString ws = u"Removed whitespace around the token."_s;
    const QString quotes = u"Removed quotes around the token."_s;
    const QString bearer = u"Removed a \"Bearer\" prefix."_s;
    const QString header = u"Removed an \"Authorization:\" header name."_s;
    const QString breaks = u"Removed line breaks inside the token."_s;

    QTest::newRow("clean") << "abc"_ba
                           << "abc"_ba << QStringList{};
    QTest::newRow("empty") << ""_ba
                           << ""_ba << QStringList{};
    QTest::newRow("only whitespace") << " \t\n"_ba
                                     << ""_ba << QStringList{ws};
    QTest::newRow("trailing newline") << "abc\n"_ba
                                      << "abc"_ba << QStringList{ws};
    QTest::newRow("double quotes") << "\"abc\""_ba
                                   << "abc"_ba << QStringList{quotes};
    QTest::newRow("single quotes") << "'abc'"_ba
                                   << "abc"_ba << QStringList{quotes};
    QTest::newRow("backticks") << "`abc`"_ba
                               << "abc"_ba << QStringList{quotes};
    QTest::newRow("mismatched quotes stay") << "\"abc'"_ba
                                            << "\"abc'"_ba << QStringList{};
    QTest::newRow("lone quote stays") << "\""_ba
                                      << "\""_ba << QStringList{};
    QTest::newRow("nested quotes") << "\"'abc'\""_ba
                                   << "abc"_ba << QStringList{quotes};
    QTest::newRow("Bearer") << "Bearer abc"_ba
                            << "abc"_ba << QStringList{bearer};
    QTest::newRow("bearer tab") << "bearer\tabc"_ba
                                << "abc"_ba << QStringList{bearer};
    QTest::newRow("Bearer alone stays") << "Bearer"_ba
                                        << "Bearer"_ba << QStringList{};
    QTest::newRow("Bearertoken stays") << "Bearerabc"_ba
                                       << "Bearerabc"_ba << QStringList{};
    QTest::newRow("header") << "Authorization: Bearer abc"_ba
                            << "abc"_ba << QStringList{header, bearer};
    QTest::newRow("header without space") << "authorization:abc"_ba
                                          << "abc"_ba << QStringList{header};
    QTest::newRow("quoted header value") << "  AUTHORIZATION: Bearer \"abc\"\r\n"_ba
                                         << "abc"_ba << QStringList{ws, header, bearer, quotes};
    QTest::newRow("quoted whole header") << "\"Authorization: Bearer abc\""_ba
                                         << "abc"_ba << QStringList{quotes, header, bearer};
    QTest::newRow("wrapped") << "ab\ncd\r\nef"_ba
                             << "abcdef"_ba << QStringList{breaks};
    QTest::newRow("inner spaces stay") << "ab cd"_ba
                                       << "ab cd"_ba << QStringList{};
}

void TestInputNormalizer::normalize()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, token);
    QFETCH(QStringList, findings);
    const NormalizedInput result = InputNormalizer::normalize(input);
    QCOMPARE(result.token.bytes(), token);
    QStringList messages;
    for (const Finding &f : result.findings) {
        QCOMPARE(f.severity, Severity::Info);
        messages.append(f.message);
    }
    QCOMPARE(messages, findings);
}

QTEST_GUILESS_MAIN(TestInputNormalizer)
#include "tst_inputnormalizer.moc"
