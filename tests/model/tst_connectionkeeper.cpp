// Tests ConnectionKeeper, the one owner of an open session's last good lists,
// reachability and retry, against the real sandbox and its fault-injection
// front: it goes offline on a fault, keeps the last good list (in memory and
// on disk), asks for a retry, and comes back when the server answers again.
#include "app/sandbox/sandboxserver.h"
#include "model/offline/connectionkeeper.h"
#include "model/offline/offlinesnapshot.h"
#include "net/logtoclient.h"
#include "tests/support/awaitcall.h"
#include "tests/support/sandboxclientconfig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace latchkey {

using State = ConnectionKeeper::State;

class TestConnectionKeeper : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<OfflineSnapshot> m_snapshots;
    std::unique_ptr<LogtoClient> m_client;
    std::unique_ptr<ConnectionKeeper> m_keeper;

    Result<QList<PersonalAccessToken>> list(const QString &userId)
    {
        return test::awaitCall<QList<PersonalAccessToken>>(
            [&](QObject *context, auto done) { m_keeper->listTokens(userId, context, done); },
            std::chrono::seconds(30));
    }

    // Every request fails as a dropped connection until clearFaults().
    void dropEverything()
    {
        SandboxFault fault;
        fault.action = SandboxFault::Action::Reset;
        fault.times = 100000;
        m_server.addFault(fault);
    }

    QStringList names(const QList<PersonalAccessToken> &tokens)
    {
        QStringList result;
        for (const PersonalAccessToken &token : tokens)
            result.append(token.name);
        result.sort();
        return result;
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.testHooks = true;
        options.demoDirectory = true;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    void init()
    {
        m_server.clearFaults();
        m_snapshots = std::make_unique<OfflineSnapshot>(m_dir.filePath(u"snapshots"_s));
        ClientConfig config = test::sandboxClientConfig(m_server);
        config.maxRetryTime = 1s;
        m_client = std::make_unique<LogtoClient>(std::move(config));
        m_keeper = std::make_unique<ConnectionKeeper>(m_client.get(), u"Sandbox"_s, u"endpoint"_s,
                                                      m_snapshots.get());
    }

    void cleanup()
    {
        m_keeper.reset();
        m_client.reset();
        m_server.clearFaults();
    }

    void goesOfflineKeepsTheLastListRetriesAndComesBack()
    {
        const QString user = m_server.primaryUserId();
        QCOMPARE(m_keeper->state(), State::Connecting);
        QSignalSpy states(m_keeper.get(), &ConnectionKeeper::stateChanged);
        QSignalSpy kept(m_keeper.get(), &ConnectionKeeper::listKept);

        const auto good = list(user);
        LK_VERIFY_OK(good);
        QVERIFY(!good.value().isEmpty());
        QCOMPARE(m_keeper->state(), State::Online);
        QCOMPARE(states.size(), 1);
        QCOMPARE(names(m_keeper->lastList(user)), names(good.value()));
        QVERIFY(m_keeper->lastSync().isValid());
        // The good list reaches the disk too, for an offline start.
        QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 10000);
        QCOMPARE(kept.first().first().toString(), user);
        const auto onDisk = m_snapshots->load(u"Sandbox"_s, user);
        QVERIFY(onDisk);
        QCOMPARE(names(onDisk->tokens), names(good.value()));

        // The server goes away: offline, with the reason, and the last list stays.
        dropEverything();
        m_keeper->setRetryInterval(300ms);
        QSignalSpy retry(m_keeper.get(), &ConnectionKeeper::retryDue);
        const auto failed = list(user);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind(), ApiError::Kind::Network);
        QCOMPARE(m_keeper->state(), State::Offline);
        QVERIFY(m_keeper->isOffline());
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.last().first().value<State>(), State::Offline);
        QCOMPARE(m_keeper->offlineError().kind(), ApiError::Kind::Network);
        QCOMPARE(names(m_keeper->lastList(user)), names(good.value()));

        // What the offline view shows: the kept list, made into rows.
        std::optional<ConnectionKeeper::KeptList> shown;
        bool answered = false;
        QObject context;
        m_keeper->loadKeptList(user, &context, [&](std::optional<ConnectionKeeper::KeptList> k) {
            shown = std::move(k);
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(shown);
        QCOMPARE(shown->rows.rows.size(), good.value().size());
        QVERIFY(shown->takenAt.isValid());

        // It asks for a retry; one that fails again keeps it offline and asks again.
        QVERIFY(retry.wait(10000));
        QSignalSpy still(m_keeper.get(), &ConnectionKeeper::stillOffline);
        QVERIFY(!list(user).ok());
        QCOMPARE(still.size(), 1);
        QCOMPARE(m_keeper->state(), State::Offline);
        QVERIFY(retry.wait(10000));

        // The server is back: the next read brings the keeper online.
        m_server.clearFaults();
        LK_VERIFY_OK(list(user));
        QCOMPARE(m_keeper->state(), State::Online);
        QCOMPARE(states.last().first().value<State>(), State::Online);
        QVERIFY(!m_keeper->offlineError().isError());
    }

    void retryingFollowsReadsWhileOffline()
    {
        const QString user = m_server.primaryUserId();
        dropEverything();
        QVERIFY(!list(user).ok());
        QVERIFY(m_keeper->isOffline());
        QVERIFY(!m_keeper->isRetrying());

        QSignalSpy retrying(m_keeper.get(), &ConnectionKeeper::retryingChanged);
        bool done = false;
        QObject context;
        m_keeper->listTokens(user, &context, [&](auto) { done = true; });
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().first().toBool(), true);
        QVERIFY(m_keeper->isRetrying());
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.last().first().toBool(), false);
    }

    void anAnswerEndsConnectingButNotOffline()
    {
        const QString user = m_server.primaryUserId();
        SandboxFault refused;
        refused.method = u"GET"_s;
        refused.pathPattern = u"/api/users/*/personal-access-tokens"_s;
        refused.status = 403;
        refused.times = 2;
        m_server.addFault(refused);
        // A refusal is an answer: the server is there.
        const auto forbidden = list(user);
        QVERIFY(!forbidden.ok());
        QCOMPARE(forbidden.error().kind(), ApiError::Kind::Forbidden);
        QCOMPARE(m_keeper->state(), State::Online);

        // While offline, only a good answer ends it.
        m_server.clearFaults();
        dropEverything();
        QVERIFY(!list(user).ok());
        QVERIFY(m_keeper->isOffline());
        m_server.clearFaults();
        m_server.addFault(refused);
        QVERIFY(!list(user).ok());
        QVERIFY(m_keeper->isOffline());
        m_server.clearFaults();
        LK_VERIFY_OK(list(user));
        QCOMPARE(m_keeper->state(), State::Online);
    }

    void readsMadeElsewhereCount()
    {
        m_keeper->note(ApiError(ApiError::Kind::Timeout, 0, {}, {}));
        QVERIFY(m_keeper->isOffline());
        m_keeper->note(ApiError(ApiError::Kind::Cancelled, 0, {}, {}));
        QVERIFY(m_keeper->isOffline());
        m_keeper->note(ApiError());
        QCOMPARE(m_keeper->state(), State::Online);
    }

    void singleChangesAreKeptWithoutListing()
    {
        const QString user = m_server.primaryUserId();
        LK_VERIFY_OK(list(user));
        const int listed = m_keeper->lastList(user).size();

        PersonalAccessToken issued;
        issued.name = u"issued by the CLI"_s;
        issued.userId = user;
        issued.fingerprint = QByteArray(64, 'a');
        issued.createdAt = QDateTime::currentDateTimeUtc();
        m_keeper->keepIssued(issued);
        m_keeper->keepRemoved(user, m_keeper->lastList(user).first().name);
        bool flushed = false;
        QObject context;
        m_keeper->flush(&context, [&] { flushed = true; });
        QTRY_VERIFY(flushed);

        const auto onDisk = m_snapshots->load(u"Sandbox"_s, user);
        QVERIFY(onDisk);
        QCOMPARE(onDisk->tokens.size(), listed);
        QVERIFY(names(onDisk->tokens).contains(issued.name));
        QVERIFY(!names(onDisk->tokens).contains(m_keeper->lastList(user).first().name));
    }

    void withoutSnapshotsAListIsStillAnnounced()
    {
        ConnectionKeeper keeper(m_client.get(), u"Sandbox"_s, u"endpoint"_s, nullptr);
        QSignalSpy kept(&keeper, &ConnectionKeeper::listKept);
        const auto listed = test::awaitCall<QList<PersonalAccessToken>>(
            [&](QObject *c, auto done) { keeper.listTokens(m_server.primaryUserId(), c, done); });
        LK_VERIFY_OK(listed);
        QTRY_COMPARE(kept.size(), 1);
        std::optional<ConnectionKeeper::KeptList> shown{ConnectionKeeper::KeptList{}};
        QObject context;
        keeper.loadKeptList(m_server.primaryUserId(), &context,
                            [&](std::optional<ConnectionKeeper::KeptList> k) { shown = k; });
        QTRY_VERIFY(!shown.has_value());
    }
};

} // namespace latchkey

QTEST_GUILESS_MAIN(latchkey::TestConnectionKeeper)
#include "tst_connectionkeeper.moc"
