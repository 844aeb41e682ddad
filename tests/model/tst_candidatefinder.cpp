// Tests CandidateFinder: where a candidate starts (word starts only), where it
// ends (its format's body characters, no trailing full stop), the shortest
// bodies, and that the longer prefix wins (github_pat_ over nothing, xoxe.xoxb-).
#include "model/scan/candidatefinder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
const QByteArray kPat = "pat_" + QByteArray(32, 'a');
const QByteArray kJwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl";
} // namespace

class TestCandidateFinder : public QObject
{
    Q_OBJECT

private slots:
    void finds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<qsizetype>>("offsets");
        QTest::addColumn<QList<qsizetype>>("lengths");

        QTest::newRow("alone") << kPat << QList<qsizetype>{0} << QList<qsizetype>{36};
        QTest::newRow("after =") << "LOGTO_PAT=" + kPat << QList<qsizetype>{10}
                                 << QList<qsizetype>{36};
        QTest::newRow("after _") << "MY_" + kPat << QList<qsizetype>{3} << QList<qsizetype>{36};
        QTest::newRow("inside a word") << "x" + kPat << QList<qsizetype>{} << QList<qsizetype>{};
        QTest::newRow("full stop after")
            << "use " + kPat + ". Then" << QList<qsizetype>{4} << QList<qsizetype>{36};
        QTest::newRow("body runs on")
            << kPat + "bcd" << QList<qsizetype>{0} << QList<qsizetype>{39};
        QTest::newRow("stops at a foreign char")
            << kPat + "_x" << QList<qsizetype>{0} << QList<qsizetype>{36};
        QTest::newRow("too short")
            << QByteArray("pat_short and pat_") << QList<qsizetype>{} << QList<qsizetype>{};
        // A known token is found by fingerprint, so a short body is still looked at.
        QTest::newRow("short body")
            << QByteArray("pat_abcdefghij") << QList<qsizetype>{0} << QList<qsizetype>{14};
        QTest::newRow("two on a line")
            << kPat + " " + kPat << QList<qsizetype>{0, 37} << QList<qsizetype>{36, 36};
        QTest::newRow("jwt is one candidate")
            << "Bearer " + kJwt + "." << QList<qsizetype>{7} << QList<qsizetype>{kJwt.size()};
        QTest::newRow("fine-grained github")
            << "github_pat_" + QByteArray(82, 'b') << QList<qsizetype>{0} << QList<qsizetype>{93};
        QTest::newRow("slack config token")
            << QByteArray("xoxe.xoxb-1-abcdefghij") << QList<qsizetype>{0} << QList<qsizetype>{22};
        QTest::newRow("quoted json")
            << "{\"t\":\"" + kPat + "\"}" << QList<qsizetype>{6} << QList<qsizetype>{36};
        QTest::newRow("end of text")
            << "x=" + kPat.left(35) << QList<qsizetype>{2} << QList<qsizetype>{35};
        QTest::newRow("empty") << QByteArray() << QList<qsizetype>{} << QList<qsizetype>{};
    }

    void finds()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<qsizetype>, offsets);
        QFETCH(QList<qsizetype>, lengths);
        CandidateFinder finder;
        QList<qsizetype> gotOffsets, gotLengths;
        finder.find(text, [&](const CandidateFinder::Candidate &c) {
            gotOffsets.append(c.offset);
            gotLengths.append(c.length);
        });
        QCOMPARE(gotOffsets, offsets);
        QCOMPARE(gotLengths, lengths);
    }

    void namesTheFormatOfThePrefix()
    {
        CandidateFinder finder;
        QList<TokenFormat> formats;
        finder.find("a " + kPat + " b npm_" + QByteArray(36, 'n') + " " + kJwt,
                    [&](const CandidateFinder::Candidate &c) { formats.append(c.format); });
        QCOMPARE(formats,
                 (QList<TokenFormat>{TokenFormat::LogtoPat, TokenFormat::Npm, TokenFormat::Jws}));
    }
};

QTEST_GUILESS_MAIN(TestCandidateFinder)
#include "tst_candidatefinder.moc"
