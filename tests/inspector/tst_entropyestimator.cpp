// Tests for EntropyEstimator: character classes, Shannon entropy and placeholder detection.
#include "model/inspector/entropyestimator.h"

#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace latchkey;

class TestEntropyEstimator : public QObject
{
    Q_OBJECT

private slots:
    void entropy_data();
    void entropy();
    void placeholders_data();
    void placeholders();
};

void TestEntropyEstimator::entropy_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("bitsPerCharacter");
    QTest::addColumn<QStringList>("classes");
    // Shannon entropy of the observed distribution: n distinct, equally frequent
    // characters give log2(n) bits each.
    QTest::newRow("one symbol") << "aaaa"_ba << 0.0 << QStringList{u"lower-case letters"_s};
    QTest::newRow("two symbols") << "abab"_ba << 1.0 << QStringList{u"lower-case letters"_s};
    QTest::newRow("16 distinct") << "0123456789ABCDEF"_ba << 4.0
                                 << QStringList{u"upper-case letters"_s, u"digits"_s};
    QTest::newRow("mixed") << "aB3$ aB3$"_ba << std::log2(9.0) - (4 * 2 * std::log2(2.0)) / 9.0
                           << QStringList{u"lower-case letters"_s, u"upper-case letters"_s,
                                          u"digits"_s, u"symbols"_s, u"spaces"_s};
    QTest::newRow("non-ASCII") << "\xc3\xa9"_ba << 1.0 << QStringList{u"non-ASCII bytes"_s};
    QTest::newRow("empty") << ""_ba << 0.0 << QStringList{};
}

void TestEntropyEstimator::entropy()
{
    QFETCH(QByteArray, text);
    QFETCH(double, bitsPerCharacter);
    QFETCH(QStringList, classes);
    const EntropyReport report = EntropyEstimator::estimate(text);
    QCOMPARE(report.length, text.size());
    QVERIFY2(std::fabs(report.bitsPerCharacter - bitsPerCharacter) < 1e-9,
             qPrintable(QString::number(report.bitsPerCharacter)));
    QVERIFY(std::fabs(report.totalBits - bitsPerCharacter * double(text.size())) < 1e-9);
    QCOMPARE(report.characterClasses, classes);
}

void TestEntropyEstimator::placeholders_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("placeholder");
    for (const char *p : {"xxxxxxxx",
                          "XXXX-XXXX",
                          "ghp_...",
                          "<token>",
                          "<YOUR TOKEN>",
                          "${API_TOKEN}",
                          "{{ secrets.TOKEN }}",
                          "[REDACTED]",
                          "your-token-here",
                          "YOUR_API_KEY",
                          "insert-your-key-here",
                          "changeme",
                          "CHANGEME",
                          "TODO",
                          "fixme",
                          "placeholder",
                          "dummy",
                          "redacted",
                          "token",
                          "aaaaaa",
                          "0000000000000000",
                          "abababababab",
                          "AKIAIOSFODNN7EXAMPLE",
                          ""})
        QTest::newRow(*p ? p : "empty") << QByteArray(p) << true;
    for (const char *p : {"q8Zr2LmT5vXw9KcP3nBy7HdJ", "pat_3kD9sLq0ZmX7vB2nC4tY8wR1eU6iO5pA",
                          "correct horse battery staple", "aaaaab", "tokenizer-v2"})
        QTest::newRow(p) << QByteArray(p) << false;
}

void TestEntropyEstimator::placeholders()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, placeholder);
    const QString reason = EntropyEstimator::placeholderReason(text);
    QVERIFY2(reason.isEmpty() != placeholder, qPrintable(reason));
    QCOMPARE(EntropyEstimator::estimate(text).isPlaceholder(), placeholder);
}

QTEST_GUILESS_MAIN(TestEntropyEstimator)
#include "tst_entropyestimator.moc"
