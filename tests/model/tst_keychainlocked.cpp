// Tests KeychainSecretStore and TokenCache while the login collection of the
// test session's gnome-keyring is locked. Runs alone (RUN_SERIAL): locking the
// collection would fail every other keychain test running at the same time.
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "net/tokenfingerprint.h"
#include "tests/model/testkeyring.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::TestKeyring;
using Status = SecretStore::Outcome::Status;

class tst_KeychainLocked : public QObject
{
    Q_OBJECT

private:
    const QString m_endpoint = u"https://locked.example"_s;
    KeychainSecretStore m_secrets{
        u"latchkey-tst_keychainlocked-%1"_s.arg(QCoreApplication::applicationPid())};

    SecretStore::Outcome write(const QString &key, const QByteArray &value)
    {
        std::optional<SecretStore::Outcome> result;
        m_secrets.write(key, SecretBytes(value), this, [&](SecretStore::Outcome o) { result = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(SecretStore::Outcome{Status::Failed, u"timeout"_s});
    }

    SecretStore::Outcome read(const QString &key)
    {
        std::optional<SecretStore::Outcome> result;
        m_secrets.read(key, this, [&](SecretStore::Outcome o, SecretBytes) { result = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(SecretStore::Outcome{Status::Failed, u"timeout"_s});
    }

    SecretStore::Outcome remove(const QString &key)
    {
        std::optional<SecretStore::Outcome> result;
        m_secrets.remove(key, this, [&](SecretStore::Outcome o) { result = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(SecretStore::Outcome{Status::Failed, u"timeout"_s});
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
        std::optional<SecretStore::Outcome> result;
        KeychainSecretStore::probe(
            this, [&](SecretStore::Outcome o) { result = o; }, m_secrets.service() + u"-probe"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, Status::Locked);
    }

    void tokenCacheDoesNotClaimCached()
    {
        TokenCache cache(&m_secrets);
        QSignalSpy failed(&cache, &TokenCache::storeFailed);
        QSignalSpy changed(&cache, &TokenCache::cachedChanged);
        const QByteArray value = "pat_LockedLockedLockedLockedLocked"_ba;
        const QByteArray fp = TokenFingerprint::of(value);
        QVERIFY(TestKeyring::lock());

        std::optional<SecretStore::Outcome> result;
        cache.store(m_endpoint, fp, SecretBytes(value), this,
                    [&](SecretStore::Outcome o) { result = o; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, Status::Locked);
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

        std::optional<SecretStore::Outcome> forgotten;
        cache.forget(m_endpoint, fp, this, [&](SecretStore::Outcome o) { forgotten = o; });
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.has_value(), 30000);
        QCOMPARE(forgotten->status, Status::Ok);
    }

    void cleanupTestCase()
    {
        if (TestKeyring::isLocked())
            TestKeyring::unlock();
        QVERIFY(!TestKeyring::isLocked());
        remove(TokenCache::indexKey(m_endpoint));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainLocked)
#include "tst_keychainlocked.moc"
