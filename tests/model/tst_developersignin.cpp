// Tests a developer's sign-in end to end over real HTTP against the sandbox, with the test
// playing the browser (TestBrowser follows the authorization URL, submits the sign-in page
// and lands on the loopback listener) and the refresh token in the real Secret Service:
// PKCE S256, state, nonce, prompt=consent and resource in the request; a wrong state and a
// PKCE mismatch refused; redirects to another host or path refused by the server, another
// loopback port accepted; no refresh token without prompt=consent; refresh before expiry;
// two sessions and two processes refreshing at once never reuse a replaced token; a replaced
// token reused late and a revoked one sign out cleanly; a token the gateway refuses (401) is
// refreshed once and the call goes through; sign out revokes; the refresh token
// is nowhere on disk.
#include "app/gateway/gatewayserver.h"
#include "net/logtoclient.h"
#include "tests/model/signintestrig.h"
#include "tests/support/awaitcall.h"
#include "tests/support/testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace latchkey::test;

namespace latchkey {

namespace {

qint64 expiryOf(const SecretBytes &jwt)
{
    const QList<QByteArray> parts = jwt.view().toByteArray().split('.');
    if (parts.size() != 3)
        return 0;
    const QByteArray payload = QByteArray::fromBase64(
        parts[1], QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return QJsonDocument::fromJson(payload).object().value(u"exp"_s).toInteger();
}

// Acquires a token from session, waiting for the answer.
Result<SecretBytes> acquire(UserSession &session)
{
    auto token = await<Result<SecretBytes>>(
        [&](QObject *context, auto done) { session.acquire(context, done); });
    if (!token)
        return ApiError(ApiError::Kind::Cancelled, 0, u"test-no-callback"_s, {});
    return std::move(*token);
}

// The authorization URL with another redirect_uri.
QUrl withRedirect(QUrl url, const QString &redirect)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(u"redirect_uri"_s);
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    url.setQuery(query);
    return url;
}

} // namespace

class TestDeveloperSignIn : public QObject
{
    Q_OBJECT

