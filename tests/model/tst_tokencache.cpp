// Tests TokenCache against the real keychain (and the memory store): keys by
// fingerprint, the index entry, re-verification on fetch, retry of failed writes.
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/memorysecretstore.h"
#include "model/keychain/tokencache.h"
#include "net/tokenfingerprint.h"
#include "tests/support/awaitkeychain.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;
using namespace latchkey::test;
using Status = SecretStore::Outcome::Status;

namespace {

// A SecretStore whose writes fail while `failing` is set: the one fault the
// real keychain cannot be made to produce on demand outside the lock test.
class FlakyStore : public MemorySecretStore
{
public:
    bool failing = false;
    void write(const QString &key, const SecretBytes &secret, QObject *context,
               Completion done) override
    {
        if (failing && key.startsWith(u"token/"_s)) {
            QMetaObject::invokeMethod(
                context, [done] { done(makeOutcome(Outcome::Status::Failed, u"disk full"_s)); },
                Qt::QueuedConnection);
            return;
        }
        MemorySecretStore::write(key, secret, context, std::move(done));
    }
};

} // namespace

class TestTokenCache : public QObject
{
    Q_OBJECT

private:
    int m_counter = 0;
    const QString m_endpoint = TokenCache::endpointKey(QUrl(u"https://Tenant.Logto.app/"_s));

    std::unique_ptr<KeychainSecretStore> keychain()
    {
        return std::make_unique<KeychainSecretStore>(
            u"latchkey-tst_tokencache-%1-%2"_s.arg(QCoreApplication::applicationPid())
                .arg(++m_counter));
    }

    SecretStore::Outcome store(TokenCache &cache, const QByteArray &value)
    {
        return awaitOutcome([&](QObject *c, auto done) {
            cache.store(m_endpoint, TokenFingerprint::of(value), SecretBytes(value), c, done);
        });
    }

    std::pair<SecretStore::Outcome, QByteArray> fetch(TokenCache &cache, const QByteArray &fp)
    {
        return awaitSecret([&](QObject *c, auto done) { cache.fetch(m_endpoint, fp, c, done); });
    }

    SecretStore::Outcome forget(TokenCache &cache, const QByteArray &fp)
    {
        return awaitOutcome([&](QObject *c, auto done) { cache.forget(m_endpoint, fp, c, done); });
    }

    QByteArray rawRead(SecretStore &secrets, const QString &key, Status *status = nullptr)
    {
        auto [outcome, value] =
            awaitSecret([&](QObject *c, auto done) { secrets.read(key, c, done); });
        if (status)
            *status = outcome.status;
        return value;
    }

private slots:
    void keys()
    {
        QCOMPARE(m_endpoint, u"https://tenant.logto.app"_s);
        QCOMPARE(TokenCache::endpointKey(QUrl(u"http://user:pw@127.0.0.1:3001/x/?q#f"_s)),
                 u"http://127.0.0.1:3001/x"_s);
        QCOMPARE(TokenCache::secretKey(m_endpoint, "ab"), u"token/https://tenant.logto.app/ab"_s);
        QCOMPARE(TokenCache::indexKey(m_endpoint), u"index/https://tenant.logto.app"_s);
    }

