// Tests TokenService while the test session's keyring is locked: the value of
// a new or rotated token still reaches the caller, marked as not cached. Runs
// alone (RUN_SERIAL): a locked keyring would fail every other keychain test.
#include "tokenservicetesthelpers.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;

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
    call(u"org.freedesktop.Secret.Service"_s, u"Lock"_s,
         {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(kCollection)})});
    return isLocked();
}

// gnome-keyring's prompt-free unlock; the password only guards a throw-away keyring.
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
    call(u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
         u"UnlockWithMasterPassword"_s,
         {QVariant::fromValue(QDBusObjectPath(kCollection)), QVariant::fromValue(secret)});
    return !isLocked();
}

} // namespace

class TestTokenServiceLocked : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceRig> rig;

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("LATCHKEY_TEST_KEYRING_PASSWORD"));
        QVERIFY(!isLocked());
        rig = std::make_unique<ServiceRig>(u"tst_tokenservicelocked"_s);
        QString error;
        QVERIFY2(rig->start(&error), qPrintable(error));
    }

    void cleanup()
    {
        if (isLocked())
            QVERIFY(unlockCollection());
    }

    void cleanupTestCase()
    {
        if (isLocked())
            unlockCollection();
        rig->forgetAll();
        rig.reset();
    }

    void generateHandsOverTheValueWhenCachingFails()
    {
        QVERIFY(lockCollection());
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
        const auto copied = awaitResult<TokenResult<SecretBytes>>(
            [&](QObject *c, auto d) { rig->service->cachedValue(issued.token.fingerprint, c, d); });
        QVERIFY(copied && !copied->ok());
        QCOMPARE(copied->error().kind, TokenError::Kind::Keychain);
        QCOMPARE(copied->error().keychainStatus, SecretStore::Outcome::Status::Locked);
    }

    void rotationWhileLockedStillHandsOverTheNewValue()
    {
        const auto created = rig->generate(u"locked rotate"_s, ExpirySpec::inDays(3));
        QVERIFY(created && created->ok() && created->value().cached);
        QVERIFY(lockCollection());

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
        QVERIFY(unlockCollection());
        rig->cache.retryPending();
        QTRY_VERIFY_WITH_TIMEOUT(rig->cache.isCached(rig->endpoint(), onServer.first().fingerprint),
                                 30000);
        QCOMPARE(rig->cached(onServer.first().fingerprint).second, issued.value.bytes());
    }
};

QTEST_GUILESS_MAIN(TestTokenServiceLocked)
#include "tst_tokenservicelocked.moc"
