// Tests KeychainSecretStore and TokenCache while the login collection of the
// test session's gnome-keyring is locked. Runs alone (RUN_SERIAL): locking the
// collection would fail every other keychain test running at the same time.
#include "keychainsecretstore.h"
#include "tokencache.h"
#include "tokenfingerprint.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace latchkey;
using Status = SecretStore::Outcome::Status;

namespace {

const auto kService = u"org.freedesktop.secrets"_s;
const auto kServicePath = u"/org/freedesktop/secrets"_s;
const auto kCollection = u"/org/freedesktop/secrets/collection/login"_s;

QDBusMessage call(const QString &interface, const QString &method, const QVariantList &args)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(kService, kServicePath, interface, method);
    message.setArguments(args);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, 20000);
}

bool isLocked()
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        kService, kCollection, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    message.setArguments({u"org.freedesktop.Secret.Collection"_s, u"Locked"_s});
    const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(message);
    return reply.isValid() && reply.value().variant().toBool();
}

bool lockCollection()
{
    const QDBusMessage reply =
        call(u"org.freedesktop.Secret.Service"_s, u"Lock"_s,
             {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(kCollection)})});
    return reply.type() == QDBusMessage::ReplyMessage && isLocked();
}

// gnome-keyring's own (unsupported, but the only prompt-free) unlock call; the
// password travels in a "plain" session, which is fine for a throw-away keyring.
bool unlockCollection()
{
    const QDBusMessage opened = call(u"org.freedesktop.Secret.Service"_s, u"OpenSession"_s,
                                     {u"plain"_s, QVariant::fromValue(QDBusVariant(QString()))});
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
        return false;
    const auto session = opened.arguments().at(1).value<QDBusObjectPath>();
    QDBusArgument secret;
    secret.beginStructure();
    secret << session << QByteArray() << qgetenv("LATCHKEY_TEST_KEYRING_PASSWORD")
           << u"text/plain"_s;
    secret.endStructure();
    const QDBusMessage reply =
        call(u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
             u"UnlockWithMasterPassword"_s,
             {QVariant::fromValue(QDBusObjectPath(kCollection)), QVariant::fromValue(secret)});
    if (reply.type() != QDBusMessage::ReplyMessage)
        qWarning() << "unlock failed:" << reply.errorMessage();
    return !isLocked();
}

} // namespace

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
        QVERIFY(!isLocked());
    }

    void cleanup()
    {
        // Whatever happened, leave the keyring unlocked for the tests after us.
        if (isLocked())
            QVERIFY(unlockCollection());
    }

    void lockedStoreSaysLocked()
    {
        QCOMPARE(write(u"existing"_s, "before-lock"_ba).status, Status::Ok);
        QVERIFY(lockCollection());

        const auto written = write(u"new-entry"_s, "while-locked"_ba);
        QCOMPARE(written.status, Status::Locked);
        QVERIFY(written.message.contains(u"locked"_s));
        QCOMPARE(read(u"existing"_s).status, Status::Locked);

        QVERIFY(unlockCollection());
        QCOMPARE(read(u"new-entry"_s).status, Status::NotFound);
        QCOMPARE(read(u"existing"_s).status, Status::Ok);
        QCOMPARE(remove(u"existing"_s).status, Status::Ok);
    }

    void probeReportsLocked()
    {
        QVERIFY(lockCollection());
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
        QVERIFY(lockCollection());

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
        QVERIFY(unlockCollection());
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
        if (isLocked())
            unlockCollection();
        QVERIFY(!isLocked());
        remove(TokenCache::indexKey(m_endpoint));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainLocked)
#include "tst_keychainlocked.moc"
