// Tests ConnectionSweep, the other saved connections' token lists for
// reminders, on the real sandbox: each reachable profile is listed once (the
// open one and a second name for the same account are not), a listed one keeps
// its offline snapshot fresh, an unreachable one counts with its snapshot or
// is left out without one, and a profile with no user is skipped.
#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/operations/rotationjournal.h"
#include "model/reminders/connectionsweep.h"
#include "model/session/session.h"
#include "model/session/sessionfactory.h"
#include "model/settings/profilestore.h"
#include "net/logtoclient.h"
#include "tests/support/awaitcall.h"
#include "tests/support/profilerig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace latchkey {

class TestConnectionSweep : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    test::ProfileRig m_rig{u"tst_connectionsweep"_s};

    ConnectionProfile sandboxProfile(const QString &name, const QString &userId) const
    {
        return test::ProfileRig::sandboxProfile(m_server, name, userId);
    }

    ConnectionProfile unreachableProfile(const QString &name, const QString &userId) const
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.endpoint = QUrl(u"http://127.0.0.1:9"_s); // discard: nothing listens
        profile.appId = m_server.appId();
        profile.userId = userId;
        return profile;
    }

    std::optional<QList<SweptConnection>> sweep(ConnectionSweep *sweep, const QString &skip)
    {
        std::optional<QList<SweptConnection>> found;
        QObject context;
        sweep->run(skip, &context, [&](QList<SweptConnection> swept) { found = swept; });
        if (found)
            return QList<SweptConnection>{}; // answered from inside run(): wrong
        (void)QTest::qWaitFor([&] { return found.has_value(); }, 60000);
        return found;
    }

private slots:
    void initTestCase()
    {
        QString error;
        SandboxOptions options;
        options.seedUsers = 2; // someone else for a second connection
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    void sweepsEveryOtherConnectionOnce()
    {
        const QString me = m_server.primaryUserId();
        QVERIFY(m_rig.addProfile(sandboxProfile(u"Mine"_s, me), m_server.appSecret()));

        // Someone else in the directory, with a token of their own.
        std::unique_ptr<Session> session;
        m_rig.factory.open(u"Mine"_s, this, [&](std::unique_ptr<Session> s, SessionFactory::Error) {
            session = std::move(s);
        });
        QTRY_VERIFY_WITH_TIMEOUT(session, 20000);
        LogtoClient *client = session->client();
        const auto users = test::awaitCall<UserPage>(
            [&](QObject *c, auto done) { client->listUsers({}, c, done); });
        LK_VERIFY_OK(users);
        QString other;
        for (const User &user : users.value().users) {
            if (user.id != me)
                other = user.id;
        }
        QVERIFY(!other.isEmpty());
        LK_VERIFY_OK(test::awaitCall<CreatedToken>([&](QObject *c, auto done) {
            client->createToken(other, u"swept"_s, QDateTime::currentDateTimeUtc().addDays(3), c,
                                done);
        }));

        QVERIFY(m_rig.addProfile(sandboxProfile(u"Second"_s, other), m_server.appSecret()));
        QVERIFY(m_rig.addProfile(sandboxProfile(u"Twin"_s, me), m_server.appSecret()));
        QVERIFY(m_rig.addProfile(sandboxProfile(u"Nobody"_s, {}), m_server.appSecret()));
        QVERIFY(m_rig.addProfile(unreachableProfile(u"Gone"_s, u"gone-user"_s), u"secret"_s));
        QVERIFY(m_rig.addProfile(unreachableProfile(u"Bare"_s, u"bare-user"_s), u"secret"_s));
        PersonalAccessToken kept;
        kept.userId = u"gone-user"_s;
        kept.name = u"kept"_s;
        kept.createdAt = QDateTime::currentDateTimeUtc().addDays(-10);
        kept.expiresAt = QDateTime::currentDateTimeUtc().addDays(2);
        kept.fingerprint = QByteArray(64, 'c');
        kept.hint = u"kept"_s;
        QString error;
        QVERIFY2(m_rig.snapshots.save({u"Gone"_s,
                                       TokenCache::endpointKey(QUrl(u"http://127.0.0.1:9"_s)),
                                       u"gone-user"_s,
                                       {},
                                       {},
                                       {kept}},
                                      &error),
                 qPrintable(error));
        QVERIFY(!m_rig.snapshots.load(u"Second"_s, other));

        ConnectionSweep connections(&m_rig.factory, &m_rig.profiles, &m_rig.snapshots);
        const std::optional<QList<SweptConnection>> swept = sweep(&connections, u"Mine"_s);
        QVERIFY(swept);
        // Profiles in name order: Bare (unreachable, no snapshot) and Twin (Mine's
        // account) and Nobody (no user) are not there.
        QCOMPARE(swept->size(), 2);
        const SweptConnection &gone = swept->at(0);
        QCOMPARE(gone.profile, u"Gone"_s);
        QVERIFY(gone.fromSnapshot);
        QCOMPARE(gone.userId, u"gone-user"_s);
        QCOMPARE(gone.tokens.size(), 1);
        QCOMPARE(gone.tokens.first().fingerprint, kept.fingerprint);
        const SweptConnection &second = swept->at(1);
        QCOMPARE(second.profile, u"Second"_s);
        QVERIFY(!second.fromSnapshot);
        QCOMPARE(second.endpoint, TokenCache::endpointKey(m_server.endpoint()));
        QCOMPARE(second.userId, other);
        QVERIFY(std::any_of(second.tokens.cbegin(), second.tokens.cend(),
                            [](const PersonalAccessToken &t) { return t.name == u"swept"_s; }));
        // Listing it kept the list for offline use, as opening it in the window would.
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.snapshots.load(u"Second"_s, other).has_value(), 10000);

        // Without skipping, Mine is swept and Twin, its second name, still is not.
        const std::optional<QList<SweptConnection>> all = sweep(&connections, {});
        QVERIFY(all);
        QStringList names;
        for (const SweptConnection &connection : *all)
            names.append(connection.profile);
        QCOMPARE(names, (QStringList{u"Gone"_s, u"Mine"_s, u"Second"_s}));
    }

    // A sweep whose context goes away reports nothing, and neither does one
    // that goes away itself.
    void aGoneContextOrSweepEndsQuietly()
    {
        ConnectionSweep connections(&m_rig.factory, &m_rig.profiles, &m_rig.snapshots);
        bool called = false;
        {
            QObject context;
            connections.run({}, &context, [&](QList<SweptConnection>) { called = true; });
        }
        QObject context;
        auto doomed =
            std::make_unique<ConnectionSweep>(&m_rig.factory, &m_rig.profiles, &m_rig.snapshots);
        doomed->run({}, &context, [&](QList<SweptConnection>) { called = true; });
        doomed.reset();
        // A whole run later, neither of the first two has said anything.
        QVERIFY(sweep(&connections, {}));
        QVERIFY(!called);
    }
};

} // namespace latchkey

QTEST_GUILESS_MAIN(latchkey::TestConnectionSweep)
#include "tst_connectionsweep.moc"
