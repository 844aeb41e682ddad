// Tests TokenFingerprint against known SHA-256 vectors.
#include "net/tokenfingerprint.h"

#include <QCryptographicHash>
#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

class TestTokenFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void knownVector()
    {
        QCOMPARE(TokenFingerprint::of("abc"),
                 "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba);
    }

    void matchesQtSha256ForPatValues()
    {
        const QByteArray pat = "pat_0123456789abcdefghijABCDEFGHIJkl"_ba;
        const QByteArray fingerprint = TokenFingerprint::of(pat);
        QCOMPARE(fingerprint.size(), 64);
        QCOMPARE(fingerprint, QCryptographicHash::hash(pat, QCryptographicHash::Sha256).toHex());
        QCOMPARE(fingerprint, fingerprint.toLower());
    }

    void emptyValueHasNoFingerprint() { QVERIFY(TokenFingerprint::of({}).isEmpty()); }

    void hintIsLastFourCharacters()
    {
        QCOMPARE(TokenFingerprint::hintOf("pat_0123456789abcdefghijABCDEFGHIJkl"), u"IJkl"_s);
        QCOMPARE(TokenFingerprint::hintOf("ab"), u"ab"_s);
        QCOMPARE(TokenFingerprint::hintOf({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestTokenFingerprint)
#include "tst_tokenfingerprint.moc"
