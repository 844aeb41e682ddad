// Tests LogtoClient against the real sandbox over HTTP on 127.0.0.1: every
// call, error mapping, token caching and single flight, retries and faults,
// reconciliation of lost answers, and cancellation.
#include "app/sandbox/sandboxserver.h"
#include "net/logtoclient.h"
#include "net/tokenfingerprint.h"
#include "tests/support/awaitcall.h"
#include "tests/support/sandboxclientconfig.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;
using namespace std::chrono;
using Kind = ApiError::Kind;
using Action = SandboxFault::Action;
using Tokens = QList<PersonalAccessToken>;

namespace {
SandboxFault fault(const QString &method, const QString &path, Action action, int times = 1)
{
    SandboxFault f;
    f.method = method;
    f.pathPattern = path;
    f.action = action;
    f.times = times;
    return f;
}
} // namespace

class TestLogtoClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<LogtoClient> m_client;

    void startServer(SandboxOptions options = {})
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>();
        options.testHooks = true;
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_client = std::make_unique<LogtoClient>(sandboxClientConfig(*m_server));
    }

    LogtoClient &client() { return *m_client; }
    int count(const QString &pattern) const { return m_server->requestCount(pattern); }
    QString tokensPattern() const
    {
        return u"/api/users/%1/personal-access-tokens"_s.arg(m_server->primaryUserId());
    }

    Result<CreatedToken> create(const QString &name,
                                std::optional<QDateTime> expiresAt = std::nullopt,
                                QString userId = {})
    {
        if (userId.isEmpty())
            userId = m_server->primaryUserId();
        return awaitCall<CreatedToken>([&](QObject *ctx, auto cb) {
            return client().createToken(userId, name, expiresAt, ctx, cb);
        });
    }
    Result<Tokens> list(QString userId = {})
    {
        if (userId.isEmpty())
            userId = m_server->primaryUserId();
        return awaitCall<Tokens>(
            [&](QObject *ctx, auto cb) { return client().listTokens(userId, ctx, cb); });
    }
    Result<User> getPrimary()
    {
        return awaitCall<User>([&](QObject *ctx, auto cb) {
            return client().getUser(m_server->primaryUserId(), ctx, cb);
        });
    }

