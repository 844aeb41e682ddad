// Tests KeychainSecretStore (against the real gnome-keyring of the test
// session) and MemorySecretStore through the same SecretStore interface.
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/memorysecretstore.h"
#include "tests/support/awaitkeychain.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;
using namespace latchkey::test;
using Status = SecretStore::Outcome::Status;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SecretStore> makeStore(const QString &kind)
    {
        if (kind == u"keychain"_s)
            return std::make_unique<KeychainSecretStore>(
                u"latchkey-tst_secretstore-%1-%2"_s.arg(QCoreApplication::applicationPid())
                    .arg(++m_counter));
        return std::make_unique<MemorySecretStore>();
    }

    SecretStore::Outcome write(SecretStore &store, const QString &key, const QByteArray &value)
    {
        return awaitOutcome(
            [&](QObject *c, auto done) { store.write(key, SecretBytes(value), c, done); });
    }

    std::pair<SecretStore::Outcome, QByteArray> read(SecretStore &store, const QString &key)
    {
        return awaitSecret([&](QObject *c, auto done) { store.read(key, c, done); });
    }

    SecretStore::Outcome remove(SecretStore &store, const QString &key)
    {
        return awaitOutcome([&](QObject *c, auto done) { store.remove(key, c, done); });
    }

    int m_counter = 0;

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("keychain") << u"keychain"_s;
        QTest::newRow("memory") << u"memory"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, kind);
        auto store = makeStore(kind);
        const QString key = u"token/https://tenant.example/abc"_s;

        auto [missing, none] = read(*store, key);
        QCOMPARE(missing.status, Status::NotFound);
        QVERIFY(!missing.message.isEmpty());
        QVERIFY(none.isEmpty());

        QCOMPARE(write(*store, key, "pat_first"_ba).status, Status::Ok);
        auto [found, value] = read(*store, key);
        QCOMPARE(found.status, Status::Ok);
        QCOMPARE(value, "pat_first"_ba);

        // Binary data survives (the index entries are text, secrets may not be).
        const QByteArray binary("\x00\xff\x01 pat\n\xe2\x80\xa2", 10);
        QCOMPARE(write(*store, key, binary).status, Status::Ok);
        QCOMPARE(read(*store, key).second, binary);

        QCOMPARE(remove(*store, key).status, Status::Ok);
        QCOMPARE(read(*store, key).first.status, Status::NotFound);
    }

    void keysAreIndependent_data() { roundTrip_data(); }
    void keysAreIndependent()
    {
        QFETCH(QString, kind);
        auto store = makeStore(kind);
        QCOMPARE(write(*store, u"a"_s, "one"_ba).status, Status::Ok);
        QCOMPARE(write(*store, u"b"_s, "two"_ba).status, Status::Ok);
        QCOMPARE(read(*store, u"a"_s).second, "one"_ba);
        QCOMPARE(read(*store, u"b"_s).second, "two"_ba);
        QCOMPARE(remove(*store, u"a"_s).status, Status::Ok);
        QCOMPARE(read(*store, u"b"_s).second, "two"_ba);
        QCOMPARE(remove(*store, u"b"_s).status, Status::Ok);
    }

    void servicesAreSeparate()
    {
        auto first = makeStore(u"keychain"_s);
        auto second = makeStore(u"keychain"_s);
        QCOMPARE(write(*first, u"same-key"_s, "first"_ba).status, Status::Ok);
        QCOMPARE(read(*second, u"same-key"_s).first.status, Status::NotFound);
        QCOMPARE(remove(*first, u"same-key"_s).status, Status::Ok);
    }

    void callbackIsAsynchronous_data() { roundTrip_data(); }
    void callbackIsAsynchronous()
    {
        QFETCH(QString, kind);
        auto store = makeStore(kind);
        bool called = false;
        store->write(u"k"_s, SecretBytes("v"_ba), this,
                     [&](SecretStore::Outcome) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(remove(*store, u"k"_s).status, Status::Ok);
    }

    void noCallbackAfterContextDied_data() { roundTrip_data(); }
    void noCallbackAfterContextDied()
    {
        QFETCH(QString, kind);
        auto store = makeStore(kind);
        bool called = false;
        auto *context = new QObject;
        store->read(u"nothing"_s, context,
                    [&](SecretStore::Outcome, SecretBytes) { called = true; });
        delete context;
        // A second read on a live context finishing (and what it queued running) proves the
        // first one had time to: a store answers in the order it was asked.
        auto [outcome, value] = read(*store, u"nothing"_s);
        QCOMPARE(outcome.status, Status::NotFound);
        QVERIFY(!called);
    }

    void probeFindsTheKeyring()
    {
        const SecretStore::Outcome result = awaitOutcome([](QObject *c, auto done) {
            KeychainSecretStore::probe(
                c, done,
                u"latchkey-tst_secretstore-probe-%1"_s.arg(QCoreApplication::applicationPid()));
        });
        QCOMPARE(result.status, Status::Ok);
        QVERIFY(result.message.isEmpty());
    }

    void memoryStoreIsWiped()
    {
        auto store = std::make_unique<MemorySecretStore>();
        QCOMPARE(write(*store, u"x"_s, "secret"_ba).status, Status::Ok);
        QCOMPARE(store->size(), 1);
        QCOMPARE(remove(*store, u"x"_s).status, Status::Ok);
        QCOMPARE(store->size(), 0);
        QCOMPARE(remove(*store, u"x"_s).status, Status::NotFound);
    }

    void messagesAreSentences()
    {
        for (auto status : {Status::NotFound, Status::NoBackend, Status::Locked,
                            Status::AccessDenied, Status::Failed})
            QVERIFY(SecretStore::messageFor(status).endsWith(u'.'));
        QVERIFY(SecretStore::messageFor(Status::Locked).contains(u"locked"_s));
        QVERIFY(SecretStore::messageFor(Status::Ok).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
