// LatchkeyApp: the composition root of the desktop app — builds the settings,
// the secret store, profiles, cache, journal, the optional in-process sandbox,
// and the main window, which is up before the keychain has answered.
#pragma once

#include "model/keychain/secretstore.h"
#include "model/session/sessionkind.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

#include <memory>

class QSettings;
class QThread;

namespace latchkey {

struct ConnectionProfile;
class SecretBytes;
class AppSettings;
class AutostartEntry;
class ExpiryReminders;
class GatewayServer;
class MainWindow;
class OfflineSnapshot;
class PendingSecretStore;
class ProfileStore;
class RetiredTokenLog;
class TokenNotes;
class RotationJournal;
class SandboxServer;
class SessionFactory;
class TokenCache;

class LatchkeyApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool sandbox = false;
        QString sandboxDatabase; // empty = temporary
        int seedTokens = 0;
        // Where it keeps things; empty = the user's own. Tests give their own.
        QString settingsFile;    // an INI file instead of the platform's settings
        QString keychainService; // instead of KeychainSecretStore::defaultService()
        QString dataDirectory;   // for the journal, offline snapshots and reminders
        // Start in the tray (at login): the window stays closed while there is a tray.
        bool minimized = false;
    };

    explicit LatchkeyApp(QObject *parent = nullptr);
    ~LatchkeyApp() override;

    // Shows the window at once (connecting), then asks the keychain and goes on
    // asynchronously; emits windowShown() (from within start) or failed().
    void start(const Options &options);
    ProfileStore *profiles() const { return m_profiles.get(); }
    AppSettings *settings() const { return m_appSettings.get(); }
    // Where secrets go: the system keychain; memory only for the sandbox on a
    // machine without a Secret Service. Null until the keychain has answered.
    SecretStore *secretBackend() const;
    MainWindow *window() const { return m_window.get(); }
    ExpiryReminders *reminders() const { return m_reminders.get(); }
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    // The sandbox's gateway (its developer connection's), on the sandbox's thread.
    GatewayServer *sandboxGateway() const { return m_gateway.get(); }
    // The names `--sandbox` gives its two connections.
    static QString sandboxAdminName() { return QStringLiteral("Sandbox — admin"); }
    static QString sandboxDeveloperName() { return QStringLiteral("Sandbox — me"); }
    // The username the developer connection signs in with (empty until the sandbox runs).
    QString sandboxDeveloper() const { return m_sandboxStart.developer; }
    // Shuts the in-process sandbox and its gateway down (the screenshots show the offline
    // state).
    void stopSandbox();

signals:
    void windowShown(latchkey::MainWindow *window);
    void failed(const QString &message);
    // The keychain probe answered (Ok, Locked, NoBackend, ...).
    void keychainChecked(latchkey::SecretStore::Outcome::Status status);

private:
    // What the sandbox's thread reports once the sandbox and its gateway run.
    struct SandboxStart
    {
        bool ok = false;
        QString error;
        QUrl gateway;
        QString resource;    // the gateway's API resource indicator
        QString nativeAppId; // the developer connection's sign-in app
        QString deviceAppId;
        QString developer; // the username to sign in with on the sandbox's page
    };
    SandboxStart startSandboxAndGateway(SandboxServer *server);
    void sandboxStarted(const SandboxStart &start);
    void checkKeychain();
    void keychainAnswered(const SecretStore::Outcome &outcome);
    // Once the keychain is usable: the sandbox's connection, or the user's.
    void proceed();
    // The sandbox's own profile of that kind (flagged), or a name no profile has yet.
    QString sandboxProfileName(SessionKind kind) const;
    // Writes the sandbox's two connections (admin, developer), then opens the admin one.
    void saveSandboxProfiles();
    void saveSandboxProfile(const ConnectionProfile &profile, const SecretBytes &secret,
                            std::function<void()> then);
    void showWindow();
    // The profile a normal start opens: the current one, else the first saved
    // one, never the sandbox's.
    QString startProfile() const;
    QString keychainService() const;

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<QThread> m_sandboxThread;
    std::unique_ptr<SandboxServer> m_sandbox; // lives on m_sandboxThread
    std::unique_ptr<GatewayServer> m_gateway; // lives on m_sandboxThread
    SandboxStart m_sandboxStart;
    bool m_sandboxReady = false;
    std::unique_ptr<PendingSecretStore> m_secrets;
    bool m_keychainReady = false;
    bool m_proceeded = false;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<RotationJournal> m_journal;
    std::unique_ptr<AutostartEntry> m_autostart;
    std::unique_ptr<SessionFactory> m_sessions;
    std::unique_ptr<OfflineSnapshot> m_snapshots;
    std::unique_ptr<RetiredTokenLog> m_retired;
    std::unique_ptr<TokenNotes> m_notes;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ExpiryReminders> m_reminders; // watches the window
};

} // namespace latchkey
