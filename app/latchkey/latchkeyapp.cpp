#include "app/latchkey/latchkeyapp.h"

#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/memorysecretstore.h"
#include "model/keychain/pendingsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/offline/retiredtokenlog.h"
#include "model/operations/rotationjournal.h"
#include "model/session/sessionfactory.h"
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"
#include "ui/mainwindow.h"

#include <QPushButton>
#include <QSettings>
#include <QThread>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace latchkey {

LatchkeyApp::LatchkeyApp(QObject *parent)
    : QObject(parent)
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
    m_settings = options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    // Everything is built on a store whose backend comes once the keychain has
    // answered; only the sandbox may end up in memory, so for a real connection
    // the backend is the keychain from the start, whatever the probe says.
    m_secrets = std::make_unique<PendingSecretStore>();
    if (!options.sandbox)
        m_secrets->setBackend(std::make_unique<KeychainSecretStore>(keychainService()));
    m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
    m_cache = std::make_unique<TokenCache>(m_secrets.get());
    if (options.dataDirectory.isEmpty()) {
        m_journal = std::make_unique<RotationJournal>();
        m_snapshots = std::make_unique<OfflineSnapshot>();
        m_retired = std::make_unique<RetiredTokenLog>();
    } else {
        m_journal = std::make_unique<RotationJournal>(options.dataDirectory + u"/journal"_s);
        m_snapshots = std::make_unique<OfflineSnapshot>(options.dataDirectory + u"/snapshots"_s);
        m_retired =
            std::make_unique<RetiredTokenLog>(options.dataDirectory + u"/retired-tokens.jsonl"_s);
    }
    m_sessions = std::make_unique<SessionFactory>(m_profiles.get(), m_cache.get(), m_journal.get(),
                                                  m_snapshots.get());
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
    // The window comes first: a keyring that must be created or unlocked can
    // keep the keychain from answering until its prompt is dealt with.
    showWindow();
    const QString first = options.sandbox ? sandboxProfileName() : startProfile();
    if (!first.isEmpty())
        m_window->showConnecting(first);
    connect(m_window.get(), &MainWindow::keychainActionRequested, this,
            &LatchkeyApp::checkKeychain);
    checkKeychain();
}

QString LatchkeyApp::keychainService() const
{
    return m_options.keychainService.isEmpty() ? KeychainSecretStore::defaultService()
                                               : m_options.keychainService;
}

SecretStore *LatchkeyApp::secretBackend() const
{
    return m_secrets ? m_secrets->backend() : nullptr;
}

void LatchkeyApp::checkKeychain()
{
    m_window->keychainActionButton()->setEnabled(false);
    // Writes, reads back and removes a probe entry: a locked keyring asks to be
    // unlocked here (the system's prompt), which is what "Unlock" repeats.
    KeychainSecretStore::probe(
        this, [this](SecretStore::Outcome outcome) { keychainAnswered(outcome); },
        keychainService());
}

void LatchkeyApp::keychainAnswered(const SecretStore::Outcome &outcome)
{
    using Status = SecretStore::Outcome::Status;
    emit keychainChecked(outcome.status);
    if (m_keychainReady)
        return;
    if (outcome.ok()) {
        m_secrets->setBackend(std::make_unique<KeychainSecretStore>(keychainService()));
        m_keychainReady = true;
        m_window->hideKeychainNotice();
        proceed();
        return;
    }
    if (outcome.status == Status::NoBackend && m_options.sandbox) {
        // The sandbox's data is throw-away: without a Secret Service it may live
        // in memory, and the window says so. A real connection never does.
        m_secrets->setBackend(std::make_unique<MemorySecretStore>());
        m_keychainReady = true;
        m_window->showKeychainNotice(tr("No system keychain found: the sandbox keeps its "
                                        "secrets in memory, and they are gone when Latchkey "
                                        "quits."));
        proceed();
        return;
    }
    if (outcome.status == Status::Locked) {
        m_window->showKeychainProblem(tr("Your keychain is locked. Latchkey keeps connection "
                                         "secrets and token values only there: unlock it to "
                                         "connect."),
                                      tr("&Unlock"));
    } else if (outcome.status == Status::NoBackend) {
        m_window->showKeychainProblem(
            tr("No system keychain answers (Secret Service). Latchkey keeps connection secrets "
               "and token values only there: start one (such as GNOME Keyring or KWallet), then "
               "try again."),
            tr("&Retry"));
    } else {
        m_window->showKeychainProblem(tr("The keychain did not answer: %1")
                                          .arg(outcome.message.isEmpty()
                                                   ? SecretStore::messageFor(outcome.status)
                                                   : outcome.message),
                                      tr("&Retry"));
    }
}

void LatchkeyApp::proceed()
{
    if (m_options.sandbox) {
        if (m_sandboxReady) // else sandboxStarted() goes on
            saveSandboxProfile();
        return;
    }
    if (m_proceeded)
        return;
    m_proceeded = true;
    const QString profile = startProfile();
    if (!profile.isEmpty())
        m_window->openProfile(profile);
}

void LatchkeyApp::sandboxStarted(bool ok, const QString &error)
{
    if (!ok) {
        emit failed(tr("The sandbox server did not start: %1").arg(error));
        return;
    }
    m_sandboxReady = true;
    if (m_keychainReady)
        saveSandboxProfile();
}

QString LatchkeyApp::sandboxProfileName() const
{
    for (const ConnectionProfile &profile : m_profiles->list()) {
        if (profile.sandbox)
            return profile.name;
    }
    // A profile of the user's may be called "Sandbox": never take it over.
    QString name = u"Sandbox"_s;
    for (int n = 2; m_profiles->contains(name); ++n)
        name = u"Sandbox %1"_s.arg(n);
    return name;
}

void LatchkeyApp::saveSandboxProfile()
{
    if (m_proceeded)
        return;
    m_proceeded = true;
    ConnectionProfile profile;
    profile.name = sandboxProfileName();
    profile.endpoint = m_sandbox->endpoint();
    profile.appId = m_sandbox->appId();
    profile.apiIndicator = m_sandbox->apiIndicator();
    profile.userId = m_sandbox->primaryUserId();
    profile.sandbox = true;
    SecretBytes secret = SecretBytes::fromString(m_sandbox->appSecret());
    auto saved = [this, name = profile.name](SecretStore::Outcome outcome) {
        if (!outcome.ok()) {
            emit failed(tr("The sandbox connection could not be saved: %1").arg(outcome.message));
            return;
        }
        m_window->openProfile(name);
    };
    // The sandbox picks a new port (and, without --sandbox-db, new data) each run.
    if (m_profiles->contains(profile.name) && m_profiles->update(profile))
        m_profiles->setSecret(profile.name, secret, this, saved);
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
    services.retired = m_retired.get();
    m_window = std::make_unique<MainWindow>(services);
    m_window->show();
    emit windowShown(m_window.get());
}

QString LatchkeyApp::startProfile() const
{
    const QString current = m_appSettings->currentProfile();
    const std::optional<ConnectionProfile> chosen = m_profiles->load(current);
    if (chosen && !chosen->sandbox)
        return current;
    for (const ConnectionProfile &profile : m_profiles->list()) {
        if (!profile.sandbox)
            return profile.name;
    }
    return {};
}

} // namespace latchkey
