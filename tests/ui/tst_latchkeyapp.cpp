// Tests LatchkeyApp, the desktop app's start-up, in process: the window is up
// before the keychain answers; a locked keychain is said so (with Unlock) and
// never swapped for memory; `--sandbox` never takes over a profile of the
// user's; and without any Secret Service the sandbox keeps values in memory and
// says they are not saved. Locks the test keyring: runs alone (RUN_SERIAL); the
// last case runs on a bus without a Secret Service (see CMakeLists.txt).
#include "app/gateway/gatewayserver.h"
#include "app/latchkey/latchkeyapp.h"
#include "app/sandbox/sandboxserver.h"
#include "model/domain/expiryspec.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/operations/issuedtoken.h"
#include "model/operations/tokenservice.h"
#include "model/session/connectioncheck.h"
#include "model/session/developersignin.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"
#include "tests/support/testbrowser.h"
#include "tests/support/testkeyring.h"
#include "tests/support/visibletoplevel.h"
#include "ui/generatetokendialog.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/revealtokendialog.h"
#include "ui/tokenspage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::TestKeyring;
using latchkey::test::visibleTopLevel;
using Status = SecretStore::Outcome::Status;

namespace {

// Generates a token through the My Tokens page, as a user would; the reveal dialog stays open.
RevealTokenDialog *generateThroughTheWindow(MainWindow *window, const QString &name)
{
    window->showPage(MainWindow::Page::MyTokens);
    window->myTokensPage()->generateAction()->trigger();
    GenerateTokenDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&dialog] { return (dialog = visibleTopLevel<GenerateTokenDialog>()); },
                         5000))
        return nullptr;
    QTest::keyClicks(dialog->nameField(), name);
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    RevealTokenDialog *reveal = nullptr;
    if (!QTest::qWaitFor([&reveal] { return (reveal = visibleTopLevel<RevealTokenDialog>()); },
                         20000))
        return nullptr;
    return reveal;
}

} // namespace

class TestLatchkeyApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    QString m_service;

    // Options for a run of its own: settings, keychain service and data in the test's folders.
    LatchkeyApp::Options options(const QString &name)
    {
        LatchkeyApp::Options o;
        o.settingsFile = m_dir.filePath(name + u".ini"_s);
        o.keychainService = m_service;
        o.dataDirectory = m_dir.filePath(name + u"-data"_s);
        return o;
    }

    SecretStore::Outcome saveProfile(const QString &settingsFile, const ConnectionProfile &profile,
                                     const QByteArray &secret)
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        KeychainSecretStore secrets(m_service);
        ProfileStore profiles(&settings, &secrets);
        std::optional<SecretStore::Outcome> result;
        profiles.add(profile, SecretBytes(secret), this,
                     [&](SecretStore::Outcome o) { result = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        AppSettings(&settings).setCurrentProfile(profile.name);
        return result.value_or(SecretStore::Outcome{Status::Failed, u"timeout"_s});
    }

    QByteArray readSecret(const QString &key)
    {
        KeychainSecretStore secrets(m_service);
        std::optional<QByteArray> value;
        secrets.read(key, this, [&](SecretStore::Outcome o, SecretBytes v) {
            value = o.ok() ? v.bytes() : QByteArray("<" + o.message.toUtf8() + ">");
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(value.has_value(), 20000); }();
        return value.value_or(QByteArray());
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<MainWindow *>();
        QVERIFY(m_dir.isValid());
        m_service = u"latchkey-tst_latchkeyapp-%1"_s.arg(QCoreApplication::applicationPid());
    }

    void cleanup()
    {
        if (qEnvironmentVariableIsSet("LATCHKEY_TEST_KEYRING_PASSWORD") && TestKeyring::isLocked())
            QVERIFY(TestKeyring::unlock());
    }

    // Issue 18.2: nothing of Latchkey used to appear until the keychain answered
    // (a keyring to create or unlock holds it until its prompt is dealt with).
    void windowIsUpBeforeTheKeychainAnswers()
    {
        LatchkeyApp app;
        QSignalSpy checked(&app, &LatchkeyApp::keychainChecked);
        QSignalSpy shown(&app, &LatchkeyApp::windowShown);
        app.start(options(u"first"_s));
        // Within start(): no event has been handled, so no keychain has answered.
        QCOMPARE(shown.size(), 1);
        QVERIFY(app.window());
        QVERIFY(app.window()->isVisible());
        QCOMPARE(checked.size(), 0);
        QVERIFY(!app.secretBackend() ||
                app.secretBackend()->backendName() == KeychainSecretStore(m_service).backendName());
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().first().value<Status>(), Status::Ok);
        QVERIFY(app.secretBackend()->isPersistent());
    }

    // Issue 18.3: the sandbox's connections are flagged, named so that they never
    // replace a profile of the user's, and never become the current one.
    void sandboxNeverTakesAUsersProfile()
    {
        const LatchkeyApp::Options mine = options(u"sandbox"_s);
        const QString admin = LatchkeyApp::sandboxAdminName();
        ConnectionProfile users;
        users.name = admin;
        users.endpoint = QUrl(u"https://tenant.example.com"_s);
        users.appId = u"users-own-app"_s;
        users.userId = u"me"_s;
        QVERIFY(saveProfile(mine.settingsFile, users, "the user's secret").ok());

        for (int run = 0; run < 2; ++run) {
            LatchkeyApp app;
            LatchkeyApp::Options o = mine;
            o.sandbox = true;
            app.start(o);
            QSignalSpy loaded(app.window(), &MainWindow::myTokensLoaded);
            QVERIFY(loaded.wait(60000));
            const Session *session = app.window()->session();
            QVERIFY(session);
            QVERIFY(session->profile().sandbox);
            QCOMPARE(session->profile().name, admin + u" 2"_s);
            QCOMPARE(session->profile().endpoint, app.sandbox()->endpoint());

            QCOMPARE(app.profiles()->names(),
                     (QStringList{admin, admin + u" 2"_s, LatchkeyApp::sandboxDeveloperName()}));
            const auto kept = app.profiles()->load(admin);
            QVERIFY(kept);
            QCOMPARE(*kept, users);
            QCOMPARE(readSecret(ProfileStore::secretKey(admin)), "the user's secret");
            QCOMPARE(app.settings()->currentProfile(), admin);
        }
        // latchkeyctl's default (the current profile) is still the user's.
        QSettings settings(mine.settingsFile, QSettings::IniFormat);
        QCOMPARE(AppSettings(&settings).currentProfile(), admin);
    }

    // Issue 15: `latchkey --sandbox` runs the sandbox with its gateway and makes both
    // connections; the developer's reaches the gateway and signs in on the sandbox's
    // own sign-in page (the test plays the browser). A "Sandbox" of an earlier version
    // is replaced, not kept as a third.
    void sandboxMakesBothConnections()
    {
        const LatchkeyApp::Options mine = options(u"both"_s);
        ConnectionProfile earlier;
        earlier.name = u"Sandbox"_s;
        earlier.endpoint = QUrl(u"http://127.0.0.1:1"_s);
        earlier.appId = u"an-earlier-run"_s;
        earlier.sandbox = true;
        QVERIFY(saveProfile(mine.settingsFile, earlier, "an earlier run's secret").ok());

        LatchkeyApp app;
        LatchkeyApp::Options o = mine;
        o.sandbox = true;
        app.start(o);
        MainWindow *window = app.window();
        QSignalSpy loaded(window, &MainWindow::myTokensLoaded);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(window->session()->profile().name, LatchkeyApp::sandboxAdminName());
        QTRY_COMPARE(app.profiles()->names(), (QStringList{LatchkeyApp::sandboxAdminName(),
                                                           LatchkeyApp::sandboxDeveloperName()}));

        const auto admin = app.profiles()->load(LatchkeyApp::sandboxAdminName());
        QVERIFY(admin);
        QCOMPARE(admin->kind, SessionKind::Admin);
        QVERIFY(admin->sandbox);
        QCOMPARE(admin->endpoint, app.sandbox()->endpoint());
        const auto developer = app.profiles()->load(LatchkeyApp::sandboxDeveloperName());
        QVERIFY(developer);
        QCOMPARE(developer->kind, SessionKind::Developer);
        QVERIFY(developer->sandbox);
        QCOMPARE(developer->endpoint, app.sandbox()->endpoint());
        QVERIFY(app.sandboxGateway());
        QCOMPARE(developer->gateway, app.sandboxGateway()->url());
        QCOMPARE(developer->apiIndicator, app.sandboxGateway()->config().resource);
        QVERIFY(!developer->appId.isEmpty());
        QVERIFY(!developer->deviceAppId.isEmpty());
        QVERIFY(developer->validationError().isEmpty());
        // No secret of its own: the developer signs in.
        // (readSecret answers "<why not>" for a missing entry.)
        QVERIFY(readSecret(ProfileStore::secretKey(developer->name)).startsWith('<'));

        // The gateway runs: what the connections dialog checks passes.
        ConnectionCheck check;
        std::optional<ConnectionCheck::Report> report;
        check.run(*developer, {}, ConnectionCheck::Depth::Reachable,
                  [&report](const ConnectionCheck::Report &r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QVERIFY2(report->ok, qPrintable(report->message));
        QCOMPARE(report->policy->resource, developer->apiIndicator);

        // The developer signs in on the sandbox's page.
        QSignalSpy opened(window, &MainWindow::sessionOpened);
        window->openProfile(developer->name);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->session() && window->session()->profile().name == developer->name, 20000);
        QVERIFY(!app.sandboxDeveloper().isEmpty());
        DeveloperSignIn signIn(window->session(), app.profiles());
        std::optional<Result<SignedInUser>> signedIn;
        test::TestBrowser::Outcome page;
        signIn.startBrowser(
            [&](const QUrl &url) {
                // The browser runs beside the app: the page is opened once this call returned.
                QMetaObject::invokeMethod(
                    &app,
                    [&page, &app, url] {
                        page = test::TestBrowser(app.sandboxDeveloper()).open(url);
                    },
                    Qt::QueuedConnection);
            },
            [&signedIn](Result<SignedInUser> user) { signedIn = std::move(user); });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 30000);
        QVERIFY2(signedIn->ok(),
                 qPrintable(signedIn->ok() ? QString() : signedIn->error().userMessage()));
        QCOMPARE(signedIn->value().username, app.sandboxDeveloper());
        QVERIFY2(page.ok, qPrintable(page.error));
        const QByteArray refreshToken = readSecret(ProfileStore::refreshTokenKey(developer->name));
        QVERIFY2(!refreshToken.isEmpty() && !refreshToken.startsWith('<'),
                 refreshToken.constData());

        // The demo's developer already holds as many tokens as the gateway's default cap:
        // the sandbox's gateway leaves room to generate one more.
        Session *session = window->session();
        std::optional<TokenResult<IssuedToken>> issued;
        session->tokens()->generate(
            session->profile().userId, u"first try"_s, ExpirySpec::inDays(7), window,
            [&issued](TokenResult<IssuedToken> made) { issued = std::move(made); });
        QTRY_VERIFY_WITH_TIMEOUT(issued.has_value(), 30000);
        QVERIFY2(issued->ok(), qPrintable(issued->ok() ? QString() : issued->error().message));
        QCOMPARE(issued->value().token.name, u"first try"_s);
    }

    // Issue 18.1: a locked keychain used to switch the whole app to memory, for
    // real connections too. Now it says locked, offers Unlock, and keeps to the keychain.
    void lockedKeychainIsSaidAndNotSwappedForMemory()
    {
        SandboxServer server;
        QVERIFY(server.start({}));
        const LatchkeyApp::Options mine = options(u"locked"_s);
        ConnectionProfile real;
        real.name = u"Work"_s;
        real.endpoint = server.endpoint();
        real.appId = server.appId();
        real.apiIndicator = server.apiIndicator();
        real.userId = server.primaryUserId();
        QVERIFY(saveProfile(mine.settingsFile, real, server.appSecret().toUtf8()).ok());

        QVERIFY(TestKeyring::lock());
        LatchkeyApp app;
        QSignalSpy checked(&app, &LatchkeyApp::keychainChecked);
        app.start(mine);
        MainWindow *window = app.window();
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().first().value<Status>(), Status::Locked);
        QVERIFY(window->keychainNotice()->isVisible());
        QVERIFY2(window->keychainNotice()->text().contains(u"locked"_s),
                 qPrintable(window->keychainNotice()->text()));
        QVERIFY(window->keychainActionButton()->isVisible());
        QVERIFY(window->keychainActionButton()->text().contains(u"Unlock"_s));
        QVERIFY(app.secretBackend());
        QVERIFY(app.secretBackend()->isPersistent());
        QVERIFY(!window->session());

        QVERIFY(TestKeyring::unlock());
        QSignalSpy loaded(window, &MainWindow::myTokensLoaded);
        QTest::mouseClick(window->keychainActionButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window->session());
        QCOMPARE(window->session()->profile().name, u"Work"_s);
        QVERIFY(!window->keychainNotice()->isVisible());

        // Locked again later: a token generated then is shown as not saved.
        QVERIFY(TestKeyring::lock());
        RevealTokenDialog *reveal = generateThroughTheWindow(window, u"made while locked"_s);
        QVERIFY(reveal);
        QCOMPARE(reveal->cacheState(), RevealTokenDialog::CacheState::Failed);
        QVERIFY(TestKeyring::unlock());
        reveal->copyToClipboard();
        reveal->accept();
    }

    // Issue 18.1: memory is for the sandbox on a machine without a Secret Service,
    // and even then a new token is never "saved to your keychain".
    // Runs on its own bus (no Secret Service), as a ctest entry of its own.
    void sandboxWithoutSecretServiceKeepsInMemory()
    {
        LatchkeyApp app;
        QSignalSpy checked(&app, &LatchkeyApp::keychainChecked);
        LatchkeyApp::Options o = options(u"nokeychain"_s);
        o.sandbox = true;
        app.start(o);
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().first().value<Status>(), Status::NoBackend);
        QVERIFY(app.secretBackend());
        QVERIFY(!app.secretBackend()->isPersistent());
        MainWindow *window = app.window();
        QVERIFY(window->keychainNotice()->isVisible());
        QVERIFY(window->keychainNotice()->text().contains(u"memory"_s));
        QSignalSpy loaded(window, &MainWindow::myTokensLoaded);
        QVERIFY(window->session() || loaded.wait(60000));

        RevealTokenDialog *reveal = generateThroughTheWindow(window, u"kept in memory"_s);
        QVERIFY(reveal);
        QCOMPARE(reveal->cacheState(), RevealTokenDialog::CacheState::InMemory);
        for (QLabel *label : reveal->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(u"Saved to your keychain"_s),
                     qPrintable(label->text()));
        reveal->copyToClipboard();
        reveal->accept();
    }
};

QTEST_MAIN(TestLatchkeyApp)
#include "tst_latchkeyapp.moc"