    // Short-lived access tokens (the refresh tests wait for them) and a short reuse window
    // (none for the tests of refreshes at once: any reuse of a replaced refresh token then
    // revokes the sign-in).
    static SandboxOptions options(int reuseWindowMs = 300, int tokenLifetimeSeconds = 3)
    {
        SandboxOptions o;
        o.testHooks = true;
        o.tokenLifetimeSeconds = tokenLifetimeSeconds;
        o.refreshReuseWindowMs = reuseWindowMs;
        return o;
    }

private slots:
    void signsInWithPkceStateAndConsent()
    {
        SignInTestRig rig(u"signin-pkce"_s);
        QVERIFY(rig.start(options()));
        SignInTestRig::Front front = rig.front();
        QSignalSpy states(front.session.get(), &UserSession::stateChanged);

        BrowserSignIn signIn(front.session->oidc());
        std::optional<Result<SignInGrant>> finished;
        const QUrl url = rig.startSignIn(signIn, finished);
        QVERIFY(url.isValid());
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"client_id"_s), rig.apps.nativeAppId);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
        QCOMPARE(query.queryItemValue(u"prompt"_s), u"consent"_s);
        QCOMPARE(query.queryItemValue(u"resource"_s, QUrl::FullyDecoded), kSignInResource);
        QVERIFY(query.queryItemValue(u"state"_s).size() >= 32);
        QVERIFY(query.queryItemValue(u"nonce"_s).size() >= 32);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
                 u"openid offline_access profile"_s);
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QCOMPARE(redirect.path(), u"/callback"_s);
        QVERIFY(redirect.port() > 0);
        QCOMPARE(redirect, signIn.redirectUri());

        TestBrowser browser(rig.apps.developer);
        const TestBrowser::Outcome outcome = browser.open(url);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        // The last page is the listener's, with the text the app gave it.
        QCOMPARE(outcome.url.port(), redirect.port());
        QVERIFY(outcome.body.contains("You can close this tab."));
        QTRY_VERIFY(finished.has_value());
        LK_VERIFY_OK(*finished);
        const SignInGrant &grant = finished->value();
        QCOMPARE(grant.user.subject, rig.server.primaryUserId());
        QCOMPARE(grant.user.username, rig.apps.developer);
        QCOMPARE(grant.clientId, rig.apps.nativeAppId);
        QVERIFY(!grant.tokens.refreshToken.isEmpty());
        // A JWT for the gateway, not an opaque token: resource went to the token request too.
        QCOMPARE(grant.tokens.accessToken.view().toByteArray().count('.'), 2);

        const QByteArray refreshToken = grant.tokens.refreshToken.view().toByteArray();
        const auto kept = await<Result<Done>>([&](QObject *c, auto done) {
            front.session->adopt(std::move(finished->value().tokens), grant.clientId, c, done);
        });
        QVERIFY(kept && kept->ok());
        QCOMPARE(front.session->state(), UserSession::State::SignedIn);
        QCOMPARE(states.size(), 1);
        QCOMPARE(rig.storedRefreshToken(), refreshToken);
        // The session's token is the one the sign-in brought: no refresh yet.
        const int requests = rig.tokenRequests();
        LK_VERIFY_OK(acquire(*front.session));
        QCOMPARE(rig.tokenRequests(), requests);
    }

    void wrongStateIsRefused()
    {
        SignInTestRig rig(u"signin-state"_s);
        QVERIFY(rig.start(options()));
        const auto started = rig.startBrowserSignIn();
        QVERIFY(started->url.isValid());

        // A forged redirect to the listener: a code, but not this sign-in's state.
        QUrl forged = started->signIn.redirectUri();
        forged.setQuery(u"code=someone-elses-code&state=not-the-state"_s);
        const int requests = rig.tokenRequests();
        TestBrowser browser(rig.apps.developer);
        browser.get(forged);
        QTRY_VERIFY(started->finished.has_value());
        QVERIFY(!started->finished->ok());
        QCOMPARE(started->finished->error().code(), u"latchkey.state_mismatch"_s);
        // Its code was never sent to the server.
        QCOMPARE(rig.tokenRequests(), requests);
    }

    void pkceMismatchIsRefused()
    {
        SignInTestRig rig(u"signin-pkcemismatch"_s);
        QVERIFY(rig.start(options()));
        const auto started = rig.startBrowserSignIn();
        QVERIFY(started->url.isValid());
        // The browser is sent to a loopback port nobody listens on (another port is fine
        // for the server), so the test gets the code instead of the app.
        const QUrl redirect(u"http://127.0.0.1:9/callback"_s);
        const QUrl url = withRedirect(started->url, redirect.toString());
        TestBrowser browser(rig.apps.developer);
        const TestBrowser::Outcome outcome = browser.open(url);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.visits.isEmpty());
        const QUrl landed = outcome.visits.last().url;
        QCOMPARE(landed.port(), 9);
        const QString code = QUrlQuery(landed).queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());

        // Another verifier than the one the challenge was made from.
        const auto redeemed = awaitCall<UserTokenGrant>([&](QObject *c, auto done) {
            started->front.session->oidc()->redeemCode(rig.apps.nativeAppId, code.toLatin1(),
                                                       QByteArray(64, 'x'), redirect.toString(), c,
                                                       done);
        });
        QVERIFY(!redeemed.ok());
        QVERIFY(redeemed.error().isInvalidGrant());
    }

    void serverMatchesTheRedirect_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("another loopback port") << u"http://127.0.0.1:4711/callback"_s << true;
        QTest::newRow("localhost") << u"http://localhost:4711/callback"_s << false;
        QTest::newRow("another host") << u"http://192.0.2.1:4711/callback"_s << false;
        QTest::newRow("another path") << u"http://127.0.0.1:4711/elsewhere"_s << false;
    }

    void serverMatchesTheRedirect()
    {
        QFETCH(QString, redirect);
        QFETCH(bool, accepted);
        SignInTestRig rig(u"signin-redirect"_s);
        QVERIFY(rig.start(options()));
        const auto started = rig.startBrowserSignIn();
        QVERIFY(started->url.isValid());

        TestBrowser browser(rig.apps.developer);
        const TestBrowser::Outcome first = browser.get(withRedirect(started->url, redirect));
        if (accepted) {
            QCOMPARE(first.status, 303);
            QVERIFY(first.visits.first().location.path().endsWith(u"/sign-in"_s));
        } else {
            QCOMPARE(first.status, 400);
            QVERIFY(first.body.contains("invalid_redirect_uri"));
        }
    }

    void noRefreshTokenWithoutConsent()
    {
        SignInTestRig rig(u"signin-consent"_s);
        QVERIFY(rig.start(options()));
        const auto started = rig.startBrowserSignIn();
        QVERIFY(started->url.isValid());
        // The same request without prompt=consent: Logto then drops offline_access.
        QUrl url = started->url;
        QUrlQuery query(url);
        query.removeAllQueryItems(u"prompt"_s);
        url.setQuery(query);
        TestBrowser browser(rig.apps.developer);
        QVERIFY(browser.open(url).ok);
        QTRY_VERIFY(started->finished.has_value());
        QVERIFY(!started->finished->ok());
        QCOMPARE(started->finished->error().code(), u"latchkey.no_refresh_token"_s);
        // Nothing was kept.
        QVERIFY(rig.storedRefreshToken().isEmpty());
    }

    void refreshesBeforeExpiry()
    {
        SignInTestRig rig(u"signin-refresh"_s);
        // 10 s tokens: the session renews a tenth and a second early (exp is in whole
        // seconds), so at least a second before exp: more than a busy machine's delays.
        QVERIFY(rig.start(options(300, 10)));
        SignInTestRig::Front front = rig.front();
        const auto grant = rig.signIn(front.session.get());
        QVERIFY(grant);
        const QByteArray first = grant->tokens.accessToken.view().toByteArray();
        const QByteArray firstRefresh = rig.storedRefreshToken();
        const qint64 firstExpiry = expiryOf(grant->tokens.accessToken);
        QVERIFY(firstExpiry > 0);
        const int requests = rig.tokenRequests();

        // Asked again and again, the session hands out the same token until shortly before
        // it expires, then a new one: the refresh was asked for while the old one still
        // worked (timed when asked: the keychain write that follows is not the session's).
        qint64 refreshedAt = 0;
        QByteArray second;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const qint64 askedAt = QDateTime::currentMSecsSinceEpoch();
                const Result<SecretBytes> token = acquire(*front.session);
                if (!token)
                    return false;
                if (token.value().view() == QByteArrayView(first))
                    return false;
                refreshedAt = askedAt;
                second = token.value().view().toByteArray();
                return true;
            }(),
            20000);
        QVERIFY(refreshedAt < firstExpiry * 1000);
        QCOMPARE(rig.tokenRequests(), requests + 1);
        // The rotated refresh token replaced the old one in the keychain.
        const QByteArray rotated = rig.storedRefreshToken();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != firstRefresh);
        QCOMPARE(front.session->state(), UserSession::State::SignedIn);
    }

    void refreshesAfterTheGatewayRefusesTheToken()
    {
        // The session believes its access token good for an hour (as after a suspend, which
        // the monotonic clock never saw), but Logto issued it for 3 s: once it has expired,
        // the gateway answers 401, the session refreshes once and the call goes through.
        SignInTestRig rig(u"signin-gateway401"_s);
        QVERIFY(rig.start(options()));
        GatewayConfig gatewayConfig;
        gatewayConfig.logtoEndpoint = rig.server.endpoint();
        gatewayConfig.appId = rig.server.appId();
        gatewayConfig.appSecret = SecretBytes::fromString(rig.server.appSecret());
        gatewayConfig.resource = kSignInResource;
        gatewayConfig.clockLeeway = std::chrono::seconds(0);
        QList<QJsonObject> audit;
        GatewayServer gateway;
        QString error;
        QVERIFY2(gateway.start(std::move(gatewayConfig), &error,
                               [&audit](const QByteArray &line) {
                                   audit.append(QJsonDocument::fromJson(line).object());
                               }),
                 qPrintable(error));
        // The client of a developer connection: the rig's Native app, through the gateway.
        ClientConfig config;
        config.endpoint = rig.config.endpoint;
        config.appId = rig.config.appId;
        config.apiIndicator = rig.config.apiIndicator;
        config.retryBaseDelay = rig.config.retryBaseDelay;
        config.gateway = gateway.url();
        KeychainRefreshTokenStore store(&rig.secrets, rig.profileName);
        LogtoClient client(std::move(config), UserSession::maker(&store, rig.lockPath()));
        auto *session = qobject_cast<UserSession *>(client.bearer());
        QVERIFY(session);
        const auto grant = rig.signIn(session, 3600);
        QVERIFY(grant);
        const qint64 expiry = expiryOf(grant->tokens.accessToken);
        QVERIFY(expiry > 0);
        const QByteArray refreshToken = rig.storedRefreshToken();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > (expiry + 1) * 1000, 10000);

        const auto created = awaitCall<CreatedToken>([&](QObject *c, auto done) {
            client.createToken({}, u"made after a 401"_s,
                               QDateTime::currentDateTimeUtc().addDays(30), c, done);
        });
        LK_VERIFY_OK(created);
        QVERIFY(created.value().value.view().startsWith("pat_"));
        // The gateway saw the expired token first, then the refreshed one.
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0][u"status"_s].toInt(), 401);
        QCOMPARE(audit[0][u"action"_s].toString(), u"create"_s);
        QCOMPARE(audit[1][u"status"_s].toInt(), 201);
        // A new access token, and the rotated refresh token kept. (The sandbox's count of
        // token requests would include the gateway's own client-credentials grants.)
        const Result<SecretBytes> now = acquire(*session);
        LK_VERIFY_OK(now);
        QVERIFY(now.value().view() != grant->tokens.accessToken.view());
        QVERIFY(rig.storedRefreshToken() != refreshToken);
        QCOMPARE(session->state(), UserSession::State::SignedIn);
    }

    void twoSessionsRefreshingAtOnceRefreshOneAtATime()
    {
        SignInTestRig rig(u"signin-twosessions"_s);
        QVERIFY(rig.start(options(0)));
        SignInTestRig::Front app = rig.front();
        QVERIFY(rig.signIn(app.session.get()));
        // A second front on the same sign-in (its own lock object and keychain store, the
        // same lock file and entry), as the window and a latchkeyctl in one process would.
        SignInTestRig::Front other = rig.front();
        app.session->forget();
        const int requests = rig.tokenRequests();

        std::optional<Result<SecretBytes>> a, b;
        QObject context;
        app.session->acquire(&context, [&](Result<SecretBytes> t) { a = std::move(t); });
        other.session->acquire(&context, [&](Result<SecretBytes> t) { b = std::move(t); });
        QTRY_VERIFY(a.has_value() && b.has_value());
        LK_VERIFY_OK(*a);
        LK_VERIFY_OK(*b);
        // One after the other, each with the refresh token the one before stored: had both
        // used the same one, the second would have revoked the sign-in (no reuse window).
        QCOMPARE(rig.tokenRequests(), requests + 2);
        app.session->forget();
        LK_VERIFY_OK(acquire(*app.session));
        QCOMPARE(app.session->state(), UserSession::State::SignedIn);
        QCOMPARE(other.session->state(), UserSession::State::SignedIn);
    }

    void twoProcessesRefreshingAtOnceBothKeepWorking()
    {
        SignInTestRig rig(u"signin-twoprocesses"_s);
        QVERIFY(rig.start(options(0)));
        SignInTestRig::Front app = rig.front();
        QVERIFY(rig.signIn(app.session.get()));
        app.session->forget();

        QProcess peer;
        peer.start(TestPaths::build(u"tests/model/developersignin-peer"_s),
                   {rig.config.endpoint.toString(), rig.config.appId, rig.config.apiIndicator,
                    rig.secrets.service(), rig.profileName, rig.lockPath()});
        QVERIFY(peer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(peer.canReadLine(), 20000);
        QCOMPARE(peer.readLine().trimmed(), QByteArray("ready"));
        const int requests = rig.tokenRequests();

        // Both at the same moment.
        std::optional<Result<SecretBytes>> mine;
        QObject context;
        peer.write("go\n");
        app.session->acquire(&context, [&](Result<SecretBytes> t) { mine = std::move(t); });
        QTRY_VERIFY_WITH_TIMEOUT(mine.has_value(), 30000);
        // The sandbox runs in this process: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(peer.state() == QProcess::NotRunning, 30000);
        const QByteArray answer = peer.readAllStandardOutput().trimmed();
        QVERIFY2(answer.startsWith("token "), answer.constData());
        QCOMPARE(peer.exitCode(), 0);
        LK_VERIFY_OK(*mine);
        QCOMPARE(rig.tokenRequests(), requests + 2);

        // Neither reused a replaced token: the sign-in goes on.
        app.session->forget();
        LK_VERIFY_OK(acquire(*app.session));
        QCOMPARE(app.session->state(), UserSession::State::SignedIn);
    }

    void replacedTokenReusedLateSignsOutCleanly()
    {
        SignInTestRig rig(u"signin-reuse"_s);
        QVERIFY(rig.start(options()));
        SignInTestRig::Front front = rig.front();
        QVERIFY(rig.signIn(front.session.get()));
        const QByteArray replaced = rig.storedRefreshToken();
        front.session->forget();
        LK_VERIFY_OK(acquire(*front.session));
        QVERIFY(rig.storedRefreshToken() != replaced);

        // A stale copy of the replaced token comes back after the reuse window (300 ms): a
        // refresh with it revokes the whole sign-in at the server. Wait until the server
        // says so, on a copy of it.
        QVERIFY(rig.writeStoredRefreshToken(replaced));
        QTRY_VERIFY_WITH_TIMEOUT(rig.refreshDirectly(replaced).error().isInvalidGrant(), 10000);
        QVERIFY(rig.writeStoredRefreshToken(replaced));
        QSignalSpy states(front.session.get(), &UserSession::stateChanged);
        front.session->forget();
        const int requests = rig.tokenRequests();

        const Result<SecretBytes> token = acquire(*front.session);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind(), ApiError::Kind::SignedOut);
        QCOMPARE(front.session->state(), UserSession::State::SignedOut);
        QCOMPARE(states.size(), 1);
        QVERIFY(rig.storedRefreshToken().isEmpty());
        // Signed out, it asks nobody again: no error loop.
        const Result<SecretBytes> again = acquire(*front.session);
        QCOMPARE(again.error().kind(), ApiError::Kind::SignedOut);
        QCOMPARE(rig.tokenRequests(), requests + 1);
    }

    void revokedSignInSignsOut()
    {
        SignInTestRig rig(u"signin-revoked"_s);
        QVERIFY(rig.start(options()));
        SignInTestRig::Front front = rig.front();
        QVERIFY(rig.signIn(front.session.get()));
        const QByteArray stored = rig.storedRefreshToken();
        // Revoked elsewhere (another device signed out, an admin ended it).
        const auto revoked = awaitCall<Done>([&](QObject *c, auto done) {
            front.session->oidc()->revoke(rig.apps.nativeAppId,
                                          SecretBytes::fromString(QString::fromLatin1(stored)), c,
                                          done);
        });
        LK_VERIFY_OK(revoked);
        front.session->forget();
        const Result<SecretBytes> token = acquire(*front.session);
        QCOMPARE(token.error().kind(), ApiError::Kind::SignedOut);
        QCOMPARE(front.session->state(), UserSession::State::SignedOut);
        QVERIFY(rig.storedRefreshToken().isEmpty());
    }

    void signOutRevokesAndForgets()
    {
        SignInTestRig rig(u"signin-signout"_s);
        QVERIFY(rig.start(options()));
        SignInTestRig::Front front = rig.front();
        QVERIFY(rig.signIn(front.session.get()));
        const QByteArray stored = rig.storedRefreshToken();
        QVERIFY(!stored.isEmpty());
        const int revocations = rig.server.requestCount(u"POST /oidc/token/revocation"_s);

        const auto outcome = await<UserSession::SignOutOutcome>(
            [&](QObject *c, auto done) { front.session->signOut(c, done); });
        QVERIFY(outcome);
        QVERIFY(!outcome->revokeError.isError());
        QVERIFY(outcome->removal.ok());
        QCOMPARE(rig.server.requestCount(u"POST /oidc/token/revocation"_s), revocations + 1);
        QCOMPARE(front.session->state(), UserSession::State::SignedOut);
        QVERIFY(rig.storedRefreshToken().isEmpty());
        // Revoked at the server: the token no longer refreshes anything.
        QVERIFY(rig.refreshDirectly(stored).error().isInvalidGrant());
        QCOMPARE(acquire(*front.session).error().kind(), ApiError::Kind::SignedOut);
    }

    void refreshTokenIsOnlyInTheSecretService()
    {
        SignInTestRig rig(u"signin-nowhere"_s);
        QVERIFY(rig.start(options()));
        SignInTestRig::Front front = rig.front();
        QVERIFY(rig.signIn(front.session.get()));
        front.session->forget();
        LK_VERIFY_OK(acquire(*front.session)); // a rotation too
        const QByteArray stored = rig.storedRefreshToken();
        QVERIFY(stored.size() >= 32);

        // The settings a profile lives in, and everything under HOME (the test session's own):
        // the keyring's files are encrypted, so the token's text appears nowhere.
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"latchkey-test"_s,
                           u"signin"_s);
        settings.setValue(u"profiles/probe/kind"_s, u"developer"_s);
        settings.sync();
        QStringList roots{QDir::homePath(), QFileInfo(settings.fileName()).absolutePath(),
                          rig.lockDir.path()};
        int scanned = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                QVERIFY2(!file.readAll().contains(stored), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned > 0);
        QFile::remove(settings.fileName());
    }
};

} // namespace latchkey

QTEST_GUILESS_MAIN(latchkey::TestDeveloperSignIn)
#include "tst_developersignin.moc"
