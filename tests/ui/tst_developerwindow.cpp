// Tests the main window on a developer connection (issue 15), with real widgets on a
// real sandbox and a real latchkey-gateway (in process, over 127.0.0.1), the sign-in
// kept in the real Secret Service: the window shows My Tokens and Inspector but not
// Users; without a sign-in My Tokens says so and offers Sign In (no error, nothing
// retried); Sign In "opens the browser" (QDesktopServices, whose http handler the test
// installs so that it plays the browser over real HTTP: the sandbox's sign-in page,
// then the app's loopback listener) and then lists the developer's tokens; Cancel
// ends the wait; the generate dialog offers only what the gateway's policy allows and
// shows its refusal; Sign Out revokes, deletes the refresh token from the keychain and
// returns to the panel, keeping the cached token values.
#include "app/gateway/gatewayserver.h"
#include "app/sandbox/sandboxserver.h"
#include "model/items/tokenlistmodel.h"
#include "model/keychain/tokencache.h"
#include "model/offline/connectionkeeper.h"
#include "model/session/keychainrefreshtokenstore.h"
#include "model/session/session.h"
#include "model/settings/profilestore.h"
#include "net/logtoclient.h"
#include "net/oidcclient.h"
#include "tests/support/await.h"
#include "tests/support/awaitcall.h"
#include "tests/support/awaitkeychain.h"
#include "tests/support/sandboxclientconfig.h"
#include "tests/support/testbrowser.h"
#include "tests/support/uitestfixture.h"
#include "tests/support/visibletoplevel.h"
#include "ui/elidedlabel.h"
#include "ui/expirychooser.h"
#include "ui/generatetokendialog.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/revealtokendialog.h"
#include "ui/setexpirydialog.h"
#include "ui/signinpanel.h"
#include "ui/tokenspage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace latchkey::test;

namespace latchkey {

namespace {

const QString kProfile = u"Sandbox — me"_s;
const QString kResource = u"https://gateway.latchkey.test/api"_s;

// A sandbox with its gateway and a developer connection to it, and the window.
class DeveloperWindowRig
{
public:
    explicit DeveloperWindowRig(const QString &testName)
        : fixture(testName)
    {}

    bool start(const GatewayPolicy &policy = {}, int seedTokens = 3)
    {
        if (!fixture.startSandbox(seedTokens))
            return false;
        SandboxServer *sandbox = fixture.sandbox();
        if (sandbox->ensureResource(kResource, u"Latchkey gateway"_s).isEmpty())
            return false;
        apps = sandbox->ensureDeveloperSignIn();
        GatewayConfig config;
        config.logtoEndpoint = sandbox->endpoint();
        config.appId = sandbox->appId();
        config.appSecret = SecretBytes::fromString(sandbox->appSecret());
        config.resource = kResource;
        config.policy = policy;
        QString error;
        if (!gateway.start(std::move(config), &error, [](const QByteArray &) {})) {
            qWarning("gateway: %s", qPrintable(error));
            return false;
        }
        ConnectionProfile profile;
        profile.name = kProfile;
        profile.kind = SessionKind::Developer;
        profile.endpoint = sandbox->endpoint();
        profile.appId = apps.nativeAppId;
        profile.apiIndicator = kResource;
        profile.gateway = gateway.url();
        const auto added = await<SecretStore::Outcome>(
            [&](QObject *c, auto done) { fixture.profiles()->add(profile, {}, c, done); });
        ClientConfig adminConfig = sandboxClientConfig(*sandbox);
        admin = std::make_unique<LogtoClient>(std::move(adminConfig));
        return added && added->ok() && !apps.nativeAppId.isEmpty();
    }

    MainWindow *window() const { return fixture.window(); }
    QString userId() const { return fixture.sandbox()->primaryUserId(); }

