// Tests TokenService while the test session's keyring is locked: the value of
// a new or rotated token still reaches the caller, marked as not cached. Runs
// alone (RUN_SERIAL): a locked keyring would fail every other keychain test.
#include "tests/support/servicerig.h"
#include "tests/support/testkeyring.h"

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;

class TestTokenServiceLocked : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceRig> rig;

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("LATCHKEY_TEST_KEYRING_PASSWORD"));
        QVERIFY(!TestKeyring::isLocked());
        QString error;
        QVERIFY2((rig = ServiceRig::started(u"tst_tokenservicelocked"_s, &error)),
                 qPrintable(error));
    }

    void cleanup()
    {
        if (TestKeyring::isLocked())
            QVERIFY(TestKeyring::unlock());
    }

    void cleanupTestCase()
    {
        if (TestKeyring::isLocked())
            TestKeyring::unlock();
        rig.reset();
    }

    void generateHandsOverTheValueWhenCachingFails()
    {
        QVERIFY(TestKeyring::lock());
        const auto result = rig->generate(u"locked generate"_s, ExpirySpec::inDays(3));
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
        const IssuedToken &issued = result->value();
        QVERIFY(!issued.cached);
        QVERIFY(!issued.cacheError.isEmpty());
        QVERIFY(issued.value.bytes().startsWith("pat_"));
        QCOMPARE(TokenFingerprint::of(issued.value.view()), issued.token.fingerprint);
        QCOMPARE(rig->serverTokens(u"locked generate"_s).size(), 1);

        // Copying says why it cannot, rather than "not cached".
        const auto copied = await<TokenResult<SecretBytes>>(
            [&](QObject *c, auto d) { rig->service->cachedValue(issued.token.fingerprint, c, d); });
        QVERIFY(copied && !copied->ok());
        QCOMPARE(copied->error().kind, TokenError::Kind::Keychain);
        QCOMPARE(copied->error().keychainStatus, SecretStore::Outcome::Status::Locked);
    }

    void rotationWhileLockedStillHandsOverTheNewValue()
    {
        const auto created = rig->generate(u"locked rotate"_s, ExpirySpec::inDays(3));
        QVERIFY(created && created->ok() && created->value().cached);
        QVERIFY(TestKeyring::lock());

        const auto rotated = rig->changeExpiry(u"locked rotate"_s, ExpirySpec::inDays(20));
        QVERIFY(rotated);
        QVERIFY2(rotated->ok(), qPrintable(rotated->ok() ? QString() : rotated->error().message));
        const IssuedToken &issued = rotated->value();
        QVERIFY(issued.replaced);
        QVERIFY(!issued.cached);
        QVERIFY(!issued.cacheError.isEmpty());
        const QList<PersonalAccessToken> onServer = rig->serverTokens(u"locked rotate"_s);
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(onServer.first().fingerprint, TokenFingerprint::of(issued.value.view()));
        QVERIFY(rig->journal.pending().isEmpty());

        // Once unlocked, the value kept in memory goes in after all.
        QVERIFY(TestKeyring::unlock());
        rig->cache.retryPending();
        QTRY_VERIFY_WITH_TIMEOUT(rig->cache.isCached(rig->endpoint(), onServer.first().fingerprint),
                                 30000);
        QCOMPARE(rig->cached(onServer.first().fingerprint).second, issued.value.bytes());
    }
};

QTEST_GUILESS_MAIN(TestTokenServiceLocked)
#include "tst_tokenservicelocked.moc"
