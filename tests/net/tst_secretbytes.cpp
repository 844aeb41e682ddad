#include "net/secretbytes.h"

#include <QTest>

using namespace latchkey;

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void wipesOnClear()
    {
        SecretBytes secret(QByteArray("pat_0123456789abcdefghijABCDEFGHIJ01"));
        QCOMPARE(secret.bytes(), QByteArray("pat_0123456789abcdefghijABCDEFGHIJ01"));
        secret.clear();
        QVERIFY(secret.isEmpty());
    }

    void moveLeavesSourceEmpty()
    {
        SecretBytes a(QByteArray("abc"));
        SecretBytes b(std::move(a));
        QVERIFY(a.isEmpty());
        QCOMPARE(b.bytes(), QByteArray("abc"));
        SecretBytes c;
        c = std::move(b);
        QVERIFY(b.isEmpty());
        QCOMPARE(c.bytes(), QByteArray("abc"));
    }

    void cloneIsIndependent()
    {
        SecretBytes a(QByteArray("abc"));
        SecretBytes b = a.clone();
        QVERIFY(a == b);
        QVERIFY(a.bytes().constData() != b.bytes().constData());
        a.clear();
        QCOMPARE(b.bytes(), QByteArray("abc"));
        QVERIFY(!(a == b));
    }

    void sharedStorageIsNotWipedForOthers()
    {
        QByteArray shared("keep-me");
        QByteArray other = shared; // implicitly shared
        SecretBytes::wipe(other);
        QVERIFY(other.isEmpty());
        QCOMPARE(shared, QByteArray("keep-me"));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
