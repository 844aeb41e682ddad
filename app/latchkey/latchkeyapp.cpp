// LatchkeyApp: the composition root of the desktop app — builds the settings,
// the secret store (keychain, or memory when none answers), profiles, cache,
// journal, the optional in-process sandbox, and the main window.
#include "app/latchkey/latchkeyapp.h"

#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/memorysecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/operations/rotationjournal.h"
#include "model/session/sessionfactory.h"
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"
#include "ui/mainwindow.h"

#include <QSettings>
#include <QThread>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
const QString SandboxProfile = u"Sandbox"_s;
}

LatchkeyApp::LatchkeyApp(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_appSettings(std::make_unique<AppSettings>(m_settings.get()))
{}

LatchkeyApp::~LatchkeyApp()
{
    // The window uses everything else; it goes first.
    m_window.reset();
    stopSandbox();
}

void LatchkeyApp::stopSandbox()
{
    if (!m_sandboxThread)
        return;
    // Its sockets and database belong to its thread: it is deleted there. Released in a
    // statement of its own: as two arguments of one call, the order in which get() and
    // release() run is unspecified, and gcc released first, so the call had no receiver
    // and the server was never deleted (found by LeakSanitizer).
    SandboxServer *server = m_sandbox.release();
    QMetaObject::invokeMethod(
        server,
        [server] {
            delete server;
            // The server drew random bytes and signed on this thread. OpenSSL frees
            // that per-thread state in a thread-local destructor, which wait() below
            // does not wait for: a process exiting right after would still hold it,
            // unreachable (LeakSanitizer reports it). Free it while the thread runs.
            OPENSSL_thread_stop();
        },
        Qt::BlockingQueuedConnection);
    m_sandboxThread->quit();
    m_sandboxThread->wait();
    m_sandboxThread.reset();
}

void LatchkeyApp::start(const Options &options)
{
    m_options = options;
    if (options.sandbox) {
        SandboxOptions sandbox;
        sandbox.demoDirectory = true;
        sandbox.databasePath = options.sandboxDatabase;
        sandbox.seedTokens = options.seedTokens;
        // The sandbox stands in for a remote server: it seeds its data and
        // answers on a thread of its own, so that its work neither freezes the
        // window nor counts as the app's, and seeding overlaps the keychain probe.
        m_sandboxThread = std::make_unique<QThread>();
        m_sandboxThread->setObjectName(u"sandbox"_s);
        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->moveToThread(m_sandboxThread.get());
        m_sandboxThread->start();
        QMetaObject::invokeMethod(
            m_sandbox.get(),
            [this, server = m_sandbox.get(), sandbox] {
                QString error;
                const bool ok = server->start(sandbox, &error);
                QMetaObject::invokeMethod(
                    this, [this, ok, error] { sandboxStarted(ok, error); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
    // Ask the keychain first: without one, secrets stay in memory and the
    // window says so, rather than failing on every save.
    KeychainSecretStore::probe(this, [this](SecretStore::Outcome outcome) {
        if (outcome.ok()) {
            continueWithStore(std::make_unique<KeychainSecretStore>(), QString());
            return;
        }
        continueWithStore(std::make_unique<MemorySecretStore>(),
                          tr("No system keychain found: secrets are kept in memory for this "
                             "session only.") +
                              (outcome.message.isEmpty() ? QString() : u" "_s + outcome.message));
    });
}

void LatchkeyApp::sandboxStarted(bool ok, const QString &error)
{
    if (!ok) {
        emit failed(tr("The sandbox server did not start: %1").arg(error));
        return;
    }
    m_sandboxReady = true;
    if (m_secrets)
        saveSandboxProfile();
}

void LatchkeyApp::continueWithStore(std::unique_ptr<SecretStore> store, const QString &notice)
{
    m_secrets = std::move(store);
    m_keychainNotice = notice;
    m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
    m_cache = std::make_unique<TokenCache>(m_secrets.get());
    m_journal = std::make_unique<RotationJournal>();
    m_snapshots = std::make_unique<OfflineSnapshot>();
    m_sessions = std::make_unique<SessionFactory>(m_profiles.get(), m_cache.get(), m_journal.get(),
                                                  m_snapshots.get());
    showWindow();
    if (m_sandbox) {
        // The window was built while the sandbox seeds; it connects once the sandbox answers.
        m_window->showConnecting(SandboxProfile);
        if (m_sandboxReady) // else sandboxStarted() goes on
            saveSandboxProfile();
        return;
    }
    openProfile(m_appSettings->currentProfile());
}

void LatchkeyApp::saveSandboxProfile()
{
    ConnectionProfile profile;
    profile.name = SandboxProfile;
    profile.endpoint = m_sandbox->endpoint();
    profile.appId = m_sandbox->appId();
    profile.apiIndicator = m_sandbox->apiIndicator();
    profile.userId = m_sandbox->primaryUserId();
    SecretBytes secret = SecretBytes::fromString(m_sandbox->appSecret());
    auto saved = [this](SecretStore::Outcome outcome) {
        if (!outcome.ok()) {
            emit failed(tr("The sandbox connection could not be saved: %1").arg(outcome.message));
            return;
        }
        openProfile(SandboxProfile);
    };
    // The sandbox picks a new port (and, without --sandbox-db, new data) each run.
    if (m_profiles->contains(SandboxProfile) && m_profiles->update(profile))
        m_profiles->setSecret(SandboxProfile, secret, this, saved);
    else
        m_profiles->add(profile, secret, this, saved);
}

void LatchkeyApp::showWindow()
{
    MainWindow::Services services;
    services.settings = m_appSettings.get();
    services.profiles = m_profiles.get();
    services.cache = m_cache.get();
    services.sessions = m_sessions.get();
    services.snapshots = m_snapshots.get();
    m_window = std::make_unique<MainWindow>(services);
    if (!m_keychainNotice.isEmpty())
        m_window->showKeychainNotice(m_keychainNotice);
    m_window->show();
    emit windowShown(m_window.get());
}

void LatchkeyApp::openProfile(const QString &profile)
{
    if (!profile.isEmpty() && m_profiles->contains(profile))
        m_window->openProfile(profile);
    else if (!m_profiles->names().isEmpty())
        m_window->openProfile(m_profiles->names().first());
}

} // namespace latchkey