    // The refresh token the keychain holds for the developer connection (empty: none).
    QByteArray storedRefreshToken()
    {
        KeychainRefreshTokenStore store(fixture.profiles()->secrets(), kProfile);
        const auto read = await<RefreshTokenStore::Outcome, RefreshTokenStore::Grant>(
            [&](QObject *c, auto done) { store.read(c, done); });
        if (!read || !std::get<0>(*read).ok())
            return {};
        return std::get<1>(*read).refreshToken.view().toByteArray();
    }

    // The developer's tokens as the server lists them (the admin's view).
    QStringList serverTokenNames()
    {
        const auto listed = awaitCall<QList<PersonalAccessToken>>(
            [&](QObject *c, auto done) { admin->listTokens(userId(), c, done); });
        QStringList names;
        if (listed) {
            for (const PersonalAccessToken &token : listed.value())
                names.append(token.name);
        }
        names.sort();
        return names;
    }

    // Clicks Sign In and waits for the window to "open the browser"; the URL it opened.
    QUrl clickSignIn(const QList<QUrl> &opened)
    {
        const qsizetype before = opened.size();
        QTest::mouseClick(window()->signInPanel()->signInButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return opened.size() > before; }, 20000))
            return {};
        return opened.last();
    }

    // The test as the browser on the sign-in page at url (what the window opened), then
    // the window signed in with its tokens listed. What the browser was shown: *outcome.
    bool finishSignIn(const QUrl &url, TestBrowser::Outcome *outcome = nullptr)
    {
        TestBrowser browser(apps.developer);
        const TestBrowser::Outcome shown = browser.open(url);
        if (outcome)
            *outcome = shown;
        if (!shown.ok) {
            qWarning("browser: %s", qPrintable(shown.error));
            return false;
        }
        return QTest::qWaitFor([&] { return !window()->isSignedOut(); }, 20000) &&
               QTest::qWaitFor([&] { return window()->myTokensPage()->hasLoaded(); }, 20000);
    }

    // The whole sign-in from the window's button, the test as the browser.
    bool signIn(const QList<QUrl> &opened)
    {
        const QUrl url = clickSignIn(opened);
        return url.isValid() && finishSignIn(url);
    }

    // Started, with the window on the developer connection, not signed in: the panel shows.
    bool startSignedOut(const GatewayPolicy &policy = {})
    {
        return start(policy) && fixture.openWindowOn(kProfile) &&
               QTest::qWaitFor([this] { return window()->signInPanel()->isVisible(); }, 5000);
    }

    // Started, with the window on the developer connection, signed in from its panel.
    bool startSignedIn(const QList<QUrl> &opened, const GatewayPolicy &policy = {})
    {
        return startSignedOut(policy) && signIn(opened);
    }

    // Declared first, so that it goes last: the window's session talks to it.
    GatewayServer gateway;
    UiTestFixture fixture;
    SandboxServer::DeveloperSignIn apps;
    std::unique_ptr<LogtoClient> admin;
};

QStringList sortedNames(const QList<PersonalAccessToken> &tokens)
{
    QStringList names;
    for (const PersonalAccessToken &token : tokens)
        names.append(token.name);
    names.sort();
    return names;
}

QList<NoticeBar *> visibleErrors(QWidget *window)
{
    QList<NoticeBar *> errors;
    for (NoticeBar *bar : window->findChildren<NoticeBar *>()) {
        if (bar->isVisible() && bar->kind() == NoticeBar::Kind::Error)
            errors.append(bar);
    }
    return errors;
}

