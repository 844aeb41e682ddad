// Tests KeychainSecretStore and TokenCache while the login collection of the
// test session's gnome-keyring is locked. Runs alone (RUN_SERIAL): locking the
// collection would fail every other keychain test running at the same time.
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "net/tokenfingerprint.h"
#include "tests/support/awaitkeychain.h"
#include "tests/support/testkeyring.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;
using namespace latchkey::test;
using Status = SecretStore::Outcome::Status;

class TestKeychainLocked : public QObject
{
    Q_OBJECT

private:
    const QString m_endpoint = u"https://locked.example"_s;
    KeychainSecretStore m_secrets{
        u"latchkey-tst_keychainlocked-%1"_s.arg(QCoreApplication::applicationPid())};

    SecretStore::Outcome write(const QString &key, const QByteArray &value)
    {
        return awaitOutcome(
            [&](QObject *c, auto done) { m_secrets.write(key, SecretBytes(value), c, done); });
    }

    SecretStore::Outcome read(const QString &key)
    {
        return awaitSecret([&](QObject *c, auto done) { m_secrets.read(key, c, done); }).first;
    }

    SecretStore::Outcome remove(const QString &key)
    {
        return awaitOutcome([&](QObject *c, auto done) { m_secrets.remove(key, c, done); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("LATCHKEY_TEST_KEYRING_PASSWORD"));
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(!TestKeyring::isLocked());
    }

    void cleanup()
    {
        // Whatever happened, leave the keyring unlocked for the tests after us.
        if (TestKeyring::isLocked())
            QVERIFY(TestKeyring::unlock());
    }

    void lockedStoreSaysLocked()
    {
        QCOMPARE(write(u"existing"_s, "before-lock"_ba).status, Status::Ok);
        QVERIFY(TestKeyring::lock());

        const auto written = write(u"new-entry"_s, "while-locked"_ba);
        QCOMPARE(written.status, Status::Locked);
        QVERIFY(written.message.contains(u"locked"_s));
        QCOMPARE(read(u"existing"_s).status, Status::Locked);

        QVERIFY(TestKeyring::unlock());
        QCOMPARE(read(u"new-entry"_s).status, Status::NotFound);
        QCOMPARE(read(u"existing"_s).status, Status::Ok);
        QCOMPARE(remove(u"existing"_s).status, Status::Ok);
    }

    void probeReportsLocked()
    {
        QVERIFY(TestKeyring::lock());
        const SecretStore::Outcome result = awaitOutcome([&](QObject *c, auto done) {
            KeychainSecretStore::probe(c, done, m_secrets.service() + u"-probe"_s);
        });
        QCOMPARE(result.status, Status::Locked);
    }

    void tokenCacheDoesNotClaimCached()
    {
        TokenCache cache(&m_secrets);
        QSignalSpy failed(&cache, &TokenCache::storeFailed);
        QSignalSpy changed(&cache, &TokenCache::cachedChanged);
        const QByteArray value = "pat_LockedLockedLockedLockedLocked"_ba;
        const QByteArray fp = TokenFingerprint::of(value);
        QVERIFY(TestKeyring::lock());

        const SecretStore::Outcome result = awaitOutcome([&](QObject *c, auto done) {
            cache.store(m_endpoint, fp, SecretBytes(value), c, done);
        });
        QCOMPARE(result.status, Status::Locked);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!cache.isCached(m_endpoint, fp));
        QCOMPARE(cache.pendingCount(), 1);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!cache.isIndexLoaded(m_endpoint));

        // Once unlocked, the pending value goes in and only then counts as cached.
        QVERIFY(TestKeyring::unlock());
        cache.retryPending();
        QTRY_VERIFY_WITH_TIMEOUT(cache.isCached(m_endpoint, fp), 30000);
        QCOMPARE(cache.pendingCount(), 0);
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(cache.isIndexLoaded(m_endpoint), 30000);

        QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                     cache.forget(m_endpoint, fp, c, done);
                 }).status,
                 Status::Ok);
    }

    void cleanupTestCase()
    {
        if (TestKeyring::isLocked())
            TestKeyring::unlock();
        QVERIFY(!TestKeyring::isLocked());
        remove(TokenCache::indexKey(m_endpoint));
    }
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
