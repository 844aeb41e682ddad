// Tests UserListModel against the in-process sandbox: paging through 1000
// users with fetchMore, the debounced search, and dropped stale answers.
#include "app/sandbox/sandboxserver.h"
#include "model/items/userlistmodel.h"
#include "net/logtoclient.h"
#include "tests/support/await.h"
#include "tests/support/sandboxclientconfig.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;

class TestUserListModel : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    std::unique_ptr<LogtoClient> m_client;

    static bool fetchAll(UserListModel &model)
    {
        QString error;
        QObject::connect(&model, &UserListModel::errorOccurred, &model,
                         [&error](const ApiError &e) { error = e.userMessage(); });
        // The model tester may already have asked for a page: wait for it first.
        for (int guard = 0; guard < 100 && error.isEmpty() && !model.isComplete(); ++guard) {
            if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 20000))
                return false;
            model.fetchMore();
            if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 20000))
                return false;
        }
        if (!error.isEmpty())
            qWarning("listing users failed: %s", qPrintable(error));
        return error.isEmpty() && model.isComplete();
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.seedUsers = 1000;
        options.testHooks = true;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client = std::make_unique<LogtoClient>(test::sandboxClientConfig(m_sandbox));
    }

    void pagesThroughAllUsers()
    {
        UserListModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loading(&model, &UserListModel::loading);
        QSignalSpy total(&model, &UserListModel::totalCountChanged);
        m_sandbox.resetStats();
        QVERIFY(fetchAll(model));
        QVERIFY(model.isComplete());
        QCOMPARE(model.totalCount(), 1001); // the seeded users and the primary user
        QCOMPARE(model.rowCount(), model.totalCount());
        QCOMPARE(total.size(), 1);
        QVERIFY(loading.size() >= 2 * 10); // the tester may have started page 1 before the spy
        QCOMPARE(loading.last().at(0).toBool(), false);
        QCOMPARE(m_sandbox.requestCount(u"GET /api/users"_s), 11); // 100 per page

        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(UserListModel::UserIdRole).toString());
        QCOMPARE(ids.size(), model.rowCount());
        QVERIFY(ids.contains(m_sandbox.primaryUserId()));

        const User user = model.index(5, 0).data(UserListModel::UserRole).value<User>();
        QCOMPARE(user, model.userAt(5));
        QCOMPARE(model.index(5, UserListModel::UsernameColumn).data().toString(), user.username);
        QCOMPARE(model.index(5, UserListModel::EmailColumn).data().toString(), user.primaryEmail);
        // The name's tooltip says who it is when the list is too narrow for the rest.
        QVERIFY(!user.username.isEmpty());
        QCOMPARE(model.index(5, UserListModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 QStringList({user.name, user.username, user.primaryEmail})
                     .filter(QRegularExpression(u"."_s))
                     .join(u'\n'));
        QCOMPARE(model.headerData(UserListModel::LastSignInColumn, Qt::Horizontal).toString(),
                 u"Last sign-in"_s);
    }

    void searchIsDebounced()
    {
        UserListModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDebounceInterval(150);
        QVERIFY(fetchAll(model));
        const User target = model.userAt(42);
        QVERIFY(!target.username.isEmpty());

        m_sandbox.resetStats();
        // Typing: only the last text is asked for, once the typing pauses.
        model.setSearch(target.username.left(1));
        model.setSearch(target.username.left(3));
        model.setSearch(target.username);
        QCOMPARE(model.rowCount(), 1001); // nothing happens before the pause
        QTRY_VERIFY_WITH_TIMEOUT(
            model.search() == target.username && model.isComplete() && !model.isLoading(), 20000);
        QCOMPARE(m_sandbox.requestCount(u"GET /api/users"_s), 1);
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.totalCount(), model.rowCount());
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row)
            found = found || model.userAt(row).id == target.id;
        QVERIFY(found);
    }

    void staleAnswersAreDropped()
    {
        UserListModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDebounceInterval(10);
        QVERIFY(fetchAll(model));
        const User first = model.userAt(10);
        const User second = model.userAt(20);

        // The first search's answer is slow; the second search overtakes it.
        SandboxFault slow;
        slow.method = u"GET"_s;
        slow.pathPattern = u"/api/users"_s;
        slow.action = SandboxFault::Action::Delay;
        slow.delayMs = 1500;
        m_sandbox.addFault(slow);
        model.setSearch(first.username);
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoading(), 5000);
        model.setSearch(second.username);
        QTRY_VERIFY_WITH_TIMEOUT(
            model.search() == second.username && model.isComplete() && !model.isLoading(), 20000);
        // The server is done with the slow request (answered or dropped), and an answer sent
        // after it came through the same client.
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestsInProgress(), 0, 10000);
        QVERIFY(test::await<Result<User>>([&](QObject *c, auto done) {
                    m_client->getUser(second.id, c, done);
                }).has_value());
        m_sandbox.clearFaults();
        QVERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.userAt(row).id != first.id);
        QCOMPARE(model.userAt(0).id, second.id);
    }

    void errorsAreReported()
    {
        ClientConfig config = test::sandboxClientConfig(m_sandbox);
        config.appSecret = SecretBytes("wrong-secret"_ba);
        config.maxAttempts = 1;
        LogtoClient badClient(std::move(config));
        UserListModel model(&badClient);
        QSignalSpy errors(&model, &UserListModel::errorOccurred);
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        QCOMPARE(errors[0][0].value<ApiError>().kind(), ApiError::Kind::Unauthorized);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore()); // no retry loop driven by the view
        QCOMPARE(model.rowCount(), 0);
    }

    void noClientNoFetch()
    {
        UserListModel model;
        QVERIFY(!model.canFetchMore());
        model.fetchMore();
        QVERIFY(!model.isLoading());
        model.setClient(m_client.get());
        QVERIFY(model.canFetchMore());
    }
};

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
