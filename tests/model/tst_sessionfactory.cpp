// Tests SessionFactory, the one way the window and latchkeyctl open a saved
// connection: a profile on the real sandbox opens as an admin session whose
// client, token service and keeper work; a missing profile, a secret the
// keychain does not hold and an unusable CA file each say why, never at once.
#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/connectionkeeper.h"
#include "model/offline/offlinesnapshot.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/tokenservice.h"
#include "model/session/session.h"
#include "model/session/sessionfactory.h"
#include "model/settings/profilestore.h"
#include "tests/support/awaitcall.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace latchkey {

class TestSessionFactory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxServer m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<RotationJournal> m_journal;
    std::unique_ptr<OfflineSnapshot> m_snapshots;
    std::unique_ptr<SessionFactory> m_factory;

    struct Opened
    {
        std::unique_ptr<Session> session;
        SessionFactory::Error error;
    };

    Opened open(const QString &name)
    {
        Opened opened;
        bool answered = false;
        bool synchronous = true;
        QObject context;
        m_factory->open(name, &context,
                        [&](std::unique_ptr<Session> session, const SessionFactory::Error &error) {
                            opened.session = std::move(session);
                            opened.error = error;
                            answered = true;
                        });
        synchronous = answered;
        (void)QTest::qWaitFor([&] { return answered; }, 20000);
        // Callers may set up state after open() returns: the answer never comes first.
        if (synchronous)
            opened.error.message = u"answered from inside open()"_s;
        return opened;
    }

    bool addProfile(const ConnectionProfile &profile, const QString &secret)
    {
        bool saved = false;
        bool answered = false;
        QObject context;
        m_profiles->add(profile, SecretBytes::fromString(secret), &context,
                        [&](SecretStore::Outcome outcome) {
                            saved = outcome.ok();
                            answered = true;
                        });
        (void)QTest::qWaitFor([&] { return answered; }, 20000);
        return saved;
    }

    ConnectionProfile sandboxProfile(const QString &name) const
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.endpoint = m_server.endpoint();
        profile.appId = m_server.appId();
        profile.apiIndicator = m_server.apiIndicator();
        profile.userId = m_server.primaryUserId();
        return profile;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_secrets = std::make_unique<KeychainSecretStore>(
            u"latchkey-tst_sessionfactory-%1"_s.arg(QCoreApplication::applicationPid()));
        m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
        m_cache = std::make_unique<TokenCache>(m_secrets.get());
        m_journal = std::make_unique<RotationJournal>(m_dir.filePath(u"journal"_s));
        m_snapshots = std::make_unique<OfflineSnapshot>(m_dir.filePath(u"snapshots"_s));
        m_factory = std::make_unique<SessionFactory>(m_profiles.get(), m_cache.get(),
                                                     m_journal.get(), m_snapshots.get());
        QVERIFY(addProfile(sandboxProfile(u"Sandbox"_s), m_server.appSecret()));
    }

    void cleanupTestCase()
    {
        for (const QString &name : m_profiles->names()) {
            bool answered = false;
            QObject context;
            m_profiles->remove(name, &context, [&](SecretStore::Outcome) { answered = true; });
            (void)QTest::qWaitFor([&] { return answered; }, 20000);
        }
    }

    void opensAnAdminSessionThatWorks()
    {
        Opened opened = open(u"Sandbox"_s);
        QVERIFY2(opened.session, qPrintable(opened.error.message));
        QCOMPARE(opened.error.kind, SessionFactory::Error::Kind::None);
        Session *session = opened.session.get();
        QCOMPARE(session->kind(), SessionKind::Admin);
        QCOMPARE(session->profile().name, u"Sandbox"_s);
        QCOMPARE(session->endpointKey(), TokenCache::endpointKey(m_server.endpoint()));
        QCOMPARE(session->keeper()->state(), ConnectionKeeper::State::Connecting);

        // Its client authenticates with the app's client credentials, through the keeper.
        const auto listed = test::awaitCall<QList<PersonalAccessToken>>([&](QObject *c, auto done) {
            session->keeper()->listTokens(m_server.primaryUserId(), c, done);
        });
        LK_VERIFY_OK(listed);
        QCOMPARE(session->keeper()->state(), ConnectionKeeper::State::Online);

        // Its token service works on the same profile, cache and journal.
        const auto issued = test::await<TokenResult<IssuedToken>>([&](QObject *c, auto done) {
            session->tokens()->generate(m_server.primaryUserId(), u"from the factory"_s,
                                        ExpirySpec::inDays(3), c, done);
        });
        QVERIFY(issued);
        QVERIFY2(issued->ok(), qPrintable(issued->ok() ? QString() : issued->error().message));
        QVERIFY(m_cache->isCached(session->endpointKey(), issued->value().token.fingerprint));
    }

    void aMissingProfileSaysSo()
    {
        const Opened opened = open(u"No such"_s);
        QVERIFY(!opened.session);
        QCOMPARE(opened.error.kind, SessionFactory::Error::Kind::NoSuchProfile);
        QVERIFY2(opened.error.message.contains(u"No such"_s), qPrintable(opened.error.message));
    }

    void aSecretTheKeychainLacksSaysSo()
    {
        // A profile whose secret was never stored (another machine's settings).
        QVERIFY(addProfile(sandboxProfile(u"Secretless"_s), u"x"_s));
        bool answered = false;
        QObject context;
        m_secrets->remove(ProfileStore::secretKey(u"Secretless"_s), &context,
                          [&](SecretStore::Outcome) { answered = true; });
        QTRY_VERIFY(answered);
        const Opened opened = open(u"Secretless"_s);
        QVERIFY(!opened.session);
        QCOMPARE(opened.error.kind, SessionFactory::Error::Kind::Keychain);
        QCOMPARE(opened.error.keychain.status, SecretStore::Outcome::Status::NotFound);
        QVERIFY(!opened.error.message.isEmpty());
    }

    void anUnusableCaFileSaysSo()
    {
        ConnectionProfile profile = sandboxProfile(u"Bad CA"_s);
        profile.caFile = m_dir.filePath(u"missing.pem"_s);
        QVERIFY(addProfile(profile, m_server.appSecret()));
        const Opened opened = open(u"Bad CA"_s);
        QVERIFY(!opened.session);
        QCOMPARE(opened.error.kind, SessionFactory::Error::Kind::Config);
        QVERIFY(!opened.error.message.isEmpty());
    }
};

} // namespace latchkey

QTEST_GUILESS_MAIN(latchkey::TestSessionFactory)
#include "tst_sessionfactory.moc"
