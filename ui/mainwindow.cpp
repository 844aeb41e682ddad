// MainWindow: the connection switcher, the places (My tokens, Users, Inspector),
// the banners (offline, keychain, expiring tokens) and the status bar.
#include "ui/mainwindow.h"

#include "model/keychain/tokencache.h"
#include "model/offline/knowntokenindex.h"
#include "model/offline/offlinesnapshot.h"
#include "model/operations/revocationscheduler.h"
#include "model/operations/tokenservice.h"
#include "model/scan/whereusedindex.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "model/settings/autostartentry.h"
#include "model/settings/profilestore.h"
#include "ui/clipboardguard.h"
#include "ui/connectionsdialog.h"
#include "ui/connectionswitcher.h"
#include "ui/developeraccount.h"
#include "ui/expirynotice.h"
#include "ui/icons.h"
#include "ui/inspectorpage.h"
#include "ui/manualdialog.h"
#include "ui/noticebar.h"
#include "ui/offlinebanner.h"
#include "ui/scanpage.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/signinpanel.h"
#include "ui/tokenspage.h"
#include "ui/userlabel.h"
#include "ui/userspage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(services.settings)
    , m_clipboard(new ClipboardGuard(QGuiApplication::clipboard(), this))
    , m_switcher(new ConnectionSwitcher(services.profiles, this))
    , m_places(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_myTokens(new TokensPage(m_clipboard, services.cache, this))
    , m_users(new UsersPage(m_clipboard, services.cache, this))
    , m_inspector(new InspectorPage(this))
    , m_keychainNotice(new NoticeBar(NoticeBar::Kind::Warning, this))
    , m_errorNotice(new NoticeBar(NoticeBar::Kind::Error, this))
    , m_setupNotice(new NoticeBar(NoticeBar::Kind::Info, this))
    , m_offline(new OfflineBanner(this))
    , m_expiryNotice(new ExpiryNotice(this))
    , m_connectionIcon(new QLabel(this))
    , m_connectionState(new QLabel(this))
    , m_clipboardState(new QLabel(this))
    , m_syncState(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_signInPanel(new SignInPanel(this))
    , m_accountButton(new QToolButton(this))
{
    setWindowTitle(tr("Latchkey"));
    setObjectName(u"MainWindow"_s);

    // Places.
    m_places->setObjectName(u"places"_s);
    m_places->setAccessibleName(tr("Places"));
    m_places->setIconSize(QSize(18, 18));
    m_places->setFrameShape(QFrame::NoFrame);
    m_places->setSpacing(2);
    // The window's colour as a role, not in the style sheet: a role follows a theme change.
    m_places->viewport()->setBackgroundRole(QPalette::Window);
    styleSideBar();
    auto addPlace = [this](Icons::Id icon, const QString &text, const QString &shortcut) {
        auto *item = new QListWidgetItem(Icons::get(icon), text, m_places);
        item->setToolTip(u"%1 (%2)"_s.arg(text, shortcut));
    };
    addPlace(Icons::Id::Key, tr("My Tokens"), u"Ctrl+1"_s);
    addPlace(Icons::Id::Users, tr("Users"), u"Ctrl+2"_s);
    addPlace(Icons::Id::Inspector, tr("Inspector"), u"Ctrl+3"_s);
    if (m_services.snapshots && m_services.cache) {
        m_whereUsed = new WhereUsedIndex(m_services.snapshots, m_services.cache, m_services.retired,
                                         m_settings, this);
        m_scanPage = new ScanPage(m_whereUsed, m_settings, this);
        addPlace(Icons::Id::Scan, tr("Scan Computer"), u"Ctrl+4"_s);
    }
    m_places->setFixedWidth(m_places->sizeHintForColumn(0) + 36);

    m_myTokens->setMine(true);
    // A developer's sign-in panel sits over the list it is about.
    auto *myTokensPlace = new QWidget(this);
    auto *myTokensLayout = new QVBoxLayout(myTokensPlace);
    myTokensLayout->setContentsMargins(0, 0, 0, 0);
    myTokensLayout->setSpacing(8);
    myTokensLayout->addWidget(m_signInPanel);
    myTokensLayout->addWidget(m_myTokens, 1);
    m_stack->addWidget(myTokensPlace);
    m_stack->addWidget(m_users);
    m_stack->addWidget(m_inspector);
    if (m_scanPage)
        m_stack->addWidget(m_scanPage);
    connect(m_places, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        // The notice is about "My Tokens": elsewhere it would only be noise.
        m_expiryNotice->setSuppressed(row != int(Page::MyTokens));
        if (row == int(Page::Inspector) && m_knownTokensStale)
            updateKnownTokens();
    });

    // Banners above the content.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 8, 10, 6);
    contentLayout->setSpacing(8);
    for (NoticeBar *bar :
         {m_keychainNotice, m_errorNotice, m_setupNotice, static_cast<NoticeBar *>(m_offline),
          static_cast<NoticeBar *>(m_expiryNotice)}) {
        bar->hide();
        contentLayout->addWidget(bar);
    }
    contentLayout->addWidget(m_stack, 1);

    m_keychainAction = m_keychainNotice->addButton(QString());
    m_keychainAction->hide();
    connect(m_keychainAction, &QPushButton::clicked, this, &MainWindow::keychainActionRequested);
    auto *manageFromError = m_errorNotice->addButton(tr("Manage Connections…"));
    connect(manageFromError, &QPushButton::clicked, this, &MainWindow::manageConnections);
    auto *manageFromSetup = m_setupNotice->addButton(tr("Manage Connections…"));
    connect(manageFromSetup, &QPushButton::clicked, this, &MainWindow::manageConnections);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_places);
    centralLayout->addWidget(separator);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    // Tool bar: where am I connected.
    auto *top = addToolBar(tr("Connection"));
    top->setObjectName(u"connectionToolBar"_s);
    top->setMovable(false);
    top->setFloatable(false);
    top->addWidget(m_switcher);
    connect(m_switcher, &ConnectionSwitcher::profileSelected, this, &MainWindow::openProfile);
    connect(m_switcher, &ConnectionSwitcher::manageRequested, this, &MainWindow::manageConnections);
    // Who is signed in to a developer connection, and Sign In / Sign Out.
    m_accountButton->setObjectName(u"accountButton"_s);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setIcon(Icons::get(Icons::Id::Lock));
    m_accountButtonAction = top->addWidget(m_accountButton);
    m_accountButtonAction->setVisible(false);
    connect(m_signInPanel, &SignInPanel::signInRequested, this, &MainWindow::startSignIn);
    connect(m_signInPanel, &SignInPanel::cancelRequested, this, [this] {
        if (m_account)
            m_account->cancel();
    });
    connect(m_signInPanel, &SignInPanel::addressCopied, this,
            [this] { statusBar()->showMessage(tr("Sign-in address copied."), 4000); });

    buildMenus();
    buildStatusBar();

    // Pages.
    for (TokensPage *page : {m_myTokens, m_users->tokensPage()}) {
        page->setAppSettings(m_settings);
        connect(page, &TokensPage::busyChanged, this, &MainWindow::updateBusy);
        connect(page, &TokensPage::statusMessage, this, [this](const QString &text) {
            if (text.isEmpty())
                statusBar()->clearMessage();
            else
                statusBar()->showMessage(text, 5000);
        });
        connect(page, &TokensPage::loadFailed, this, &MainWindow::onLoadFailed);
        connect(page, &TokensPage::loaded, this, [this] {
            const QDateTime now = QDateTime::currentDateTime();
            m_syncState->setText(
                tr("Last sync %1").arg(QLocale().toString(now.time(), QLocale::ShortFormat)));
            m_syncState->setToolTip(QLocale().toString(now, QLocale::LongFormat));
        });
        // The banner tells the time of what "My Tokens" shows, else of any list.
        connect(page, &TokensPage::keptListShown, this, [this, page](const QDateTime &takenAt) {
            if (page == m_myTokens || !m_offline->snapshotTime().isValid())
                m_offline->setSnapshotTime(takenAt.toLocalTime());
            if (page == m_myTokens)
                m_expiryNotice->update(m_myTokens->expiringOrExpiredCount(),
                                       m_settings->expiringSoonDays());
        });
    }
    connect(m_myTokens, &TokensPage::loaded, this, &MainWindow::onMyTokensLoaded);
    if (m_whereUsed) {
        // The lists on screen are the newest word on which tokens are alive.
        for (TokensPage *page : {m_myTokens, m_users->tokensPage()}) {
            connect(page, &TokensPage::loaded, this, [this, page] {
                m_whereUsed->setCurrentList(m_profileName, page->userId(), page->userLabel(),
                                            page->tokens());
            });
        }
        // Asked when a scan starts: the connections may have changed since the last.
        connect(m_whereUsed, &WhereUsedIndex::started, this,
                [this] { m_whereUsed->setConnections(endpointsByConnection()); });
        connect(m_scanPage, &ScanPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        for (TokensPage *page : {m_myTokens, m_users->tokensPage()}) {
            page->setWhereUsed(m_whereUsed);
            connect(page, &TokensPage::scanRequested, this, [this] {
                showPage(Page::Scan);
                m_scanPage->scan();
            });
        }
    }
    if (m_services.snapshots && m_services.cache) {
        m_knownIndex = new KnownTokenIndex(m_services.snapshots, m_services.cache, this);
        connect(m_knownIndex, &KnownTokenIndex::ready, this, &MainWindow::onKnownTokensReady);
    }
    connect(m_inspector, &InspectorPage::cachedTokenRequested, this,
            &MainWindow::inspectCachedToken);
    connect(m_inspector, &InspectorPage::copied, this, [this](const QString &what) {
        statusBar()->showMessage(tr("Copied “%1”.").arg(what), 4000);
    });
    // The user list reads on its own model; its answers count for the connection too.
    connect(m_users, &UsersPage::usersLoaded, this, [this] {
        if (m_session)
            m_session->keeper()->note(ApiError());
        emit usersLoaded();
    });
    connect(m_users, &UsersPage::loadFailed, this, [this](const ApiError &error) {
        if (m_session)
            m_session->keeper()->note(error);
        onLoadFailed(error);
    });

    connect(m_offline, &OfflineBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_expiryNotice, &ExpiryNotice::showRequested, this, [this] {
        showPage(Page::MyTokens);
        m_myTokens->showExpiringOnly();
    });

    // The clipboard countdown, in the status bar.
    connect(m_clipboard, &ClipboardGuard::countdownChanged, this, [this](int seconds) {
        m_clipboardState->setText(tr("Clipboard clears in %n s", nullptr, seconds));
        m_clipboardState->show();
    });
    connect(m_clipboard, &ClipboardGuard::copied, this, [this] {
        if (m_clipboard->clearAfterSeconds() == 0) {
            m_clipboardState->setText(tr("Token on the clipboard until you quit"));
            m_clipboardState->show();
        }
    });
    connect(m_clipboard, &ClipboardGuard::finished, this, [this](bool wiped) {
        m_clipboardState->hide();
        if (wiped)
            statusBar()->showMessage(tr("Clipboard cleared."), 4000);
    });

    applyPreferences();
    m_places->setCurrentRow(0);
    resize(1100, 680);
    restoreState();
    updateConnectionState(tr("Not connected"), false);

    if (m_services.profiles->names().isEmpty()) {
        m_setupNotice->setText(tr("Add a connection to a Logto tenant to see your tokens."));
        m_setupNotice->show();
    }
}

MainWindow::~MainWindow()
{
    // The account's sign-in works on the session: it goes first.
    delete m_account;
    m_account = nullptr;
    // Pages hold pointers into the session: detach them before it goes.
    m_myTokens->setUser(nullptr, {}, {});
    m_users->setSession(nullptr);
    m_inspector->setSession(nullptr);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *manage = file->addAction(Icons::get(Icons::Id::Connection), tr("&Manage Connections…"),
                                      this, &MainWindow::manageConnections);
    manage->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    m_signInAction = file->addAction(Icons::get(Icons::Id::Lock), tr("Sign &In…"), this,
                                     &MainWindow::startSignIn);
    m_signOutAction = file->addAction(tr("Sign &Out"), this, [this] {
        if (m_account)
            m_account->signOut();
        updateAccount();
    });
    m_signInAction->setVisible(false);
    m_signOutAction->setVisible(false);
    auto *accountMenu = new QMenu(m_accountButton);
    accountMenu->addAction(m_signInAction);
    accountMenu->addAction(m_signOutAction);
    m_accountButton->setMenu(accountMenu);
    QAction *settings = file->addAction(Icons::get(Icons::Id::Settings), tr("&Settings…"), this,
                                        &MainWindow::editSettings);
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(Qt::CTRL | Qt::Key_Comma);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(Qt::CTRL | Qt::Key_Q);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QList<std::pair<QString, Page>> places = {{tr("&My Tokens"), Page::MyTokens},
                                              {tr("&Users"), Page::Users},
                                              {tr("&Inspector"), Page::Inspector}};
    if (m_scanPage)
        places.append({tr("&Scan Computer"), Page::Scan});
    int number = 1;
    for (const auto &[text, page] : places) {
        QAction *action = view->addAction(text, this, [this, page = page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        if (page == Page::Users)
            m_usersAction = action;
    }
    view->addSeparator();
    m_refreshAction =
        view->addAction(Icons::get(Icons::Id::Refresh), tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    if (m_refreshAction->shortcut().isEmpty())
        m_refreshAction->setShortcut(Qt::Key_F5);
    // Asked for, a refresh is the next action: the last one's error has had its say.
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_myTokens->clearMessage();
        m_users->tokensPage()->clearMessage();
    });

    // The token actions of whichever page shows, so the menu bar reaches them too.
    QMenu *tokens = menuBar()->addMenu(tr("&Token"));
    connect(tokens, &QMenu::aboutToShow, this, [this, tokens] {
        tokens->clear();
        TokensPage *page = m_stack->currentWidget() == m_users ? m_users->tokensPage() : m_myTokens;
        if (m_stack->currentWidget() == m_inspector || m_stack->currentWidget() == m_scanPage) {
            tokens->addAction(tr("No token list on this page"))->setEnabled(false);
            return;
        }
        tokens->addAction(page->generateAction());
        tokens->addSeparator();
        tokens->addAction(page->copyAction());
        tokens->addAction(page->copyAccessTokenAction());
        tokens->addAction(page->whereUsedAction());
        tokens->addAction(page->renameAction());
        tokens->addAction(page->setExpiryAction());
        tokens->addSeparator();
        tokens->addAction(page->revokeAction());
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("Latchkey &Manual"), this, [this] {
        auto *dialog = new ManualDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        // The token menu is filled when it opens: its actions are the pages' own.
        QList<QAction *> actions;
        for (QAction *top : menuBar()->actions()) {
            if (top->menu())
                actions += top->menu()->actions();
        }
        for (QAction *action :
             {m_myTokens->generateAction(), m_myTokens->copyAction(), m_myTokens->renameAction(),
              m_myTokens->setExpiryAction(), m_myTokens->revokeAction()})
            actions.append(action);
        auto *dialog = new ShortcutsDialog(actions, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    help->addAction(tr("&About Latchkey"), this, [this] {
        QMessageBox::about(this, tr("About Latchkey"),
                           tr("<h3>Latchkey %1</h3><p>Personal access tokens for Logto, "
                              "kept in your keychain.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    const int size = fontMetrics().height();
    m_connectionIcon->setFixedSize(size, size);
    // Permanent widgets: passing messages must never hide the connection state.
    m_clipboardState->hide();
    statusBar()->addPermanentWidget(m_clipboardState);
    statusBar()->addPermanentWidget(m_connectionIcon);
    statusBar()->addPermanentWidget(m_connectionState);
    m_syncState->setContentsMargins(12, 0, 0, 0);
    statusBar()->addPermanentWidget(m_syncState);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(size);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
}

void MainWindow::applyPreferences()
{
    m_clipboard->setClearAfterSeconds(m_settings->clipboardClearSeconds());
    for (TokensPage *page : {m_myTokens, m_users->tokensPage()}) {
        page->setExpiringSoonDays(m_settings->expiringSoonDays());
        page->setMaxLifetimeDays(m_settings->maxLifetimeDays());
    }
    if (m_session)
        m_session->tokens()->setMaxLifetimeDays(m_settings->maxLifetimeDays());
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings->uiState(u"geometry"_s));
    QMainWindow::restoreState(m_settings->uiState(u"state"_s));
    m_users->restoreSplit(m_settings->uiState(u"usersSplitter"_s));
    m_myTokens->view()->header()->restoreState(m_settings->uiState(u"myTokensHeader"_s));
    m_users->tokensPage()->view()->header()->restoreState(
        m_settings->uiState(u"userTokensHeader"_s));
    m_users->userView()->header()->restoreState(m_settings->uiState(u"usersHeader"_s));
}

void MainWindow::saveState()
{
    m_settings->setUiState(u"geometry"_s, saveGeometry());
    m_settings->setUiState(u"state"_s, QMainWindow::saveState());
    m_settings->setUiState(u"usersSplitter"_s, m_users->splitter()->saveState());
    m_settings->setUiState(u"myTokensHeader"_s, m_myTokens->view()->header()->saveState());
    m_settings->setUiState(u"userTokensHeader"_s,
                           m_users->tokensPage()->view()->header()->saveState());
    m_settings->setUiState(u"usersHeader"_s, m_users->userView()->header()->saveState());
}

void MainWindow::styleSideBar()
{
    // Set anew, not once: Qt does not pass a new desktop palette on to a widget with a style
    // sheet, and a sheet that is set again is resolved against the palette in force.
    m_places->setStyleSheet(QString());
    m_places->setStyleSheet(u"QListWidget#places { padding: 6px; }"
                            "QListWidget#places::item { padding: 6px 8px; border-radius: 4px; }"
                            "QListWidget#places::item:selected { background: palette(highlight);"
                            " color: palette(highlighted-text); }"_s);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_places)
        styleSideBar();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    m_clipboard->clearNow();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(Page page)
{
    if (m_places->item(int(page))->isHidden())
        return;
    m_places->setCurrentRow(int(page));
}

void MainWindow::showKeychainNotice(const QString &text)
{
    m_keychainNotice->setKind(NoticeBar::Kind::Warning);
    m_keychainNotice->setText(text);
    m_keychainAction->hide();
    m_keychainNotice->show();
}

void MainWindow::showKeychainProblem(const QString &text, const QString &action)
{
    m_keychainNotice->setKind(NoticeBar::Kind::Error);
    m_keychainNotice->setText(text);
    m_keychainAction->setText(action);
    m_keychainAction->setEnabled(true);
    m_keychainAction->show();
    m_keychainNotice->show();
}

void MainWindow::hideKeychainNotice()
{
    m_keychainNotice->hide();
}

void MainWindow::openProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    m_profileName = name;
    m_switcher->setCurrentProfile(name);
    m_errorNotice->hide();
    showConnecting(name);
    m_services.sessions->open(
        name, this,
        [this, name](std::unique_ptr<Session> session, const SessionFactory::Error &error) {
            // The user may have picked another connection meanwhile.
            if (name != m_profileName)
                return;
            sessionReady(std::move(session), error);
        });
}

void MainWindow::showConnecting(const QString &name)
{
    m_setupNotice->hide();
    m_opening = true;
    updateConnectionState(tr("Connecting to %1…").arg(name), false);
    updateBusy();
}

void MainWindow::sessionReady(std::unique_ptr<Session> session, const SessionFactory::Error &error)
{
    delete m_account;
    m_account = nullptr;
    m_signedOut = false;
    m_signInPanel->hide();
    m_myTokens->setUser(nullptr, {}, {});
    m_users->setSession(nullptr);
    m_inspector->setSession(nullptr);
    m_session = std::move(session);
    m_opening = false;
    // Offline and expiry state belong to the previous connection; this one earns its own.
    m_shownState = ConnectionKeeper::State::Connecting;
    m_offline->hide();
    m_myTokens->setOffline(false);
    m_myTokens->setSignedOut(false);
    m_users->setOffline(false, {});
    m_expiryNotice->hide();
    m_syncState->clear();
    m_syncState->setToolTip({});
    showPlacesFor(m_session && m_session->isDeveloper());
    m_accountButton->setText(QString());
    updateAccount();
    if (!m_session) {
        updateConnectionState(tr("Not connected"), false);
        updateBusy();
        m_errorNotice->setText(
            tr("Cannot open the connection “%1”: %2").arg(m_profileName, error.message));
        m_errorNotice->show();
        return;
    }
    ConnectionKeeper *keeper = m_session->keeper();
    connect(keeper, &ConnectionKeeper::stateChanged, this, &MainWindow::showConnectionState);
    connect(keeper, &ConnectionKeeper::stillOffline, this, &MainWindow::showOffline);
    connect(keeper, &ConnectionKeeper::retryingChanged, m_offline, &OfflineBanner::setRetrying);
    // While offline, try again now and then so the window recovers by itself.
    connect(keeper, &ConnectionKeeper::retryDue, this, &MainWindow::refresh);
    // The inspector's index follows the lists kept.
    connect(keeper, &ConnectionKeeper::listKept, this, &MainWindow::updateKnownTokens);
    connect(keeper, &ConnectionKeeper::keepFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Could not keep an offline copy of the tokens: %1").arg(error),
                                 8000);
        updateKnownTokens();
    });
    // The built-in sandbox is never the connection the next start (or latchkeyctl) picks.
    if (!m_session->profile().sandbox)
        m_settings->setCurrentProfile(m_profileName);
    m_session->tokens()->setMaxLifetimeDays(m_settings->maxLifetimeDays());
    m_session->setRetiredLog(m_services.retired);
    m_session->setNotes(m_services.notes);
    // Nothing has answered yet: "connected" would be a guess (issue 20.5).
    updateConnectionState(tr("Connecting to %1…").arg(m_profileName), false);
    updateBusy();

    const QString userId = m_session->profile().userId;
    if (m_session->isDeveloper())
        openDeveloperAccount();
    if (m_session->isDeveloper() && userId.isEmpty()) {
        // Never signed in: whose tokens these are is known once someone signs in.
        showSignedOut({});
    } else if (userId.isEmpty()) {
        m_setupNotice->setText(tr("Choose your own user for this connection to see “My "
                                  "Tokens” (Manage Connections → My user)."));
        m_setupNotice->show();
    } else {
        m_myTokens->setUser(m_session.get(), userId, tr("you"));
        // Show the user's real name once the directory answers.
        keeper->getUser(userId, this, [this, userId](Result<User> user) {
            if (!user || !m_session || m_myTokens->userId() != userId)
                return;
            m_myTokens->setUserLabel(UserLabel::shortLabel(user.value()));
            // A developer's gateway answers for whoever is signed in: that is "whoami".
            if (m_session->isDeveloper() && !m_signedOut)
                updateAccount(user.value().username.isEmpty() ? UserLabel::shortLabel(user.value())
                                                              : user.value().username);
        });
    }
    if (!m_session->isDeveloper())
        m_users->setSession(m_session.get());
    m_inspector->setSession(m_session.get());
    updateKnownTokens();

    // Finish rotations an earlier run left half done, and say what happened.
    m_session->tokens()->resumePending(this, [this](QList<ResumeOutcome> outcomes) {
        QStringList lines;
        for (const ResumeOutcome &outcome : outcomes)
            lines.append(outcome.message);
        if (lines.isEmpty())
            return;
        m_errorNotice->setKind(NoticeBar::Kind::Info);
        m_errorNotice->setText(lines.join(u'\n'));
        m_errorNotice->show();
        m_myTokens->reload();
    });
    // Old values kept working by a rotation are revoked when their time comes, while
    // the app runs (in the tray too); a start revokes those already due, above.
    auto *revocations = new RevocationScheduler(m_session->tokens(), m_session->tokens());
    connect(revocations, &RevocationScheduler::performed, this,
            [this](const QList<ResumeOutcome> &outcomes) {
                QStringList lines;
                bool failed = false;
                for (const ResumeOutcome &outcome : outcomes) {
                    lines.append(outcome.message);
                    failed = failed || outcome.kind == ResumeOutcome::Kind::Failed;
                }
                m_errorNotice->setKind(failed ? NoticeBar::Kind::Error : NoticeBar::Kind::Info);
                m_errorNotice->setText(lines.join(u'\n'));
                m_errorNotice->show();
                refresh();
            });
    revocations->reschedule();
    emit sessionOpened();
}

bool MainWindow::isOffline() const
{
    return m_session && m_session->keeper()->isOffline();
}

void MainWindow::refresh()
{
    if (!m_session) {
        if (!m_profileName.isEmpty())
            openProfile(m_profileName);
        return;
    }
    m_errorNotice->hide();
    if (!m_session->isDeveloper() && (m_stack->currentWidget() == m_users || isOffline()))
        m_users->reload();
    if (!m_myTokens->userId().isEmpty())
        m_myTokens->reload();
    if (m_stack->currentWidget() == m_users && !m_users->tokensPage()->userId().isEmpty())
        m_users->tokensPage()->reload();
}

void MainWindow::onMyTokensLoaded()
{
    m_expiryNotice->update(m_myTokens->expiringOrExpiredCount(), m_settings->expiringSoonDays());
    emit myTokensLoaded();
}

void MainWindow::updateKnownTokens()
{
    // Only the Inspector uses them: a start or a refresh elsewhere does not pay for it.
    if (m_stack->currentWidget() != m_inspector) {
        m_knownTokensStale = true;
        return;
    }
    m_knownTokensStale = false;
    if (!m_knownIndex) {
        onKnownTokensReady();
        return;
    }
    QHash<QString, QString> endpoints, owners;
    for (const ConnectionProfile &profile : m_services.profiles->list()) {
        endpoints.insert(profile.name, TokenCache::endpointKey(profile.endpoint));
        owners.insert(profile.name, profile.userId);
    }
    m_knownIndex->setConnections(endpoints);
    m_knownIndex->setOwnUsers(owners);
    m_knownIndex->load(3000);
}

QHash<QString, QString> MainWindow::endpointsByConnection() const
{
    QHash<QString, QString> endpoints;
    for (const ConnectionProfile &profile : m_services.profiles->list())
        endpoints.insert(profile.name, TokenCache::endpointKey(profile.endpoint));
    return endpoints;
}

void MainWindow::onKnownTokensReady()
{
    QList<KnownToken> known = m_knownIndex ? m_knownIndex->tokens() : QList<KnownToken>();
    // The list on screen is the newest word, even where no snapshot is kept.
    QSet<QByteArray> seen;
    for (const KnownToken &token : std::as_const(known))
        seen.insert(token.fingerprint);
    if (m_session) {
        const QString endpoint = m_session->endpointKey();
        for (const PersonalAccessToken &token : m_myTokens->tokens()) {
            if (seen.contains(token.fingerprint))
                continue;
            KnownToken entry;
            entry.fingerprint = token.fingerprint;
            entry.name = token.name;
            entry.userLabel = m_myTokens->userLabel();
            entry.connectionName = m_profileName;
            entry.expiresAt = token.expiresAt;
            entry.cached = m_services.cache->isCached(endpoint, token.fingerprint);
            entry.userId = m_myTokens->userId();
            entry.mine = true;
            known.append(entry);
        }
    }
    m_inspector->setKnownTokens(known);
}

void MainWindow::inspectCachedToken(const KnownToken &token)
{
    const std::optional<ConnectionProfile> profile =
        m_services.profiles->load(token.connectionName);
    if (!profile)
        return;
    m_services.cache->fetch(
        TokenCache::endpointKey(profile->endpoint), token.fingerprint, this,
        [this, name = token.name](SecretStore::Outcome outcome, SecretBytes value) {
            if (!outcome.ok()) {
                statusBar()->showMessage(
                    tr("The value of “%1” cannot be read from the keychain: %2")
                        .arg(name, outcome.message.isEmpty()
                                       ? SecretStore::messageFor(outcome.status)
                                       : outcome.message),
                    8000);
                return;
            }
            m_inspector->inspectToken(std::move(value));
        });
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    // No sign-in is no error to fix: the panel offers to sign in, and nothing retries.
    if (error.kind() == ApiError::Kind::SignedOut && m_session && m_session->isDeveloper()) {
        showSignedOut(error.code().isEmpty() ? QString() : error.userMessage());
        return;
    }
    // A server that cannot be reached is the keeper's to tell; anything else is a
    // problem to fix.
    if (error.isRetryable() || error.kind() == ApiError::Kind::Network ||
        error.kind() == ApiError::Kind::Timeout || error.kind() == ApiError::Kind::Cancelled)
        return;
    m_offline->setRetrying(false);
    m_errorNotice->setKind(NoticeBar::Kind::Error);
    m_errorNotice->setText(error.userMessage());
    m_errorNotice->show();
    updateConnectionState(tr("Problem with %1").arg(m_profileName), false);
}

void MainWindow::showConnectionState(ConnectionKeeper::State state)
{
    switch (state) {
    case ConnectionKeeper::State::Connecting:
        updateConnectionState(tr("Connecting to %1…").arg(m_profileName), false);
        break;
    case ConnectionKeeper::State::Online: {
        const bool wasOffline = m_shownState == ConnectionKeeper::State::Offline;
        m_shownState = state;
        m_offline->hide();
        m_users->setOffline(false, {});
        // The server answers, but a developer without a sign-in can only look.
        if (m_signedOut) {
            updateConnectionState(tr("Signed out of %1").arg(m_profileName), false);
            break;
        }
        m_myTokens->setOffline(false);
        updateConnectionState(tr("Connected to %1").arg(m_profileName), true);
        if (wasOffline)
            statusBar()->showMessage(tr("Back online."), 4000);
        break;
    }
    case ConnectionKeeper::State::Offline:
        showOffline(m_session->keeper()->offlineError());
        break;
    }
    updateBusy();
}

void MainWindow::showOffline(const ApiError &error)
{
    // A failed retry keeps the time of the list shown until a newer read replaces it.
    const bool wasOffline = m_shownState == ConnectionKeeper::State::Offline;
    m_shownState = ConnectionKeeper::State::Offline;
    m_offline->showOffline(wasOffline ? m_offline->snapshotTime() : m_session->keeper()->lastSync(),
                           error.userMessage());
    const QString reason = tr("the server cannot be reached");
    m_myTokens->setOffline(true, reason);
    m_users->setOffline(true, reason);
    updateConnectionState(tr("Offline"), false);
}

void MainWindow::updateBusy()
{
    // Connecting is work too: nothing is known yet (issue 20.5).
    // A developer without a sign-in waits for nothing until they sign in.
    const bool connecting =
        m_opening || (m_session && !m_signedOut &&
                      m_session->keeper()->state() == ConnectionKeeper::State::Connecting);
    m_busy->setVisible(connecting || m_myTokens->isBusy() || m_users->tokensPage()->isBusy());
}

void MainWindow::updateConnectionState(const QString &text, bool ok)
{
    const int size = fontMetrics().height();
    m_connectionIcon->setPixmap(
        Icons::get(ok ? Icons::Id::Online
                      : (isOffline() ? Icons::Id::Offline : Icons::Id::Connection))
            .pixmap(size, size));
    m_connectionState->setText(text);
}

void MainWindow::manageConnections()
{
    auto *dialog = new ConnectionsDialog(m_services.profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_profileName.isEmpty())
        dialog->selectProfile(m_profileName);
    connect(dialog, &ConnectionsDialog::profileSaved, this, [this](const QString &name) {
        // Reopen so that a changed endpoint, secret or user takes effect.
        if (name == m_profileName || !m_session)
            openProfile(name);
    });
    dialog->open();
}

void MainWindow::editSettings()
{
    SettingsDialog::Values values;
    values.clipboardClearSeconds = m_settings->clipboardClearSeconds();
    values.expiringSoonDays = m_settings->expiringSoonDays();
    values.maxLifetimeDays = m_settings->maxLifetimeDays();
    values.language = m_settings->language();
    values.reminderDays = m_settings->reminderDays();
    values.scanPlaces = m_settings->scanPlaces();
    if (m_services.autostart)
        values.startAtLogin = m_services.autostart->isEnabled();
    auto *dialog = new SettingsDialog(values, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SettingsDialog::Values chosen = dialog->values();
        m_settings->setClipboardClearSeconds(chosen.clipboardClearSeconds);
        m_settings->setExpiringSoonDays(chosen.expiringSoonDays);
        m_settings->setMaxLifetimeDays(chosen.maxLifetimeDays);
        m_settings->setLanguage(chosen.language);
        m_settings->setReminderDays(chosen.reminderDays);
        m_settings->setScanPlaces(chosen.scanPlaces);
        if (m_services.autostart && chosen.startAtLogin &&
            *chosen.startAtLogin != m_services.autostart->isEnabled()) {
            QString error;
            const bool done =
                *chosen.startAtLogin
                    ? m_services.autostart->enable(QCoreApplication::applicationFilePath(), &error)
                    : m_services.autostart->disable(&error);
            if (!done)
                statusBar()->showMessage(tr("Could not change starting at login: %1").arg(error),
                                         8000);
        }
        applyPreferences();
        if (m_myTokens->hasLoaded())
            onMyTokensLoaded();
    });
    dialog->open();
}

} // namespace latchkey

namespace latchkey {

void MainWindow::showPlacesFor(bool developer)
{
    // A developer manages their own tokens only: no Users page, nobody else's tokens.
    m_places->item(int(Page::Users))->setHidden(developer);
    if (m_usersAction)
        m_usersAction->setVisible(!developer);
    if (developer && m_places->currentRow() == int(Page::Users))
        showPage(Page::MyTokens);
    m_accountButtonAction->setVisible(developer);
    m_signInAction->setVisible(developer);
    m_signOutAction->setVisible(developer);
}

void MainWindow::openDeveloperAccount()
{
    m_account = new DeveloperAccount(m_session.get(), m_services.profiles, m_services.cache, this);
    connect(m_account, &DeveloperAccount::waitingForBrowser, this,
            [this](const QUrl &url) { m_signInPanel->showWaiting(m_profileName, url); });
    connect(m_account, &DeveloperAccount::signInFailed, this, [this](const QString &message) {
        showSignedOut(message);
        updateAccount();
    });
    connect(m_account, &DeveloperAccount::signedIn, this, &MainWindow::onSignedIn);
    connect(m_account, &DeveloperAccount::signedOut, this, [this](const QString &note) {
        showSignedOut(note);
        statusBar()->showMessage(tr("Signed out of %1.").arg(m_profileName), 5000);
    });
    connect(m_account, &DeveloperAccount::signOutFailed, this, [this](const QString &message) {
        m_errorNotice->setKind(NoticeBar::Kind::Error);
        m_errorNotice->setText(message);
        m_errorNotice->show();
        updateAccount();
    });
    // The server may end a sign-in at any time (revoked, expired, reused).
    connect(m_session.get(), &Session::signInStateChanged, this, [this](UserSession::State state) {
        if (state == UserSession::State::SignedOut)
            showSignedOut({});
    });
    // The generate dialog follows the gateway's rules.
    m_session->loadPolicy();
}

void MainWindow::startSignIn()
{
    if (!m_account || m_account->isSigningIn())
        return;
    m_signInPanel->showWaiting(m_profileName, {});
    m_account->signIn();
    updateAccount();
}

void MainWindow::showSignedOut(const QString &problem)
{
    if (!m_session || !m_session->isDeveloper())
        return;
    m_signedOut = true;
    // A list read before the sign-in ended, or the last one kept, stays in view.
    const QString userId = m_myTokens->userId();
    if (!m_myTokens->hasLoaded() && !userId.isEmpty()) {
        m_session->keeper()->loadKeptList(
            userId, this, [this, userId](std::optional<ConnectionKeeper::KeptList> kept) {
                if (kept && m_signedOut && !m_myTokens->hasLoaded() &&
                    m_myTokens->userId() == userId)
                    m_myTokens->showSnapshot(std::move(kept->rows));
            });
    }
    m_myTokens->setSignedOut(true);
    updateConnectionState(tr("Signed out of %1").arg(m_profileName), false);
    updateAccount();
    updateBusy();
    // A sign-in on its way keeps its panel: an earlier request's answer must not hide it.
    if (m_account && m_account->isSigningIn())
        return;
    m_signInPanel->showSignedOut(m_profileName, problem);
    emit signedOutShown();
}

void MainWindow::onSignedIn(const SignedInUser &user)
{
    m_signedOut = false;
    m_signInPanel->hide();
    m_setupNotice->hide();
    m_errorNotice->hide();
    const QString who =
        user.username.isEmpty() ? (user.name.isEmpty() ? user.subject : user.name) : user.username;
    updateAccount(who);
    statusBar()->showMessage(tr("Signed in to %1 as %2.").arg(m_profileName, who), 5000);
    m_myTokens->setSignedOut(false);
    m_myTokens->setOffline(isOffline(), tr("the server cannot be reached"));
    if (m_myTokens->userId() != user.subject)
        m_myTokens->setUser(m_session.get(), user.subject, tr("you"));
    else
        m_myTokens->reload();
    m_session->loadPolicy();
    // The server may have answered while signed out: say what it says now.
    showConnectionState(m_session->keeper()->state());
    emit signedIn();
}

void MainWindow::updateAccount(const QString &who)
{
    const bool developer = m_session && m_session->isDeveloper();
    const bool busy = m_account && (m_account->isSigningIn() || m_account->isSigningOut());
    m_signInAction->setEnabled(developer && m_signedOut && !busy);
    m_signOutAction->setEnabled(developer && !m_signedOut && !busy);
    if (!developer)
        return;
    if (m_signedOut) {
        m_accountButton->setText(tr("Signed out"));
        m_accountButton->setToolTip(tr("You are signed out of %1").arg(m_profileName));
    } else if (!who.isEmpty()) {
        m_accountButton->setText(tr("Signed in as %1").arg(who));
        m_accountButton->setToolTip(tr("Signed in to %1 as %2 (user ID %3)")
                                        .arg(m_profileName, who, m_session->profile().userId));
    } else if (m_accountButton->text().isEmpty() || m_accountButton->text() == tr("Signed out")) {
        // Who it is comes with the server's first answer.
        m_accountButton->setText(tr("Account"));
        m_accountButton->setToolTip(m_profileName);
    }
}

} // namespace latchkey
