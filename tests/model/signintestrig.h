// SignInTestRig: what the developer sign-in tests share: a sandbox with a gateway resource
// and its developer sign-in apps, a real keychain (a service name unique to the test), a
// ClientConfig as a developer profile makes it, and the sign-in played to its end by a
// TestBrowser over real HTTP.
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/session/keychainrefreshtokenstore.h"
#include "net/browsersignin.h"
#include "net/clientconfig.h"
#include "net/oidcclient.h"
#include "net/usersession.h"
#include "tests/support/await.h"
#include "tests/support/testbrowser.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace latchkey::test {

inline const QString kSignInResource = QStringLiteral("https://gateway.latchkey.test/api");

class SignInTestRig
{
public:
    explicit SignInTestRig(const QString &testName)
        : secrets(QStringLiteral("latchkey-%1-%2")
                      .arg(testName)
                      .arg(QCoreApplication::applicationPid()))
    {}

    bool start(const SandboxOptions &options, QString *error)
    {
        if (!server.start(options, error))
            return false;
        if (server.ensureResource(kSignInResource, QStringLiteral("Latchkey gateway")).isEmpty())
            return false;
        apps = server.ensureDeveloperSignIn();
        config.endpoint = server.endpoint();
        config.appId = apps.nativeAppId;
        config.apiIndicator = kSignInResource;
        config.retryBaseDelay = std::chrono::milliseconds(20);
        return !apps.nativeAppId.isEmpty();
    }

    // The same for a test function: false, and the reason in the log, if it did not start.
    bool start(const SandboxOptions &options)
    {
        QString error;
        if (start(options, &error))
            return true;
        qWarning("sign-in rig: %s", qPrintable(error));
        return false;
    }

    QString lockPath() const { return lockDir.filePath(QStringLiteral("refresh.lock")); }

    // A UserSession as a developer's connection makes it, over its own keychain store (the
    // same entry for every session of this rig, like the app's and latchkeyctl's).
    struct Front
    {
        std::unique_ptr<KeychainRefreshTokenStore> store;
        std::unique_ptr<UserSession> session;
    };
    Front front()
    {
        Front f;
        f.store = std::make_unique<KeychainRefreshTokenStore>(&secrets, profileName);
        f.session = std::make_unique<UserSession>(&manager, config, f.store.get(), lockPath());
        return f;
    }

    // Starts a browser sign-in and waits for the authorization URL it opens.
    QUrl startSignIn(BrowserSignIn &signIn, std::optional<Result<SignInGrant>> &finished,
                     const QString &extraScope = {})
    {
        QUrl opened;
        BrowserSignIn::Request request;
        request.clientId = config.appId;
        request.extraScope = extraScope;
        request.closeTabText = QStringLiteral("You can close this tab.");
        signIn.start(
            request, [&opened](const QUrl &url) { opened = url; },
            [&finished](Result<SignInGrant> result) { finished = std::move(result); });
        if (!QTest::qWaitFor([&] { return opened.isValid() || finished.has_value(); }, 20000))
            qWarning("the sign-in never opened a browser");
        return opened;
    }

    // A browser sign-in started on a fresh front, as startSignIn() starts it: url is where
    // it sends the browser (invalid if it never got so far). Not movable: the sign-in
    // reports to finished.
    struct StartedSignIn
    {
        explicit StartedSignIn(Front started)
            : front(std::move(started))
            , signIn(front.session->oidc())
        {}
        StartedSignIn(const StartedSignIn &) = delete;
        StartedSignIn &operator=(const StartedSignIn &) = delete;

        Front front;
        BrowserSignIn signIn;
        std::optional<Result<SignInGrant>> finished;
        QUrl url;
    };
    std::unique_ptr<StartedSignIn> startBrowserSignIn()
    {
        auto started = std::make_unique<StartedSignIn>(front());
        started->url = startSignIn(started->signIn, started->finished);
        return started;
    }

    // The whole sign-in: the browser follows the authorization URL, submits the sign-in page
    // as the developer and lands on the loopback listener; the grant is kept by session
    // (believing the access token lives believedLifetime seconds when given, not expires_in).
    std::optional<SignInGrant> signIn(UserSession *session,
                                      std::optional<int> believedLifetime = std::nullopt)
    {
        BrowserSignIn signIn(session->oidc());
        std::optional<Result<SignInGrant>> finished;
        const QUrl url = startSignIn(signIn, finished);
        TestBrowser browser(apps.developer);
        const TestBrowser::Outcome outcome = browser.open(url);
        if (!outcome.ok)
            qWarning("browser: %s", qPrintable(outcome.error));
        if (!QTest::qWaitFor([&] { return finished.has_value(); }, 20000) || !*finished) {
            qWarning("the sign-in did not finish well");
            return std::nullopt;
        }
        SignInGrant grant = std::move(*finished).value();
        const auto kept = await<Result<Done>>([&](QObject *context, auto done) {
            session->adopt(UserTokenGrant{grant.tokens.accessToken.clone(),
                                          believedLifetime.value_or(grant.tokens.expiresIn),
                                          grant.tokens.refreshToken.clone(), grant.tokens.idToken,
                                          grant.tokens.scope},
                           grant.clientId, context, done);
        });
        if (!kept || !*kept)
            return std::nullopt;
        return grant;
    }

    // The refresh token the keychain holds for the profile now (empty when none).
    QByteArray storedRefreshToken()
    {
        const auto read = await<SecretStore::Outcome, SecretBytes>([&](QObject *c, auto done) {
            secrets.read(QStringLiteral("refreshtoken/") + profileName, c, done);
        });
        if (!read || !std::get<0>(*read).ok())
            return {};
        const auto grant = KeychainRefreshTokenStore::decode(std::get<1>(*read));
        return grant ? grant->refreshToken.view().toByteArray() : QByteArray();
    }

    bool writeStoredRefreshToken(const QByteArray &token)
    {
        RefreshTokenStore::Grant grant{config.appId,
                                       SecretBytes::fromString(QString::fromLatin1(token))};
        const auto written = await<SecretStore::Outcome>([&](QObject *c, auto done) {
            secrets.write(QStringLiteral("refreshtoken/") + profileName,
                          KeychainRefreshTokenStore::encode(grant), c, done);
        });
        return written && written->ok();
    }

    // One token endpoint answer for this refresh token: whether the server still honours it.
    Result<UserTokenGrant> refreshDirectly(const QByteArray &token)
    {
        OidcClient oidc(&manager, config);
        auto result = await<Result<UserTokenGrant>>([&](QObject *c, auto done) {
            oidc.refresh(config.appId, SecretBytes::fromString(QString::fromLatin1(token)), c,
                         done);
        });
        if (!result)
            return ApiError(ApiError::Kind::Cancelled, 0, QStringLiteral("test-no-callback"), {});
        return std::move(*result);
    }

    int tokenRequests() const { return server.requestCount(QStringLiteral("POST /oidc/token")); }

    SandboxServer server;
    SandboxServer::DeveloperSignIn apps;
    KeychainSecretStore secrets;
    QNetworkAccessManager manager;
    ClientConfig config;
    QTemporaryDir lockDir;
    QString profileName = QStringLiteral("Sandbox — me");
};

} // namespace latchkey::test
