// UiTestFixture: a real main window on a real in-process sandbox, a real
// keychain (a service name unique to the test) and settings in a temporary file.
#pragma once

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace latchkey {

class AppSettings;
class KeychainSecretStore;
class MainWindow;
class OfflineSnapshot;
class ProfileStore;
class RetiredTokenLog;
class RotationJournal;
class SandboxServer;
class SessionFactory;
class TokenCache;
class TokenNotes;

class UiTestFixture
{
public:
    explicit UiTestFixture(const QString &testName);
    ~UiTestFixture();

    // The access tokens the next startSandbox() issues live this long (e.g. a few
    // seconds, for a test that waits for one to run out).
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetimeSeconds = seconds; }
    // Starts the sandbox (again, on the same port and database after stop()).
    bool startSandbox(int seedTokens = 0);
    void stopSandbox();
    // Saves the "Sandbox" connection and opens the window on it; false on timeout.
    bool openWindow();
    // A fresh start: a new window (and session) on the saved connection; does not wait
    // for the server, so it works while the sandbox is stopped.
    bool reopenWindow();
    // A new window opening the saved connection `name` (e.g. a developer's the test
    // added); does not wait for the server.
    bool openWindowOn(const QString &name);

    MainWindow *window() const { return m_window.get(); }
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    TokenCache *cache() const { return m_cache.get(); }
    SessionFactory *sessions() const { return m_sessions.get(); }
    OfflineSnapshot *snapshots() const { return m_snapshots.get(); }
    QSettings *settings() const { return m_settings.get(); }
    AppSettings *appSettings() const { return m_appSettings.get(); }
    RetiredTokenLog *retired() const { return m_retired.get(); }
    TokenNotes *notes() const { return m_notes.get(); }
    // A temporary folder of the test's own (e.g. a home folder to scan).
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    bool createWindow();

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    int m_tokenLifetimeSeconds = 0;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<RotationJournal> m_journal;
    std::unique_ptr<SessionFactory> m_sessions;
    std::unique_ptr<OfflineSnapshot> m_snapshots;
    std::unique_ptr<RetiredTokenLog> m_retired;
    std::unique_ptr<TokenNotes> m_notes;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace latchkey