private slots:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void defaultApiIndicatorMatchesSandbox()
    {
        QCOMPARE(client().config().effectiveApiIndicator(), m_server->apiIndicator());
    }

    void authenticate()
    {
        const auto ok =
            awaitCall<Done>([&](QObject *ctx, auto cb) { return client().authenticate(ctx, cb); });
        LK_VERIFY_OK(ok);
        QCOMPARE(count(u"POST /oidc/token"_s), 1);
        // "Test connection" asks the server every time.
        LK_VERIFY_OK(
            awaitCall<Done>([&](QObject *ctx, auto cb) { return client().authenticate(ctx, cb); }));
        QCOMPARE(count(u"POST /oidc/token"_s), 2);
    }

    void wrongSecretIsUnauthorized()
    {
        ClientConfig config = sandboxClientConfig(*m_server);
        config.appSecret = SecretBytes("not-the-secret"_ba);
        LogtoClient wrong(std::move(config));
        const auto result = awaitCall<User>([&](QObject *ctx, auto cb) {
            return wrong.getUser(m_server->primaryUserId(), ctx, cb);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Unauthorized);
        QCOMPARE(result.error().httpStatus(), 401);
        QCOMPARE(result.error().code(), u"invalid_client"_s);
        QCOMPARE(
            result.error().userMessage(),
            u"The Logto server refused the app ID or app secret. Check both in the profile."_s);
        QCOMPARE(count(u"GET /api/*"_s), 0);
    }

    void appWithoutManagementAccessIsForbidden()
    {
        const auto app = m_server->createApp(false, false);
        ClientConfig config = sandboxClientConfig(*m_server);
        config.appId = app.appId;
        config.appSecret = SecretBytes::fromString(app.appSecret);
        LogtoClient limited(std::move(config));
        const auto result = awaitCall<UserPage>(
            [&](QObject *ctx, auto cb) { return limited.listUsers({}, ctx, cb); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Forbidden);
        QCOMPARE(result.error().httpStatus(), 403);
        QCOMPARE(result.error().code(), u"auth.forbidden"_s);
    }

    void listUsersPagesAndSearches()
    {
        SandboxOptions options;
        options.seedUsers = 25;
        startServer(options);
        const auto all = awaitCall<UserPage>([&](QObject *ctx, auto cb) {
            return client().listUsers({.search = {}, .page = 1, .pageSize = 100}, ctx, cb);
        });
        LK_VERIFY_OK(all);
        QVERIFY(all.value().total >= 26);
        QCOMPARE(all.value().users.size(), all.value().total);

        const auto second = awaitCall<UserPage>([&](QObject *ctx, auto cb) {
            return client().listUsers({.search = {}, .page = 2, .pageSize = 10}, ctx, cb);
        });
        LK_VERIFY_OK(second);
        QCOMPARE(second.value().page, 2);
        QCOMPARE(second.value().total, all.value().total);
        QCOMPARE(second.value().users.size(), 10);
        QCOMPARE(second.value().users.first(), all.value().users.at(10));

        const User &someone = all.value().users.at(7);
        const auto found = awaitCall<UserPage>([&](QObject *ctx, auto cb) {
            return client().listUsers({.search = someone.id, .page = 1, .pageSize = 20}, ctx, cb);
        });
        LK_VERIFY_OK(found);
        QVERIFY(found.value().users.contains(someone));

        const auto tooLarge = awaitCall<UserPage>([&](QObject *ctx, auto cb) {
            return client().listUsers({.search = {}, .page = 1, .pageSize = 101}, ctx, cb);
        });
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().kind(), Kind::InvalidInput);
        QCOMPARE(tooLarge.error().code(), u"guard.invalid_pagination"_s);
    }

    void getUser()
    {
        const auto user = getPrimary();
        LK_VERIFY_OK(user);
        QCOMPARE(user.value().id, m_server->primaryUserId());
        QVERIFY(user.value().createdAt.isValid());

        const auto missing = awaitCall<User>(
            [&](QObject *ctx, auto cb) { return client().getUser(u"nosuchuser00"_s, ctx, cb); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind(), Kind::NotFound);
        QCOMPARE(missing.error().httpStatus(), 404);
        QVERIFY(!missing.error().userMessage().isEmpty());
    }

    void tokenLifecycle()
    {
        const QString name = u"CI / deploy #1 100% ?"_s;
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(30);
        const auto created = create(name, expiry);
        LK_VERIFY_OK(created);
        const CreatedToken &token = created.value();
        QVERIFY(token.value.bytes().startsWith("pat_"));
        QVERIFY(!token.reconciled);
        QCOMPARE(token.token.name, name);
        QCOMPARE(token.token.userId, m_server->primaryUserId());
        QCOMPARE(token.token.fingerprint, TokenFingerprint::of(token.value.view()));
        QCOMPARE(token.token.hint, TokenFingerprint::hintOf(token.value.view()));
        QCOMPARE(token.token.expiresAt->toMSecsSinceEpoch(), expiry.toMSecsSinceEpoch());

        auto listed = list();
        LK_VERIFY_OK(listed);
        QVERIFY(listed.value().contains(token.token));

        const auto duplicate = create(name);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind(), Kind::Conflict);
        QCOMPARE(duplicate.error().httpStatus(), 422);
        QCOMPARE(duplicate.error().code(), u"user.personal_access_token_name_exists"_s);
        QCOMPARE(duplicate.error().userMessage(),
                 u"A token with this name already exists for this user. Choose another name."_s);

        const QString newName = u"renamed token"_s;
        const auto renamed = awaitCall<PersonalAccessToken>([&](QObject *ctx, auto cb) {
            return client().renameToken(m_server->primaryUserId(), name, newName, ctx, cb);
        });
        LK_VERIFY_OK(renamed);
        QCOMPARE(renamed.value().name, newName);
        QCOMPARE(renamed.value().fingerprint, token.token.fingerprint);

        const auto renameMissing = awaitCall<PersonalAccessToken>([&](QObject *ctx, auto cb) {
            return client().renameToken(m_server->primaryUserId(), name, u"x"_s, ctx, cb);
        });
        QVERIFY(!renameMissing.ok());
        QCOMPARE(renameMissing.error().kind(), Kind::NotFound);
        QCOMPARE(renameMissing.error().code(), u"entity.not_exists"_s);

        const auto deleted = awaitCall<Done>([&](QObject *ctx, auto cb) {
            return client().deleteToken(m_server->primaryUserId(), newName, ctx, cb);
        });
        LK_VERIFY_OK(deleted);
        const auto deletedAgain = awaitCall<Done>([&](QObject *ctx, auto cb) {
            return client().deleteToken(m_server->primaryUserId(), newName, ctx, cb);
        });
        QVERIFY(!deletedAgain.ok());
        QCOMPARE(deletedAgain.error().kind(), Kind::NotFound);
        QCOMPARE(deletedAgain.error().code(), u"entity.not_found"_s);

        listed = list();
        LK_VERIFY_OK(listed);
        for (const auto &t : listed.value())
            QVERIFY(t.name != newName && t.name != name);
    }

    // A list above 16 KiB is parsed on the parser thread, a small one on the client's own;
    // asked for at once, both carry exactly the tokens the creates made.
    void largeAndSmallListsParseAlike()
    {
        SandboxOptions options;
        options.seedUsers = 1;
        startServer(options);
        const auto users = awaitCall<UserPage>([&](QObject *ctx, auto cb) {
            return client().listUsers({.search = {}, .page = 1, .pageSize = 100}, ctx, cb);
        });
        LK_VERIFY_OK(users);
        QString other;
        for (const User &user : users.value().users) {
            if (user.id != m_server->primaryUserId())
                other = user.id;
        }
        QVERIFY(!other.isEmpty());

        QHash<QString, PersonalAccessToken> made;
        const QString padding(100, u'x');
        // Asked for all at once: one after another they took most of this test's time.
        QObject creating;
        std::vector<Result<CreatedToken>> answers;
        for (int i = 0; i < 120; ++i) { // ~250 bytes each in the list
            client().createToken(m_server->primaryUserId(), u"bulk %1 %2"_s.arg(i).arg(padding),
                                 std::nullopt, &creating, [&](Result<CreatedToken> created) {
                                     answers.push_back(std::move(created));
                                 });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), size_t(120), 60000);
        for (const Result<CreatedToken> &created : std::as_const(answers)) {
            LK_VERIFY_OK(created);
            made.insert(created.value().token.name, created.value().token);
        }
        QHash<QString, PersonalAccessToken> few;
        for (int i = 0; i < 2; ++i) {
            const auto created = create(u"few %1"_s.arg(i), std::nullopt, other);
            LK_VERIFY_OK(created);
            few.insert(created.value().token.name, created.value().token);
        }

        std::optional<Result<Tokens>> large, small;
        QObject context;
        client().listTokens(m_server->primaryUserId(), &context,
                            [&](Result<Tokens> tokens) { large.emplace(std::move(tokens)); });
        client().listTokens(other, &context,
                            [&](Result<Tokens> tokens) { small.emplace(std::move(tokens)); });
        QTRY_VERIFY_WITH_TIMEOUT(large && small, 30000);
        for (const auto &[listed, expected] :
             {std::pair{&*large, &made}, std::pair{&*small, &few}}) {
            LK_VERIFY_OK(*listed);
            int found = 0;
            for (const PersonalAccessToken &token : listed->value()) {
                if (expected->contains(token.name)) {
                    QCOMPARE(token, expected->value(token.name));
                    ++found;
                }
            }
            QCOMPARE(found, expected->size());
        }
    }

    void createErrors()
    {
        const auto past = create(u"old"_s, QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(!past.ok());
        QCOMPARE(past.error().kind(), Kind::InvalidInput);
        QCOMPARE(past.error().httpStatus(), 400);
        QCOMPARE(past.error().code(), u"request.invalid_input"_s);

        const auto empty = create(QString());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind(), Kind::InvalidInput);
        QCOMPARE(empty.error().code(), u"guard.invalid_input"_s);

        const auto unknownUser = create(u"t"_s, std::nullopt, u"nosuchuser00"_s);
        QVERIFY(!unknownUser.ok());
        QCOMPARE(unknownUser.error().kind(), Kind::NotFound);
        QCOMPARE(unknownUser.error().code(), u"entity.relation_foreign_key_not_found"_s);
        QCOMPARE(unknownUser.error().userMessage(),
                 u"This user no longer exists. Refresh the user list."_s);

        const auto listUnknown = list(u"nosuchuser00"_s);
        QVERIFY(!listUnknown.ok());
        QCOMPARE(listUnknown.error().kind(), Kind::NotFound);
        QCOMPARE(listUnknown.error().code(), u"entity.not_found"_s);
    }

    void tokenIsCachedAndReused()
    {
        LK_VERIFY_OK(getPrimary());
        LK_VERIFY_OK(list());
        LK_VERIFY_OK(getPrimary());
        QCOMPARE(count(u"POST /oidc/token"_s), 1);
        QCOMPARE(count(u"GET /api/users/*"_s), 2);
    }

    void tokenIsRenewedBeforeExpiry()
    {
        SandboxOptions options;
        options.tokenLifetimeSeconds = 2;
        startServer(options);
        LK_VERIFY_OK(getPrimary());
        LK_VERIFY_OK(getPrimary());
        QCOMPARE(count(u"POST /oidc/token"_s), 1);
        // A 2 s token is used for at most 0.8 s (renewed 10 % and the second of exp's
        // rounding early): calls go on until the client fetches the next one.
        int calls = 2;
        int failed = 0;
        const auto callUntilRenewed = [&] {
            ++calls;
            failed += getPrimary().ok() ? 0 : 1;
            return count(u"POST /oidc/token"_s) == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(callUntilRenewed(), 5000);
        QCOMPARE(failed, 0);
        QCOMPARE(count(u"POST /oidc/token"_s), 2);
        // Never a 401 on the way (a 401 is retried once, a second GET): the client renewed
        // before the server would refuse.
        QCOMPARE(count(u"GET /api/users/*"_s), calls);
    }

    void refreshesOnceOn401()
    {
        LK_VERIFY_OK(getPrimary());
        m_server->resetStats();
        SandboxFault unauthorized = fault(u"GET"_s, u"/api/users/*"_s, Action::Status);
        unauthorized.status = 401;
        m_server->addFault(unauthorized);
        LK_VERIFY_OK(getPrimary());
        QCOMPARE(count(u"POST /oidc/token"_s), 1);
        QCOMPARE(count(u"GET /api/users/*"_s), 2);

        // A second 401 in a row is reported, not chased.
        m_server->resetStats();
        unauthorized.times = 5;
        m_server->addFault(unauthorized);
        const auto refused = getPrimary();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Kind::Unauthorized);
        QCOMPARE(count(u"POST /oidc/token"_s), 1);
        QCOMPARE(count(u"GET /api/users/*"_s), 2);
    }

    void concurrentCallsShareOneTokenRequest()
    {
        QObject context;
        int answered = 0;
        int succeeded = 0;
        for (int i = 0; i < 20; ++i) {
            client().getUser(m_server->primaryUserId(), &context, [&](Result<User> r) {
                ++answered;
                succeeded += r.ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 20, 20000);
        QCOMPARE(succeeded, 20);
        QCOMPARE(count(u"POST /oidc/token"_s), 1);
        QCOMPARE(count(u"GET /api/users/*"_s), 20);
    }

    void tokenEndpointFaults()
    {
        SandboxFault unavailable = fault(u"POST"_s, u"/oidc/token"_s, Action::Status);
        unavailable.status = 503;
        m_server->addFault(unavailable);
        LK_VERIFY_OK(getPrimary()); // the token request is repeated like any read
        QCOMPARE(count(u"POST /oidc/token"_s), 2);

        m_server->resetStats();
        m_server->addFault(fault(u"POST"_s, u"/oidc/token"_s, Action::MalformedJson));
        const auto result =
            awaitCall<Done>([&](QObject *ctx, auto cb) { return client().authenticate(ctx, cb); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Parse);
        QVERIFY2(result.error().detail().startsWith(u"token response"_s),
                 qPrintable(result.error().detail()));
        QCOMPARE(count(u"POST /oidc/token"_s), 1);
        QCOMPARE(count(u"GET /api/*"_s), 0);
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retried");
        const QByteArray json = R"({"code":"some.code","message":"Something."})"_ba;
        QTest::newRow("400") << 400 << json << int(Kind::InvalidInput) << u"some.code"_s << false;
        QTest::newRow("403") << 403 << json << int(Kind::Forbidden) << u"some.code"_s << false;
        QTest::newRow("404") << 404 << json << int(Kind::NotFound) << u"some.code"_s << false;
        QTest::newRow("404 plain text")
            << 404 << "Not Found"_ba << int(Kind::NotFound) << QString() << false;
        QTest::newRow("422") << 422 << json << int(Kind::Conflict) << u"some.code"_s << false;
        QTest::newRow("429") << 429 << json << int(Kind::RateLimited) << u"some.code"_s << true;
        QTest::newRow("500") << 500 << json << int(Kind::Server) << u"some.code"_s << false;
        QTest::newRow("502 html") << 502 << "<html><h1>Bad Gateway</h1></html>"_ba
                                  << int(Kind::Server) << QString() << true;
        QTest::newRow("503") << 503 << QByteArray() << int(Kind::Server) << QString() << true;
        QTest::newRow("504") << 504 << json << int(Kind::Server) << u"some.code"_s << true;
        QTest::newRow("418") << 418 << json << int(Kind::Http) << u"some.code"_s << false;
    }

    void statusMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(bool, retried);
        SandboxFault f = fault(u"GET"_s, u"/api/users/*"_s, Action::Status, 100);
        f.status = status;
        f.body = body;
        m_server->addFault(f);
        const auto result = getPrimary();
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind()), kind);
        QCOMPARE(result.error().httpStatus(), status);
        if (!body.isEmpty())
            QCOMPARE(result.error().code(), code);
        QCOMPARE(result.error().isRetryable(), retried);
        const QString sentence = result.error().userMessage();
        QVERIFY(!sentence.isEmpty());
        if (code.isEmpty())
            QVERIFY2(sentence.contains(QString::number(status)), qPrintable(sentence));
        QCOMPARE(count(u"GET /api/users/*"_s), retried ? client().config().maxAttempts : 1);
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("status");
        QTest::newRow("reset") << int(Action::Reset) << 0;
        QTest::newRow("truncate") << int(Action::Truncate) << 0;
        QTest::newRow("503") << int(Action::Status) << 503;
        QTest::newRow("429") << int(Action::Status) << 429;
    }

    void transientFailuresAreRetried()
    {
        QFETCH(int, action);
        QFETCH(int, status);
        SandboxFault f = fault(u"GET"_s, u"/api/users/*"_s, Action(action), 2);
        f.status = status;
        m_server->addFault(f);
        LK_VERIFY_OK(getPrimary());
        QCOMPARE(count(u"GET /api/users/*"_s), 3);
    }

    void persistentResetGivesNetworkError()
    {
        m_server->addFault(fault(u"GET"_s, u"/api/users/*"_s, Action::Reset, 100));
        const auto result = getPrimary();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Network);
        QVERIFY(result.error().isRetryable());
        // Our attempts, plus at most one transparent re-send by Qt per attempt:
        // Qt repeats a body-less request once when a connection closes unanswered.
        const int attempts = client().config().maxAttempts;
        QVERIFY(count(u"GET /api/users/*"_s) >= attempts);
        QVERIFY(count(u"GET /api/users/*"_s) <= 2 * attempts);
    }

    void retryAfterIsHonoured()
    {
        SandboxFault f = fault(u"GET"_s, u"/api/users/*"_s, Action::Status);
        f.status = 429;
        f.retryAfterSeconds = 1;
        m_server->addFault(f);
        LK_VERIFY_OK(getPrimary()); // warms the token cache
        m_server->resetStats();
        m_server->addFault(f);
        QElapsedTimer clock;
        clock.start();
        LK_VERIFY_OK(getPrimary());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(count(u"GET /api/users/*"_s), 2);
    }

    void retryBudgetEndsRetries()
    {
        ClientConfig config = sandboxClientConfig(*m_server);
        config.maxAttempts = 10;
        config.maxRetryTime = 1500ms;
        LogtoClient impatient(std::move(config));
        SandboxFault f = fault(u"GET"_s, u"/api/users/*"_s, Action::Status, 100);
        f.status = 503;
        f.retryAfterSeconds = 1;
        f.status = 429;
        m_server->addFault(f);
        QElapsedTimer clock;
        clock.start();
        const auto result = awaitCall<User>([&](QObject *ctx, auto cb) {
            return impatient.getUser(m_server->primaryUserId(), ctx, cb);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::RateLimited);
        QCOMPARE(count(u"GET /api/users/*"_s), 2);
        QVERIFY(clock.elapsed() < 3000);
    }

    void timeoutIsRetriedForReads()
    {
        ClientConfig config = sandboxClientConfig(*m_server);
        config.requestTimeout = 500ms;
        config.maxAttempts = 2;
        LogtoClient quick(std::move(config));
        SandboxFault slow = fault(u"GET"_s, u"/api/users/*"_s, Action::Delay, 1);
        slow.delayMs = 1500;
        m_server->addFault(slow);
        auto get = [&] {
            return awaitCall<User>([&](QObject *ctx, auto cb) {
                return quick.getUser(m_server->primaryUserId(), ctx, cb);
            });
        };
        LK_VERIFY_OK(get());
        QCOMPARE(count(u"GET /api/users/*"_s), 2);

        m_server->resetStats();
        slow.times = 2;
        m_server->addFault(slow);
        const auto result = get();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Timeout);
        QCOMPARE(count(u"GET /api/users/*"_s), 2);
    }

    void malformedAndWrongShapesAreParseErrors_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("malformed") << int(Action::MalformedJson);
        QTest::newRow("wrong shape") << int(Action::WrongShape);
    }

    void malformedAndWrongShapesAreParseErrors()
    {
        QFETCH(int, action);
        m_server->addFault(fault(u"GET"_s, tokensPattern(), Action(action)));
        const auto tokens = list();
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind(), Kind::Parse);
        QVERIFY2(tokens.error().detail().startsWith(u"tokens"_s),
                 qPrintable(tokens.error().detail()));
        QCOMPARE(count(u"GET "_s + tokensPattern()), 1);

        m_server->addFault(fault(u"GET"_s, u"/api/users"_s, Action(action)));
        const auto users = awaitCall<UserPage>(
            [&](QObject *ctx, auto cb) { return client().listUsers({}, ctx, cb); });
        QVERIFY(!users.ok());
        QCOMPARE(users.error().kind(), Kind::Parse);
        QVERIFY2(users.error().detail().startsWith(u"users"_s), qPrintable(users.error().detail()));
        QVERIFY(users.error().userMessage().contains(users.error().detail()));
    }

    void oversizedAnswerIsRefused()
    {
        ClientConfig config = sandboxClientConfig(*m_server);
        config.maxResponseBytes = 64 * 1024;
        LogtoClient limited(std::move(config));
        SandboxFault big = fault(u"GET"_s, tokensPattern(), Action::Oversized);
        big.bytes = 8 * 1024 * 1024;
        m_server->addFault(big);
        const auto result = awaitCall<Tokens>([&](QObject *ctx, auto cb) {
            return limited.listTokens(m_server->primaryUserId(), ctx, cb);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Parse);
        QVERIFY2(result.error().detail().contains(u"limit of 65536 bytes"_s),
                 qPrintable(result.error().detail()));
        QCOMPARE(count(u"GET "_s + tokensPattern()), 1);
    }

    void lostCreateAnswerIsReconciled()
    {
        LK_VERIFY_OK(list()); // token cached, so the counts below are the create's alone
        m_server->resetStats();
        m_server->addFault(fault(u"POST"_s, tokensPattern(), Action::ResetAfterHandling));
        const auto created = create(u"lost answer"_s);
        LK_VERIFY_OK(created);
        QVERIFY(created.value().reconciled);
        QCOMPARE(created.value().token.name, u"lost answer"_s);
        QVERIFY(created.value().value.bytes().startsWith("pat_"));
        QCOMPARE(count(u"POST "_s + tokensPattern()), 1); // never repeated blindly

        const auto listed = list();
        LK_VERIFY_OK(listed);
        int matches = 0;
        for (const auto &t : listed.value()) {
            if (t.name == u"lost answer"_s) {
                ++matches;
                QCOMPARE(t.fingerprint, TokenFingerprint::of(created.value().value.view()));
            }
        }
        QCOMPARE(matches, 1);
    }

    void createTruncatedAnswerIsReconciled()
    {
        m_server->addFault(fault(u"POST"_s, tokensPattern(), Action::Truncate));
        const auto created = create(u"half an answer"_s);
        LK_VERIFY_OK(created);
        QVERIFY(created.value().reconciled);
        QCOMPARE(created.value().token.fingerprint,
                 TokenFingerprint::of(created.value().value.view()));
        QCOMPARE(count(u"POST "_s + tokensPattern()), 1);
    }

    void createNotCarriedOutReportsError()
    {
        m_server->addFault(fault(u"POST"_s, tokensPattern(), Action::Reset));
        const auto created = create(u"never made"_s);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind(), Kind::Network);
        QCOMPARE(count(u"POST "_s + tokensPattern()), 1);
        const auto listed = list();
        LK_VERIFY_OK(listed);
        for (const auto &t : listed.value())
            QVERIFY(t.name != u"never made"_s);
    }

    // A proxy's 503 may or may not have passed the create on: the client looks
    // first, finds nothing, and sends the create again after Retry-After.
    void createUnavailableIsRetriedAfterLooking()
    {
        LK_VERIFY_OK(list()); // token cached, so the counts below are the create's alone
        m_server->resetStats();
        SandboxFault unavailable = fault(u"POST"_s, tokensPattern(), Action::Status);
        unavailable.status = 503;
        unavailable.retryAfterSeconds = 1;
        m_server->addFault(unavailable);
        QElapsedTimer clock;
        clock.start();
        const auto created = create(u"after a 503"_s);
        LK_VERIFY_OK(created);
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!created.value().reconciled);
        QCOMPARE(created.value().token.fingerprint,
                 TokenFingerprint::of(created.value().value.view()));
        QCOMPARE(count(u"POST "_s + tokensPattern()), 2);

        const auto listed = list();
        LK_VERIFY_OK(listed);
        int matches = 0;
        for (const auto &t : listed.value())
            matches += t.name == u"after a 503"_s ? 1 : 0;
        QCOMPARE(matches, 1);
    }

    void createTimeoutIsNotRepeated()
    {
        ClientConfig config = sandboxClientConfig(*m_server);
        config.requestTimeout = 500ms;
        LogtoClient quick(std::move(config));
        SandboxFault slow = fault(u"POST"_s, tokensPattern(), Action::Delay);
        slow.delayMs = 1200;
        m_server->addFault(slow);
        const auto created = awaitCall<CreatedToken>([&](QObject *ctx, auto cb) {
            return quick.createToken(m_server->primaryUserId(), u"slow"_s, std::nullopt, ctx, cb);
        });
        // The server finishes the create only after the client gave up, so the
        // reconciling list taken at once cannot show it: a timeout, never a re-send.
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind(), Kind::Timeout);
        QCOMPARE(count(u"POST "_s + tokensPattern()), 1);
        QCOMPARE(count(u"GET "_s + tokensPattern()), 1); // the reconciling look
    }

    void lostRenameAnswerIsSuccess()
    {
        LK_VERIFY_OK(create(u"before"_s));
        m_server->resetStats();
        m_server->addFault(fault(u"PATCH"_s, tokensPattern(), Action::ResetAfterHandling));
        const auto renamed = awaitCall<PersonalAccessToken>([&](QObject *ctx, auto cb) {
            return client().renameToken(m_server->primaryUserId(), u"before"_s, u"after"_s, ctx,
                                        cb);
        });
        LK_VERIFY_OK(renamed);
        QCOMPARE(renamed.value().name, u"after"_s);
        QCOMPARE(count(u"PATCH "_s + tokensPattern()), 2);
    }

    void lostDeleteAnswerIsSuccess()
    {
        LK_VERIFY_OK(create(u"doomed"_s));
        m_server->resetStats();
        m_server->addFault(
            fault(u"POST"_s, tokensPattern() + u"/delete"_s, Action::ResetAfterHandling));
        const auto deleted = awaitCall<Done>([&](QObject *ctx, auto cb) {
            return client().deleteToken(m_server->primaryUserId(), u"doomed"_s, ctx, cb);
        });
        LK_VERIFY_OK(deleted);
        QCOMPARE(count(u"POST "_s + tokensPattern() + u"/delete"_s), 2);
    }

    void exchangeToken()
    {
        const auto created = create(u"exchange me"_s);
        LK_VERIFY_OK(created);
        const auto app = m_server->createApp(false, true);
        ClientConfig config = sandboxClientConfig(*m_server);
        config.appId = app.appId;
        config.appSecret = SecretBytes::fromString(app.appSecret);
        LogtoClient exchanger(std::move(config));
        const auto exchanged = awaitCall<ExchangedToken>([&](QObject *ctx, auto cb) {
            return exchanger.exchangeToken(created.value().value, ctx, cb);
        });
        LK_VERIFY_OK(exchanged);
        QCOMPARE(exchanged.value().accessToken.bytes().count('.'), 2);
        QCOMPARE(exchanged.value().tokenType, u"Bearer"_s);
        QVERIFY(exchanged.value().expiresIn > 0);

        // An app without the token exchange switch is refused.
        const auto plainApp = m_server->createApp(true, false);
        ClientConfig plainConfig = sandboxClientConfig(*m_server);
        plainConfig.appId = plainApp.appId;
        plainConfig.appSecret = SecretBytes::fromString(plainApp.appSecret);
        LogtoClient plain(std::move(plainConfig));
        const auto notAllowed = awaitCall<ExchangedToken>([&](QObject *ctx, auto cb) {
            return plain.exchangeToken(created.value().value, ctx, cb);
        });
        QVERIFY(!notAllowed.ok());
        QCOMPARE(notAllowed.error().kind(), Kind::InvalidInput);
        QVERIFY(!notAllowed.error().isInvalidGrant());

        LK_VERIFY_OK(awaitCall<Done>([&](QObject *ctx, auto cb) {
            return client().deleteToken(m_server->primaryUserId(), u"exchange me"_s, ctx, cb);
        }));
        const auto deleted = awaitCall<ExchangedToken>([&](QObject *ctx, auto cb) {
            return exchanger.exchangeToken(created.value().value, ctx, cb);
        });
        QVERIFY(!deleted.ok());
        QCOMPARE(deleted.error().kind(), Kind::InvalidInput);
        QVERIFY(deleted.error().isInvalidGrant());
        QCOMPARE(deleted.error().code(), u"invalid_grant"_s);
        QCOMPARE(deleted.error().userMessage(),
                 u"This token is not valid: deleted, expired, or its user is suspended."_s);
    }

    void fetchJwks()
    {
        const auto jwks = awaitCall<QByteArray>(
            [&](QObject *ctx, auto cb) { return client().fetchJwks(ctx, cb); });
        LK_VERIFY_OK(jwks);
        QVERIFY(jwks.value().contains("\"keys\""));
        QCOMPARE(count(u"POST /oidc/token"_s), 0); // public document, no credentials
    }

    void plainHttpToRemoteHostIsRefused()
    {
        ClientConfig config;
        config.endpoint = QUrl(u"http://example.invalid"_s);
        config.appId = u"app"_s;
        config.appSecret = SecretBytes("secret"_ba);
        LogtoClient remote(std::move(config));
        const auto auth =
            awaitCall<Done>([&](QObject *ctx, auto cb) { return remote.authenticate(ctx, cb); });
        QVERIFY(!auth.ok());
        QCOMPARE(auth.error().kind(), Kind::Insecure);
        const auto users = awaitCall<UserPage>(
            [&](QObject *ctx, auto cb) { return remote.listUsers({}, ctx, cb); });
        QCOMPARE(users.error().kind(), Kind::Insecure);
        const auto jwks =
            awaitCall<QByteArray>([&](QObject *ctx, auto cb) { return remote.fetchJwks(ctx, cb); });
        QCOMPARE(jwks.error().kind(), Kind::Insecure);
        QVERIFY(!auth.error().userMessage().isEmpty());
    }

    void abortedCallNeverCallsBack()
    {
        LK_VERIFY_OK(getPrimary());
        SandboxFault slow = fault(u"GET"_s, u"/api/users/*"_s, Action::Delay);
        slow.delayMs = 300;
        m_server->addFault(slow);
        QObject context;
        int calls = 0;
        QPointer<ApiCall> call =
            client().getUser(m_server->primaryUserId(), &context, [&](Result<User>) { ++calls; });
        // Abort once the request is at the server, so that an answer is coming.
        QTRY_COMPARE(count(u"GET /api/users/*"_s), 2);
        call->abort();
        // The server is done with the request (answered or dropped), and a later call's
        // answer came through after anything the first one could have brought.
        QTRY_COMPARE(m_server->requestsInProgress(), 0);
        LK_VERIFY_OK(list());
        QCOMPARE(calls, 0);
        QVERIFY(call.isNull()); // the handle cleaned up after itself
    }

    void destroyedContextCancels()
    {
        SandboxFault slow = fault(u"GET"_s, u"/api/users/*"_s, Action::Delay);
        slow.delayMs = 300;
        m_server->addFault(slow);
        int calls = 0;
        auto *context = new QObject;
        QPointer<ApiCall> call =
            client().getUser(m_server->primaryUserId(), context, [&](Result<User>) { ++calls; });
        QTRY_COMPARE(count(u"GET /api/users/*"_s), 1);
        delete context;
        QTRY_COMPARE(m_server->requestsInProgress(), 0);
        LK_VERIFY_OK(list());
        QCOMPARE(calls, 0);
        QVERIFY(call.isNull());
    }

    void abortWhileWaitingForTokenNeverCallsBack()
    {
        SandboxFault slow = fault(u"POST"_s, u"/oidc/token"_s, Action::Delay);
        slow.delayMs = 300;
        m_server->addFault(slow);
        QObject context;
        int calls = 0;
        QPointer<ApiCall> call =
            client().listTokens(m_server->primaryUserId(), &context, [&](auto) { ++calls; });
        QTRY_COMPARE(count(u"POST /oidc/token"_s), 1);
        call->abort();
        // The shared token request still completes and is cached for later calls; the
        // aborted call, first in line for it, never goes on to the API.
        QTRY_COMPARE(m_server->requestsInProgress(), 0);
        LK_VERIFY_OK(list());
        QCOMPARE(calls, 0);
        QCOMPARE(count(u"GET "_s + tokensPattern()), 1); // the list's own
        QCOMPARE(count(u"POST /oidc/token"_s), 1);
    }

    void destroyingClientMidCallIsSafe()
    {
        SandboxFault slow = fault(u"GET"_s, u"/api/users/*"_s, Action::Delay);
        slow.delayMs = 200;
        m_server->addFault(slow);
        QObject context;
        int calls = 0;
        client().getUser(m_server->primaryUserId(), &context, [&](auto) { ++calls; });
        QTRY_COMPARE(count(u"GET /api/users/*"_s), 1);
        m_client.reset();
        QTRY_COMPARE(m_server->requestsInProgress(), 0);
        drainEvents();
        QCOMPARE(calls, 0);
    }

    void callbackMayDestroyClient()
    {
        QObject context;
        int calls = 0;
        client().getUser(m_server->primaryUserId(), &context, [&](Result<User> r) {
            ++calls;
            QVERIFY(r.ok());
            m_client.reset();
        });
        QTRY_COMPARE(calls, 1);
        drainEvents();
        QCOMPARE(calls, 1);
        QVERIFY(!m_client);
    }
};

QTEST_GUILESS_MAIN(TestLogtoClient)
#include "tst_logtoclient.moc"
