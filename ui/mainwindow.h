// MainWindow: the connection switcher, the places (My tokens, Users, Inspector),
// the banners (offline, keychain, expiring tokens) and the status bar.
#pragma once

#include "net/apierror.h"

#include <QDateTime>
#include <QMainWindow>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace latchkey {

class AppSettings;
class ClipboardGuard;
class ConnectionSession;
class ConnectionSwitcher;
class ExpiryNotice;
class InspectorPage;
class KnownTokenIndex;
struct KnownToken;
class NoticeBar;
class OfflineBanner;
class OfflineSnapshot;
class ProfileStore;
class SessionFactory;
class TokenCache;
class TokensPage;
class UsersPage;

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
    };

    enum class Page { MyTokens, Users, Inspector };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openProfile(const QString &name);
    // Says that the connection `name` is on its way (e.g. the built-in sandbox
    // is still starting), instead of asking for one to be set up.
    void showConnecting(const QString &name);
    // A sentence about the keychain (e.g. none found), shown until dismissed.
    void showKeychainNotice(const QString &text);
    void showPage(Page page);

    ConnectionSession *session() const { return m_session.get(); }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    TokensPage *myTokensPage() const { return m_myTokens; }
    UsersPage *usersPage() const { return m_users; }
    InspectorPage *inspectorPage() const { return m_inspector; }
    OfflineBanner *offlineBanner() const { return m_offline; }
    ExpiryNotice *expiryNotice() const { return m_expiryNotice; }
    ConnectionSwitcher *connectionSwitcher() const { return m_switcher; }
    QListWidget *sideBar() const { return m_places; }
    bool isOffline() const { return m_isOffline; }
    QAction *refreshAction() const { return m_refreshAction; }

public slots:
    void refresh();
    void manageConnections();
    void editSettings();

signals:
    void sessionOpened();
    // My tokens came from the server.
    void myTokensLoaded();
    // The Users list's first page came from the server.
    void usersLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void applyPreferences();
    void restoreState();
    void saveState();
    void sessionReady(std::unique_ptr<ConnectionSession> session, const QString &error);
    void onMyTokensLoaded();
    void onLoadFailed(const ApiError &error);
    void goOffline(const ApiError &error);
    void saveSnapshot(TokensPage *page);
    // Reads, on a worker, the snapshots of pages with nothing from this session, and
    // shows each as it arrives (with its time in the banner).
    void showSnapshots();
    void goOnline();
    void updateBusy();
    void updateConnectionState(const QString &text, bool ok);
    // Rebuilds the inspector's known tokens (snapshots, keychain index, the list shown).
    void updateKnownTokens();
    void onKnownTokensReady();
    void inspectCachedToken(const KnownToken &token);

    Services m_services;
    AppSettings *m_settings;
    std::unique_ptr<ConnectionSession> m_session;
    ClipboardGuard *m_clipboard;
    ConnectionSwitcher *m_switcher;
    QListWidget *m_places;
    QStackedWidget *m_stack;
    TokensPage *m_myTokens;
    UsersPage *m_users;
    InspectorPage *m_inspector;
    KnownTokenIndex *m_knownIndex = nullptr;
    bool m_knownTokensStale = true;
    NoticeBar *m_keychainNotice;
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
    QTimer m_retryTimer;
    QDateTime m_lastSync;
    bool m_isOffline = false;
    QString m_profileName;
    // Counts offline spells and connections: a snapshot read for an older one is dropped.
    quint64 m_offlineGeneration = 0;
    // Last member: destroyed first, it finishes the snapshot writes still queued. Reads
    // queue behind the writes, so they find the newest list.
    QThreadPool m_snapshotIo;
};

} // namespace latchkey
