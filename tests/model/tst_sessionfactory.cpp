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
#include "tests/support/profilerig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace latchkey {

class TestSessionFactory : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    test::ProfileRig m_rig{u"tst_sessionfactory"_s};

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
        m_rig.factory.open(
            name, &context,
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

    ConnectionProfile sandboxProfile(const QString &name) const
    {
        return test::ProfileRig::sandboxProfile(m_server, name, m_server.primaryUserId());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        QVERIFY(m_rig.addProfile(sandboxProfile(u"Sandbox"_s), m_server.appSecret()));
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
        QVERIFY(m_rig.cache.isCached(session->endpointKey(), issued->value().token.fingerprint));
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
        QVERIFY(m_rig.addProfile(sandboxProfile(u"Secretless"_s), u"x"_s));
        bool answered = false;
        QObject context;
        m_rig.secrets.remove(ProfileStore::secretKey(u"Secretless"_s), &context,
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
        profile.caFile = m_rig.dir.filePath(u"missing.pem"_s);
        QVERIFY(m_rig.addProfile(profile, m_server.appSecret()));
        const Opened opened = open(u"Bad CA"_s);
        QVERIFY(!opened.session);
        QCOMPARE(opened.error.kind, SessionFactory::Error::Kind::Config);
        QVERIFY(!opened.error.message.isEmpty());
    }
};

} // namespace latchkey

QTEST_GUILESS_MAIN(latchkey::TestSessionFactory)
#include "tst_sessionfactory.moc"