    void storeFetchForget()
    {
        auto secrets = keychain();
        TokenCache cache(secrets.get());
        QSignalSpy changed(&cache, &TokenCache::cachedChanged);
        const QByteArray value = "pat_0123456789abcdefghijABCDEFGHIJkl"_ba;
        const QByteArray fp = TokenFingerprint::of(value);

        QVERIFY(!cache.isCached(m_endpoint, fp));
        QCOMPARE(store(cache, value).status, Status::Ok);
        QVERIFY(cache.isCached(m_endpoint, fp));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), m_endpoint);
        QCOMPARE(changed.at(0).at(1).toByteArray(), fp);
        QCOMPARE(changed.at(0).at(2).toBool(), true);

        // The value sits under its fingerprint, the index lists the fingerprint.
        QCOMPARE(rawRead(*secrets, TokenCache::secretKey(m_endpoint, fp)), value);
        QTRY_COMPARE_WITH_TIMEOUT(rawRead(*secrets, TokenCache::indexKey(m_endpoint)), fp, 20000);

        auto [outcome, fetched] = fetch(cache, fp);
        QCOMPARE(outcome.status, Status::Ok);
        QCOMPARE(fetched, value);

        QCOMPARE(forget(cache, fp).status, Status::Ok);
        QVERIFY(!cache.isCached(m_endpoint, fp));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(2).toBool(), false);
        Status status = Status::Ok;
        rawRead(*secrets, TokenCache::secretKey(m_endpoint, fp), &status);
        QCOMPARE(status, Status::NotFound);
        QTRY_COMPARE_WITH_TIMEOUT(rawRead(*secrets, TokenCache::indexKey(m_endpoint)), QByteArray(),
                                  20000);
        // Forgetting again is not an error.
        QCOMPARE(forget(cache, fp).status, Status::Ok);
    }

    void indexSurvivesASession()
    {
        auto secrets = keychain();
        const QByteArray a = "pat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_ba;
        const QByteArray b = "pat_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"_ba;
        {
            TokenCache cache(secrets.get());
            QCOMPARE(store(cache, a).status, Status::Ok);
            QCOMPARE(store(cache, b).status, Status::Ok);
            QTRY_COMPARE_WITH_TIMEOUT(
                rawRead(*secrets, TokenCache::indexKey(m_endpoint)).split('\n').size(), 2, 20000);
        }
        TokenCache next(secrets.get());
        QSignalSpy loaded(&next, &TokenCache::indexLoaded);
        QSignalSpy changed(&next, &TokenCache::cachedChanged);
        next.loadIndex(m_endpoint);
        QVERIFY(loaded.wait(20000));
        QVERIFY(next.isIndexLoaded(m_endpoint));
        QCOMPARE(next.cachedFingerprints(m_endpoint),
                 (QSet<QByteArray>{TokenFingerprint::of(a), TokenFingerprint::of(b)}));
        QCOMPARE(changed.size(), 2);

        // The entry went away behind our back: a copy attempt finds out and fixes the index.
        QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                     secrets->remove(TokenCache::secretKey(m_endpoint, TokenFingerprint::of(a)), c,
                                     done);
                 }).status,
                 Status::Ok);
        QVERIFY(next.isCached(m_endpoint, TokenFingerprint::of(a)));
        QCOMPARE(fetch(next, TokenFingerprint::of(a)).first.status, Status::NotFound);
        QVERIFY(!next.isCached(m_endpoint, TokenFingerprint::of(a)));
        QTRY_COMPARE_WITH_TIMEOUT(rawRead(*secrets, TokenCache::indexKey(m_endpoint)),
                                  TokenFingerprint::of(b), 20000);
        QCOMPARE(forget(next, TokenFingerprint::of(b)).status, Status::Ok);
    }

    void storeBeforeIndexLoadedKeepsOlderEntries()
    {
        // A store in a new session must not overwrite the index with only itself.
        auto secrets = keychain();
        const QByteArray a = "pat_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"_ba;
        const QByteArray b = "pat_DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD"_ba;
        {
            TokenCache cache(secrets.get());
            QCOMPARE(store(cache, a).status, Status::Ok);
            QTRY_COMPARE_WITH_TIMEOUT(rawRead(*secrets, TokenCache::indexKey(m_endpoint)),
                                      TokenFingerprint::of(a), 20000);
        }
        TokenCache next(secrets.get());
        QCOMPARE(store(next, b).status, Status::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(
            rawRead(*secrets, TokenCache::indexKey(m_endpoint)).split('\n').size(), 2, 20000);
        QTRY_VERIFY(next.isCached(m_endpoint, TokenFingerprint::of(a)));
        QVERIFY(next.isCached(m_endpoint, TokenFingerprint::of(b)));
        QCOMPARE(forget(next, TokenFingerprint::of(a)).status, Status::Ok);
        QCOMPARE(forget(next, TokenFingerprint::of(b)).status, Status::Ok);
    }

    void renameKeepsTheCache()
    {
        // Keys depend only on the value: a renamed token (same value, same
        // fingerprint) still finds its cached plaintext.
        auto secrets = keychain();
        TokenCache cache(secrets.get());
        const QByteArray value = "pat_renamerenamerenamerenamerename"_ba;
        QCOMPARE(store(cache, value).status, Status::Ok);
        const QByteArray fpAfterRename = TokenFingerprint::of(value);
        QVERIFY(cache.isCached(m_endpoint, fpAfterRename));
        QCOMPARE(fetch(cache, fpAfterRename).second, value);
        QCOMPARE(forget(cache, fpAfterRename).status, Status::Ok);
    }

    void failedWriteIsRetried()
    {
        FlakyStore secrets;
        TokenCache cache(&secrets);
        QSignalSpy failed(&cache, &TokenCache::storeFailed);
        QSignalSpy changed(&cache, &TokenCache::cachedChanged);
        const QByteArray a = "pat_EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE"_ba;
        const QByteArray b = "pat_FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"_ba;
        secrets.failing = true;
        const auto outcome = store(cache, a);
        QCOMPARE(outcome.status, Status::Failed);
        QVERIFY(outcome.message.contains(u"disk full"_s));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!cache.isCached(m_endpoint, TokenFingerprint::of(a)));
        QCOMPARE(cache.pendingCount(), 1);
        QCOMPARE(changed.size(), 0);

        // Still failing: still pending, still not claimed.
        cache.retryPending();
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(cache.pendingCount(), 1);
        QVERIFY(!cache.isCached(m_endpoint, TokenFingerprint::of(a)));

        // The next store retries the pending one too.
        secrets.failing = false;
        QCOMPARE(store(cache, b).status, Status::Ok);
        QTRY_VERIFY(cache.isCached(m_endpoint, TokenFingerprint::of(a)));
        QVERIFY(cache.isCached(m_endpoint, TokenFingerprint::of(b)));
        QCOMPARE(cache.pendingCount(), 0);
        QCOMPARE(fetch(cache, TokenFingerprint::of(a)).second, a);
    }

    void forgetDropsPending()
    {
        FlakyStore secrets;
        TokenCache cache(&secrets);
        const QByteArray a = "pat_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG"_ba;
        secrets.failing = true;
        QCOMPARE(store(cache, a).status, Status::Failed);
        QCOMPARE(cache.pendingCount(), 1);
        QCOMPARE(forget(cache, TokenFingerprint::of(a)).status, Status::Ok);
        QCOMPARE(cache.pendingCount(), 0);
    }

    // A process that exits once whenIndexSettled() answers leaves the index
    // holding what it cached, even when the value was written before the index
    // was read (the keychain's first lookup of a missing index is the slow one).
    void settledIndexHoldsWhatWasCached()
    {
        auto secrets = keychain();
        const QByteArray a = "pat_SettledSettledSettledSettled12"_ba;
        const QByteArray b = "pat_SettledSettledSettledSettled34"_ba;
        {
            TokenCache cache(secrets.get());
            QCOMPARE(store(cache, a).status, Status::Ok);
            std::optional<SecretStore::Outcome> second;
            cache.store(m_endpoint, TokenFingerprint::of(b), SecretBytes(b), this,
                        [&](SecretStore::Outcome o) { second = o; });
            bool settled = false;
            cache.whenIndexSettled(m_endpoint, this, [&] { settled = true; });
            QVERIFY(!settled); // never inside the call
            QTRY_VERIFY_WITH_TIMEOUT(settled && second.has_value(), 20000);
        }
        // What the next process sees: one read of the index.
        TokenCache next(secrets.get());
        std::optional<SecretStore::Outcome> loaded;
        next.whenIndexLoaded(m_endpoint, this, [&](SecretStore::Outcome o) { loaded = o; });
        QVERIFY(!loaded.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
        QCOMPARE(loaded->status, Status::Ok);
        QVERIFY(next.isCached(m_endpoint, TokenFingerprint::of(a)));
        QVERIFY(next.isCached(m_endpoint, TokenFingerprint::of(b)));
        QVERIFY(forget(next, TokenFingerprint::of(a)).ok());
        QVERIFY(forget(next, TokenFingerprint::of(b)).ok());
        bool settled = false;
        next.whenIndexSettled(m_endpoint, this, [&] { settled = true; });
        QTRY_VERIFY_WITH_TIMEOUT(settled, 20000);
        std::optional<SecretStore::Outcome> removed;
        secrets->remove(TokenCache::indexKey(m_endpoint), this,
                        [&](SecretStore::Outcome o) { removed = o; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    }

    void invalidFingerprintIsRefused()
    {
        MemorySecretStore secrets;
        TokenCache cache(&secrets);
        const SecretStore::Outcome result = awaitOutcome([&](QObject *c, auto done) {
            cache.store(m_endpoint, "not-a-fingerprint", SecretBytes("v"_ba), c, done);
        });
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(secrets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