QAction *viewAction(MainWindow *window, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

// Stands in for the desktop's browser: QDesktopServices hands it the URLs it opens.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestDeveloperWindow : public QObject
{
    Q_OBJECT

    BrowserStandIn m_browser;

private slots:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
        QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }

    void developerSeesMyTokensAndInspectorOnly()
    {
        DeveloperWindowRig rig(u"devwindow-places"_s);
        QVERIFY(rig.start());
        // An admin's connection first: it has the Users page.
        QVERIFY(rig.fixture.openWindow());
        MainWindow *window = rig.window();
        QListWidget *places = window->sideBar();
        QVERIFY(!places->item(int(MainWindow::Page::Users))->isHidden());
        QAction *users = viewAction(window, u"&Users"_s);
        QVERIFY(users);
        QVERIFY(users->isVisible());

        window->showPage(MainWindow::Page::Users);
        window->openProfile(kProfile);
        QTRY_VERIFY(window->session() && window->session()->isDeveloper());
        QVERIFY(places->item(int(MainWindow::Page::Users))->isHidden());
        QVERIFY(!places->item(int(MainWindow::Page::MyTokens))->isHidden());
        QVERIFY(!places->item(int(MainWindow::Page::Inspector))->isHidden());
        QVERIFY(!places->item(int(MainWindow::Page::Scan))->isHidden());
        // It was on Users: now on My Tokens, and neither the menu nor Ctrl+2 goes back.
        QCOMPARE(places->currentRow(), int(MainWindow::Page::MyTokens));
        QVERIFY(!users->isVisible());
        window->showPage(MainWindow::Page::Users);
        QCOMPARE(places->currentRow(), int(MainWindow::Page::MyTokens));
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(places->currentRow(), int(MainWindow::Page::MyTokens));
        window->showPage(MainWindow::Page::Inspector);
        QCOMPARE(places->currentRow(), int(MainWindow::Page::Inspector));
        // Help's list of keys names no page that is not there.
        QAction *keys = viewAction(window, u"&Keyboard Shortcuts"_s);
        QVERIFY(keys);
        keys->trigger();
        QTreeWidget *listed = nullptr;
        QTRY_VERIFY((listed = visibleTopLevel<QDialog>()
                                  ? visibleTopLevel<QDialog>()->findChild<QTreeWidget *>()
                                  : nullptr));
        QStringList names;
        for (int i = 0; i < listed->topLevelItemCount(); ++i)
            names.append(listed->topLevelItem(i)->text(0));
        QVERIFY2(names.contains(u"My Tokens"_s) && !names.contains(u"Users"_s),
                 qPrintable(names.join(u", "_s)));
        visibleTopLevel<QDialog>()->close();

        // Back to the admin's connection: Users is back, the sign-in things are gone.
        window->openProfile(u"Sandbox"_s);
        QTRY_VERIFY(window->session() && !window->session()->isDeveloper());
        QVERIFY(!places->item(int(MainWindow::Page::Users))->isHidden());
        QVERIFY(users->isVisible());
        QVERIFY(!window->signInPanel()->isVisible());
        // The tool bar lays its widgets out (and hides them) on its next turn.
        QTRY_VERIFY(!window->accountButton()->isVisible());
        QVERIFY(!window->signInAction()->isVisible());
    }

    void signedOutShowsThePanelWithoutErrors()
    {
        DeveloperWindowRig rig(u"devwindow-signedout"_s);
        QVERIFY(rig.startSignedOut());
        MainWindow *window = rig.window();
        SignInPanel *panel = window->signInPanel();
        QVERIFY2(panel->text().contains(u"You are signed out of Sandbox — me"_s),
                 qPrintable(panel->text()));
        QVERIFY(panel->signInButton()->isVisible());
        QVERIFY(panel->signInButton()->isEnabled());
        QVERIFY(!panel->cancelButton()->isVisible());
        QVERIFY(window->isSignedOut());
        QVERIFY(window->signInAction()->isVisible());
        QVERIFY(window->signInAction()->isEnabled());
        QVERIFY(!window->signOutAction()->isEnabled());
        QTRY_VERIFY(window->accountButton()->isVisible());
        QCOMPARE(window->accountButton()->text(), u"Signed out"_s);
        QCOMPARE(window->connectionStateLabel()->text(), u"Signed out of Sandbox — me"_s);
        // Nothing to do on the server without a sign-in, and no error about it: the
        // buttons say to sign in (not that the computer is offline), and a list that
        // never answered is not counted as "0 tokens".
        QAction *generate = window->myTokensPage()->generateAction();
        QVERIFY(!generate->isEnabled());
        QVERIFY2(generate->toolTip().contains(u"Sign in first"_s) &&
                     !generate->toolTip().contains(u"offline"_s),
                 qPrintable(generate->toolTip()));
        QCOMPARE(window->myTokensPage()->countLabel()->text(), QString());
        QVERIFY(visibleErrors(window).isEmpty());
        QVERIFY(!window->busyIndicator()->isVisible());
    }

    void endedSignInShowsThePanelOverTheKeptList()
    {
        DeveloperWindowRig rig(u"devwindow-ended"_s);
        QVERIFY(rig.startSignedOut());
        MainWindow *window = rig.window();
        QSignalSpy kept(window->session()->keeper(), &ConnectionKeeper::listKept);
        QVERIFY(rig.signIn(m_browser.opened));
        QTRY_VERIFY(!kept.isEmpty());
        const QStringList listed = sortedNames(window->myTokensPage()->tokens());
        QVERIFY(!listed.isEmpty());

        // The sign-in ends behind the window's back (expired, revoked elsewhere): the
        // keychain has none, and the next start finds out at its first read.
        KeychainRefreshTokenStore store(rig.fixture.profiles()->secrets(), kProfile);
        const auto removed = await<RefreshTokenStore::Outcome>(
            [&](QObject *c, auto done) { store.remove(c, done); });
        QVERIFY(removed && removed->ok());
        const int tokenRequests = rig.fixture.sandbox()->requestCount(u"POST /oidc/token"_s);
        QVERIFY(rig.fixture.openWindowOn(kProfile));
        window = rig.window();
        QList<ApiError::Kind> failures;
        QObject context;
        connect(window->myTokensPage(), &TokensPage::loadFailed, &context,
                [&failures](const ApiError &error) { failures.append(error.kind()); });
        QTRY_COMPARE(failures, QList<ApiError::Kind>{ApiError::Kind::SignedOut});
        SignInPanel *panel = window->signInPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->text().contains(u"You are signed out of Sandbox — me"_s));
        QVERIFY(window->isSignedOut());
        // The list kept from the last sign-in stays in view, read-only.
        QTRY_COMPARE(sortedNames(window->myTokensPage()->tokens()), listed);
        QVERIFY(!window->myTokensPage()->generateAction()->isEnabled());
        QVERIFY(visibleErrors(window).isEmpty());
        QCOMPARE(window->connectionStateLabel()->text(), u"Signed out of Sandbox — me"_s);
        // Refresh asks again and stays quietly signed out: no error, no retry loop, and
        // nothing sent to the token endpoint (there is no refresh token to send).
        window->refreshAction()->trigger();
        QTRY_COMPARE(failures.size(), 2);
        QCOMPARE(failures.last(), ApiError::Kind::SignedOut);
        QVERIFY(panel->isVisible());
        QVERIFY(visibleErrors(window).isEmpty());
        QCOMPARE(rig.fixture.sandbox()->requestCount(u"POST /oidc/token"_s), tokenRequests);
    }

    void signInThroughTheBrowserListsTheTokens()
    {
        DeveloperWindowRig rig(u"devwindow-signin"_s);
        QVERIFY(rig.startSignedOut());
        MainWindow *window = rig.window();
        SignInPanel *panel = window->signInPanel();

        const QUrl url = rig.clickSignIn(m_browser.opened);
        QVERIFY(url.isValid());
        // The authorization request went to the sandbox, for the connection's Native app.
        QCOMPARE(url.host(), rig.fixture.sandbox()->endpoint().host());
        QCOMPARE(url.port(), rig.fixture.sandbox()->endpoint().port());
        QCOMPARE(QUrlQuery(url).queryItemValue(u"client_id"_s), rig.apps.nativeAppId);
        QVERIFY(panel->isWaiting());
        QVERIFY(panel->text().contains(u"Waiting for your browser"_s));
        QVERIFY(panel->cancelButton()->isVisible());
        QVERIFY(!panel->signInButton()->isVisible());
        // Where no browser opened, the address can be taken to one.
        QTest::mouseClick(panel->copyAddressButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));

        TestBrowser::Outcome outcome;
        QVERIFY2(rig.finishSignIn(url, &outcome), qPrintable(outcome.error));
        QVERIFY(outcome.body.contains("You can close this tab"));
        QVERIFY(!panel->isVisible());
        // The developer's own tokens, as the server has them.
        const QStringList onServer = rig.serverTokenNames();
        QVERIFY(!onServer.isEmpty());
        QCOMPARE(sortedNames(window->myTokensPage()->tokens()), onServer);
        QCOMPARE(window->myTokensPage()->userId(), rig.userId());
        QVERIFY(window->myTokensPage()->generateAction()->isEnabled());
        // Who is signed in, and that the connection remembers it.
        QTRY_VERIFY(window->accountButton()->text().contains(rig.apps.developer));
        QCOMPARE(rig.fixture.profiles()->load(kProfile)->userId, rig.userId());
        QVERIFY(window->signOutAction()->isEnabled());
        QVERIFY(!window->signInAction()->isEnabled());
        QVERIFY(!rig.storedRefreshToken().isEmpty());
        QTRY_COMPARE(window->connectionStateLabel()->text(), u"Connected to Sandbox — me"_s);
    }

    void revokedSignInEndsInThePanel()
    {
        // Access tokens of 3 s: the window needs a refresh soon after the sign-in.
        DeveloperWindowRig rig(u"devwindow-revoked"_s);
        rig.fixture.setTokenLifetimeSeconds(3);
        QVERIFY(rig.startSignedIn(m_browser.opened));
        MainWindow *window = rig.window();
        const QStringList listed = sortedNames(window->myTokensPage()->tokens());
        QVERIFY(!listed.isEmpty());
        QSignalSpy shown(window, &MainWindow::signedOutShown);

        // The sign-in is revoked elsewhere (another device signed out, an admin).
        const QByteArray refreshToken = rig.storedRefreshToken();
        QVERIFY(!refreshToken.isEmpty());
        QNetworkAccessManager manager;
        ClientConfig config;
        config.endpoint = rig.fixture.sandbox()->endpoint();
        config.appId = rig.apps.nativeAppId;
        config.apiIndicator = kResource;
        OidcClient oidc(&manager, config);
        const auto revoked = awaitCall<Done>([&](QObject *c, auto done) {
            oidc.revoke(rig.apps.nativeAppId,
                        SecretBytes::fromString(QString::fromLatin1(refreshToken)), c, done);
        });
        LK_VERIFY_OK(revoked);

        // Once the access token has run out, the next read needs a refresh, which the
        // server refuses: signed out, said by the panel, not as an error.
        const QDateTime runOut = QDateTime::currentDateTimeUtc().addSecs(4);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > runOut, 10000);
        window->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY(window->isSignedOut());
        SignInPanel *panel = window->signInPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->signInButton()->isVisible());
        QVERIFY(visibleErrors(window).isEmpty());
        QCOMPARE(window->accountButton()->text(), u"Signed out"_s);
        QVERIFY(!window->myTokensPage()->generateAction()->isEnabled());
        // The list read before stays in view; the dead sign-in is gone from the keychain.
        QCOMPARE(sortedNames(window->myTokensPage()->tokens()), listed);
        QTRY_VERIFY(rig.storedRefreshToken().isEmpty());
        // Nothing goes on asking: another refresh sends nothing to the token endpoint.
        const int tokenRequests = rig.fixture.sandbox()->requestCount(u"POST /oidc/token"_s);
        QList<ApiError::Kind> failures;
        QObject context;
        connect(window->myTokensPage(), &TokensPage::loadFailed, &context,
                [&failures](const ApiError &error) { failures.append(error.kind()); });
        window->refreshAction()->trigger();
        QTRY_COMPARE(failures, QList<ApiError::Kind>{ApiError::Kind::SignedOut});
        QCOMPARE(rig.fixture.sandbox()->requestCount(u"POST /oidc/token"_s), tokenRequests);
        QVERIFY(visibleErrors(window).isEmpty());
    }

    void cancelEndsTheWait()
    {
        DeveloperWindowRig rig(u"devwindow-cancel"_s);
        QVERIFY(rig.startSignedOut());
        MainWindow *window = rig.window();
        SignInPanel *panel = window->signInPanel();
        const QUrl url = rig.clickSignIn(m_browser.opened);
        QVERIFY(url.isValid());
        QVERIFY(panel->isWaiting());

        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!panel->isWaiting());
        QVERIFY(panel->signInButton()->isVisible());
        QVERIFY(window->isSignedOut());
        // Cancelled is not a failure: the panel says nothing more than "signed out".
        QCOMPARE(panel->kind(), NoticeBar::Kind::Info);
        QVERIFY(visibleErrors(window).isEmpty());
        // The browser's sign-in, finished late, finds nobody listening.
        TestBrowser browser(rig.apps.developer);
        QVERIFY(!browser.open(url).ok);
        QVERIFY(window->isSignedOut());
        QVERIFY(rig.storedRefreshToken().isEmpty());

        // An answer that is not this sign-in's (another state) is refused, and the panel
        // says why, once, with Sign In to try again.
        const QUrl again = rig.clickSignIn(m_browser.opened);
        QVERIFY(again.isValid());
        QUrl forged(QUrlQuery(again).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QVERIFY(forged.isValid());
        forged.setQuery(u"code=someone-elses-code&state=not-this-sign-in"_s);
        const int tokenRequests = rig.fixture.sandbox()->requestCount(u"POST /oidc/token"_s);
        browser.get(forged);
        QTRY_VERIFY(!panel->isWaiting());
        QCOMPARE(panel->kind(), NoticeBar::Kind::Warning);
        QVERIFY2(panel->text().contains(u"did not belong to this sign-in"_s),
                 qPrintable(panel->text()));
        QVERIFY(panel->signInButton()->isVisible());
        QVERIFY(visibleErrors(window).isEmpty());
        QCOMPARE(rig.fixture.sandbox()->requestCount(u"POST /oidc/token"_s), tokenRequests);
        QVERIFY(rig.storedRefreshToken().isEmpty());
    }

    void generateFollowsThePolicy()
    {
        GatewayPolicy policy;
        policy.maxLifetimeDays = 30;
        policy.allowNeverExpires = false;
        policy.minNameLength = 3;
        policy.maxNameLength = 40;
        policy.maxTokensPerUser = 30; // the sandbox's developer holds 23
        DeveloperWindowRig rig(u"devwindow-policy"_s);
        QVERIFY(rig.startSignedIn(m_browser.opened, policy));
        MainWindow *window = rig.window();
        QTRY_VERIFY(window->session()->policy().has_value());
        QCOMPARE(window->session()->policy()->maxLifetimeDays, 30);

        TokensPage *page = window->myTokensPage();
        page->generate();
        GenerateTokenDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<GenerateTokenDialog>()));
        // The rule in a sentence, and only what it allows.
        QVERIFY(dialog->policyLabel()->isVisible());
        QVERIFY2(dialog->policyLabel()->text().contains(u"at most 30 day"_s),
                 qPrintable(dialog->policyLabel()->text()));
        QVERIFY(dialog->policyLabel()->text().contains(u"every token must expire"_s));
        QVERIFY(dialog->policyLabel()->text().contains(u"3 to 40 characters"_s));
        QCOMPARE(dialog->nameField()->maxLength(), 40);
        ExpiryChooser *expiry = dialog->expiryChooser();
        QComboBox *presets = expiry->presetCombo();
        auto *presetModel = qobject_cast<QStandardItemModel *>(presets->model());
        auto *presetView = qobject_cast<QListView *>(presets->view());
        QVERIFY(presetModel && presetView);
        int never = -1;
        for (int i = 0; i < presets->count(); ++i) {
            if (presets->itemText(i) == u"No expiration"_s)
                never = i;
        }
        QVERIFY(never >= 0);
        QVERIFY(presetView->isRowHidden(never));
        QVERIFY(!presetModel->item(never)->isEnabled());
        QVERIFY(!presetModel->item(presets->findData(365))->isEnabled());
        QVERIFY(!presetModel->item(presets->findData(60))->isEnabled());
        QVERIFY(presetModel->item(presets->findData(30))->isEnabled());
        QCOMPARE(expiry->dateEdit()->maximumDate(), QDate::currentDate().addDays(30));

        // A name shorter than the rule is refused before asking.
        dialog->nameField()->setText(u"ab"_s);
        QVERIFY(!dialog->generateButton()->isEnabled());
        QVERIFY2(dialog->validationText().contains(u"at least 3 character"_s),
                 qPrintable(dialog->validationText()));

        // The last day the picker allows is accepted by the gateway, which counts the
        // lifetime to the millisecond (the end of that day would be too late).
        dialog->nameField()->setText(u"gui policy"_s);
        expiry->selectDate(expiry->dateEdit()->maximumDate());
        QVERIFY2(dialog->generateButton()->isEnabled(),
                 qPrintable(dialog->validationText() + u" / "_s + expiry->validationError()));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
        // Accepted, the dialog closes (and goes); refused, it stays and says why.
        const QPointer<GenerateTokenDialog> asked(dialog);
        RevealTokenDialog *reveal = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((reveal = visibleTopLevel<RevealTokenDialog>()) ||
                                     (asked && asked->errorLabel()->isVisible()),
                                 20000);
        QVERIFY2(reveal, qPrintable(asked ? asked->errorLabel()->text() : QString()));
        reveal->close();
        QTRY_VERIFY(rig.serverTokenNames().contains(u"gui policy"_s));
        auto expiryOf = [page](const QString &name) -> qint64 {
            for (const PersonalAccessToken &token : page->tokens()) {
                if (token.name == name && token.expiresAt)
                    return token.expiresAt->toMSecsSinceEpoch();
            }
            return 0;
        };
        QTRY_VERIFY(expiryOf(u"gui policy"_s) > 0);
        const qint64 expiresAt = expiryOf(u"gui policy"_s);
        QVERIFY(expiresAt <= before + 30LL * 24 * 3600 * 1000 + 60 * 1000);
        QVERIFY(expiresAt >= before + 29LL * 24 * 3600 * 1000);

        // Set Expiry makes a new token through the gateway: the same rules, the same last
        // day.
        const QModelIndexList rows = page->view()->model()->match(
            page->view()->model()->index(0, 0), TokenListModel::NameRole, u"gui policy"_s, 1,
            Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        page->view()->selectionModel()->setCurrentIndex(
            rows.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        page->setExpiryOfSelected();
        SetExpiryDialog *setExpiry = nullptr;
        QTRY_VERIFY((setExpiry = visibleTopLevel<SetExpiryDialog>()));
        QVERIFY(setExpiry->policyLabel()->isVisible());
        QVERIFY(setExpiry->policyLabel()->text().contains(u"every token must expire"_s));
        ExpiryChooser *newExpiry = setExpiry->expiryChooser();
        const int neverRow = newExpiry->presetCombo()->findText(u"No expiration"_s);
        QVERIFY(neverRow >= 0);
        QVERIFY(qobject_cast<QListView *>(newExpiry->presetCombo()->view())->isRowHidden(neverRow));
        QCOMPARE(newExpiry->dateEdit()->maximumDate(), QDate::currentDate().addDays(30));
        newExpiry->selectDate(newExpiry->dateEdit()->maximumDate());
        QVERIFY(setExpiry->applyButton()->isEnabled());
        const qint64 rotatedAt = QDateTime::currentMSecsSinceEpoch();
        QTest::mouseClick(setExpiry->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((reveal = visibleTopLevel<RevealTokenDialog>()), 20000);
        reveal->close();
        QTRY_VERIFY(expiryOf(u"gui policy"_s) > expiresAt);
        QVERIFY(expiryOf(u"gui policy"_s) <= rotatedAt + 30LL * 24 * 3600 * 1000 + 60 * 1000);

        // Tokens made behind the window's back fill the allowance: the dialog does not
        // know, the gateway refuses (422 gateway.policy_violation) and the dialog says
        // the rule, keeping what was typed.
        const int held = int(rig.serverTokenNames().size());
        for (int i = held; i < policy.maxTokensPerUser; ++i) {
            const auto made = awaitCall<CreatedToken>([&](QObject *c, auto done) {
                rig.admin->createToken(rig.userId(), u"filler %1"_s.arg(i),
                                       QDateTime::currentDateTimeUtc().addDays(7), c, done);
            });
            LK_VERIFY_OK(made);
        }
        page->generate();
        QTRY_VERIFY((dialog = visibleTopLevel<GenerateTokenDialog>()));
        dialog->nameField()->setText(u"one too many"_s);
        dialog->expiryChooser()->selectDays(7);
        QVERIFY(dialog->generateButton()->isEnabled());
        QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 20000);
        QVERIFY2(dialog->errorLabel()->text().contains(
                     u"Your organisation's policy does not allow this"_s),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->errorLabel()->text().contains(u"at most 30 tokens"_s));
        QCOMPARE(dialog->nameField()->text(), u"one too many"_s);
        QVERIFY(!rig.serverTokenNames().contains(u"one too many"_s));
        dialog->reject();
    }

    void signOutReturnsToThePanel()
    {
        DeveloperWindowRig rig(u"devwindow-signout"_s);
        QVERIFY(rig.startSignedIn(m_browser.opened));
        MainWindow *window = rig.window();
        const QByteArray refreshToken = rig.storedRefreshToken();
        QVERIFY(!refreshToken.isEmpty());
        const QList<PersonalAccessToken> listed = window->myTokensPage()->tokens();
        QVERIFY(!listed.isEmpty());
        // A value kept for one of the tokens: it is the user's, and stays.
        const QString endpoint = window->session()->endpointKey();
        const QByteArray fingerprint = listed.constFirst().fingerprint;
        const auto stored = awaitOutcome([&](QObject *c, auto done) {
            rig.fixture.cache()->store(endpoint, fingerprint,
                                       SecretBytes::fromString(u"pat_kept_value"_s), c, done);
        });
        QVERIFY(stored.ok());
        const int revocations =
            rig.fixture.sandbox()->requestCount(u"POST /oidc/token/revocation"_s);

        QVERIFY(window->signOutAction()->isEnabled());
        window->signOutAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->isSignedOut(), 20000);
        SignInPanel *panel = window->signInPanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->signInButton()->isVisible());
        QVERIFY(panel->text().contains(u"You are signed out of Sandbox — me"_s));
        QCOMPARE(window->accountButton()->text(), u"Signed out"_s);
        // Revoked at the server, gone from the keychain.
        QCOMPARE(rig.fixture.sandbox()->requestCount(u"POST /oidc/token/revocation"_s),
                 revocations + 1);
        QVERIFY(rig.storedRefreshToken().isEmpty());
        // What was on screen stays in view; the cached value stays in the keychain.
        QCOMPARE(sortedNames(window->myTokensPage()->tokens()), sortedNames(listed));
        QVERIFY(!window->myTokensPage()->generateAction()->isEnabled());
        const auto [outcome, value] = awaitSecret([&](QObject *c, auto done) {
            rig.fixture.cache()->fetch(endpoint, fingerprint, c, done);
        });
        QVERIFY(outcome.ok());
        QCOMPARE(value, QByteArray("pat_kept_value"));
        awaitOutcome([&](QObject *c, auto done) {
            rig.fixture.cache()->forget(endpoint, fingerprint, c, done);
        });

        // And in again, from the same panel.
        QVERIFY(rig.signIn(m_browser.opened));
        QVERIFY(!panel->isVisible());
        QVERIFY(!rig.storedRefreshToken().isEmpty());
        QVERIFY(rig.storedRefreshToken() != refreshToken);
    }
};

} // namespace latchkey

QTEST_MAIN(latchkey::TestDeveloperWindow)
#include "tst_developerwindow.moc"
