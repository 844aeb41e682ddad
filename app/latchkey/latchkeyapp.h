// LatchkeyApp: the composition root of the desktop app — builds the settings,
// the secret store (keychain, or memory when none answers), profiles, cache,
// journal, the optional in-process sandbox, and the main window.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSettings;
class QThread;

namespace latchkey {

class AppSettings;
class MainWindow;
class OfflineSnapshot;
class ProfileStore;
class RotationJournal;
class SandboxServer;
class SecretStore;
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
    };

    explicit LatchkeyApp(QObject *parent = nullptr);
    ~LatchkeyApp() override;

    // Starts asynchronously; emits windowShown() or failed().
    void start(const Options &options);
    MainWindow *window() const { return m_window.get(); }
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    // Shuts the in-process sandbox down (the screenshots show the offline state).
    void stopSandbox();

signals:
    void windowShown(latchkey::MainWindow *window);
    void failed(const QString &message);

private:
    void sandboxStarted(bool ok, const QString &error);
    void continueWithStore(std::unique_ptr<SecretStore> store, const QString &notice);
    void saveSandboxProfile();
    void showWindow();
    void openProfile(const QString &profile);

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<QThread> m_sandboxThread;
    std::unique_ptr<SandboxServer> m_sandbox; // lives on m_sandboxThread
    bool m_sandboxReady = false;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<RotationJournal> m_journal;
    std::unique_ptr<SessionFactory> m_sessions;
    std::unique_ptr<OfflineSnapshot> m_snapshots;
    std::unique_ptr<MainWindow> m_window;
    QString m_keychainNotice;
};

} // namespace latchkey
