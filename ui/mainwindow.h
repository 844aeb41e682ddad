// MainWindow: the connection switcher, the places (My tokens, Users, Inspector),
// the banners (offline, keychain, expiring tokens) and the status bar.
#pragma once

#include "model/offline/connectionkeeper.h"
#include "model/session/sessionfactory.h"
#include "net/apierror.h"
#include "net/signedinuser.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace latchkey {

class AppSettings;
class AutostartEntry;
class ClipboardGuard;
class ConnectionSwitcher;
class DeveloperAccount;
class ExpiryNotice;
class InspectorPage;
class KnownTokenIndex;
struct KnownToken;
class NoticeBar;
class OfflineBanner;
class OfflineSnapshot;
class ProfileStore;
class RetiredTokenLog;
class ScanPage;
class Session;
class SignInPanel;
class TokenCache;
class TokenNotes;
class TokensPage;
class UsersPage;
class WhereUsedIndex;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Nothing here is owned; everything must outlive the window.
    struct Services
    {
        AppSettings *settings = nullptr;
        ProfileStore *profiles = nullptr;
        TokenCache *cache = nullptr;
        SessionFactory *sessions = nullptr;
        // Where each good token list is kept for offline starts; may be null (none kept).
        const OfflineSnapshot *snapshots = nullptr;
        // Where the tokens the window revokes or replaces are noted (for the
        // where-used scan and "revoked on …"); may be null (none noted).
        RetiredTokenLog *retired = nullptr;
        // The user's notes on tokens; may be null (no Notes column content, no editing).
        TokenNotes *notes = nullptr;
        // "Start at login, in the tray" in Settings; may be null (not offered).
        const AutostartEntry *autostart = nullptr;
    };

    // Scan is there only with snapshots and a cache (what the scan looks for).
    enum class Page { MyTokens, Users, Inspector, Scan };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openProfile(const QString &name);
    // Says that the connection `name` is on its way (e.g. the built-in sandbox
    // is still starting), instead of asking for one to be set up.
    void showConnecting(const QString &name);
    // A sentence about the keychain (e.g. none found), shown until dismissed.
    void showKeychainNotice(const QString &text);
    // A keychain problem that stops secrets being read or kept (locked, none
    // answering), with one action (Unlock, Retry): keychainActionRequested().
    void showKeychainProblem(const QString &text, const QString &action);
    void hideKeychainNotice();
    NoticeBar *keychainNotice() const { return m_keychainNotice; }
    QPushButton *keychainActionButton() const { return m_keychainAction; }
    void showPage(Page page);

    Session *session() const { return m_session.get(); }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    TokensPage *myTokensPage() const { return m_myTokens; }
    UsersPage *usersPage() const { return m_users; }
    InspectorPage *inspectorPage() const { return m_inspector; }
    // Null without snapshots or a cache.
    ScanPage *scanPage() const { return m_scanPage; }
    WhereUsedIndex *whereUsed() const { return m_whereUsed; }
    OfflineBanner *offlineBanner() const { return m_offline; }
    ExpiryNotice *expiryNotice() const { return m_expiryNotice; }
    QListWidget *sideBar() const { return m_places; }
    bool isOffline() const;
    // "Connecting to …", "Connected to …", "Offline", "Problem with …".
    QLabel *connectionStateLabel() const { return m_connectionState; }
    QProgressBar *busyIndicator() const { return m_busy; }
    // "Clipboard clears in …": shown only while the clipboard holds a copied token.
    QLabel *clipboardStateLabel() const { return m_clipboardState; }
    QAction *refreshAction() const { return m_refreshAction; }
    // A developer connection's sign-in: the panel over My Tokens while signed out,
    // who is signed in (the tool bar's account button), Sign In and Sign Out.
    SignInPanel *signInPanel() const { return m_signInPanel; }
    QToolButton *accountButton() const { return m_accountButton; }
    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    bool isSignedOut() const { return m_signedOut; }

public slots:
    void refresh();
    void manageConnections();
    void editSettings();

signals:
    // The keychain notice's action (Unlock, Retry) was pressed.
    void keychainActionRequested();
    void sessionOpened();
    // A developer connection has no sign-in (shown), or has one again.
    void signedOutShown();
    void signedIn();
    // My tokens came from the server.
    void myTokensLoaded();
    // The Users list's first page came from the server.
    void usersLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void styleSideBar();
    void buildMenus();
    void buildStatusBar();
    void applyPreferences();
    void restoreState();
    void saveState();
    void sessionReady(std::unique_ptr<Session> session, const SessionFactory::Error &error);
    void onMyTokensLoaded();
    void onLoadFailed(const ApiError &error);
    // Shows what the session's keeper says about the server.
    void showConnectionState(ConnectionKeeper::State state);
    void showOffline(const ApiError &error);
    void updateBusy();
    void updateConnectionState(const QString &text, bool ok);
    // Rebuilds the inspector's known tokens (snapshots, keychain index, the list shown).
    void updateKnownTokens();
    void onKnownTokensReady();
    void inspectCachedToken(const KnownToken &token);
    // Users (and what only an admin does) are shown for an admin's connection only.
    void showPlacesFor(bool developer);
    void openDeveloperAccount();
    void startSignIn();
    // problem: why the sign-in ended or did not work (translated), or empty.
    void showSignedOut(const QString &problem);
    void onSignedIn(const SignedInUser &user);
    // "Signed in as ada", or "Signed out"; the account button and its menu.
    void updateAccount(const QString &who = {});
    // The connections whose cached values the where-used scan knows.
    QHash<QString, QString> endpointsByConnection() const;

    Services m_services;
    AppSettings *m_settings;
    std::unique_ptr<Session> m_session;
    // What the window last showed of the keeper's state.
    ConnectionKeeper::State m_shownState = ConnectionKeeper::State::Connecting;
    ClipboardGuard *m_clipboard;
    ConnectionSwitcher *m_switcher;
    QListWidget *m_places;
    QStackedWidget *m_stack;
    TokensPage *m_myTokens;
    UsersPage *m_users;
    InspectorPage *m_inspector;
    WhereUsedIndex *m_whereUsed = nullptr;
    ScanPage *m_scanPage = nullptr;
    KnownTokenIndex *m_knownIndex = nullptr;
    bool m_knownTokensStale = true;
    NoticeBar *m_keychainNotice;
    QPushButton *m_keychainAction = nullptr;
    NoticeBar *m_errorNotice;
    NoticeBar *m_setupNotice;
    OfflineBanner *m_offline;
    ExpiryNotice *m_expiryNotice;
    QLabel *m_connectionIcon;
    QLabel *m_connectionState;
    QLabel *m_clipboardState;
    QLabel *m_syncState;
    QProgressBar *m_busy;
    QAction *m_refreshAction = nullptr;
    QAction *m_usersAction = nullptr;
    SignInPanel *m_signInPanel;
    QToolButton *m_accountButton;
    QAction *m_accountButtonAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    // Belongs to the open developer session; deleted before it.
    DeveloperAccount *m_account = nullptr;
    bool m_signedOut = false;
    QString m_profileName;
    // A connection is being opened (its secret read, or its server still starting).
    bool m_opening = false;
};

} // namespace latchkey
