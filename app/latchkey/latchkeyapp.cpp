#include "app/latchkey/latchkeyapp.h"

#include "app/gateway/gatewayserver.h"
#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/memorysecretstore.h"
#include "model/keychain/pendingsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/offline/retiredtokenlog.h"
#include "model/offline/tokennotes.h"
#include "model/operations/rotationjournal.h"
#include "model/session/sessionfactory.h"
#include "model/settings/appsettings.h"
#include "model/settings/autostartentry.h"
#include "model/settings/profilestore.h"
#include "ui/expiryreminders.h"
#include "ui/mainwindow.h"

#include <QGuiApplication>
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
    // The window uses everything else; it goes first, after what watches it.
    m_reminders.reset();
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
    GatewayServer *gateway = m_gateway.release();
    QMetaObject::invokeMethod(
        server,
        [server, gateway] {
            delete gateway; // it asks the sandbox: it goes first
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
        m_notes = std::make_unique<TokenNotes>();
    } else {
        m_journal = std::make_unique<RotationJournal>(options.dataDirectory + u"/journal"_s);
        m_snapshots = std::make_unique<OfflineSnapshot>(options.dataDirectory + u"/snapshots"_s);
        m_retired =
            std::make_unique<RetiredTokenLog>(options.dataDirectory + u"/retired-tokens.jsonl"_s);
        m_notes = std::make_unique<TokenNotes>(options.dataDirectory + u"/token-notes.json"_s);
    }
    m_autostart = std::make_unique<AutostartEntry>(QGuiApplication::desktopFileName().isEmpty()
                                                       ? u"io.latchkey.Latchkey"_s
                                                       : QGuiApplication::desktopFileName());
    m_sessions = std::make_unique<SessionFactory>(m_profiles.get(), m_cache.get(), m_journal.get(),
                                                  m_snapshots.get());
    if (options.sandbox) {
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
            [this, server = m_sandbox.get()] {
                const SandboxStart started = startSandboxAndGateway(server);
                QMetaObject::invokeMethod(
                    this, [this, started] { sandboxStarted(started); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
    // The window comes first: a keyring that must be created or unlocked can
    // keep the keychain from answering until its prompt is dealt with.
    showWindow();
    const QString first = options.sandbox ? sandboxProfileName(SessionKind::Admin) : startProfile();
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
            saveSandboxProfiles();
        return;
    }
    if (m_proceeded)
        return;
    m_proceeded = true;
    const QString profile = startProfile();
    if (!profile.isEmpty())
        m_window->openProfile(profile);
}

// Runs on the sandbox's thread: the sandbox, then its gateway (as `latchkey-sandbox
// --gateway` does), which acts as the sandbox's own M2M app.
LatchkeyApp::SandboxStart LatchkeyApp::startSandboxAndGateway(SandboxServer *server)
{
    SandboxOptions sandbox;
    sandbox.demoDirectory = true;
    sandbox.databasePath = m_options.sandboxDatabase;
    sandbox.seedTokens = m_options.seedTokens;
    SandboxStart started;
    if (!server->start(sandbox, &started.error))
        return started;
    GatewayConfig config;
    config.logtoEndpoint = server->endpoint();
    config.appId = server->appId();
    config.appSecret = SecretBytes::fromString(server->appSecret());
    config.resource = u"https://gateway.latchkey.test/api"_s;
    // The demo directory already gives its developer 20 tokens, the default cap: room
    // to generate more is what someone trying the app first does.
    config.policy.maxTokensPerUser = 50;
    if (server->ensureResource(config.resource, u"Latchkey gateway"_s).isEmpty()) {
        started.error = tr("the gateway's API resource could not be made");
        return started;
    }
    auto gateway = std::make_unique<GatewayServer>();
    // The app keeps no audit trail of its own throw-away sandbox.
    if (!gateway->start(std::move(config), &started.error, [](const QByteArray &) {}))
        return started;
    const SandboxServer::DeveloperSignIn signIn = server->ensureDeveloperSignIn();
    started.gateway = gateway->url();
    started.resource = gateway->config().resource;
    started.nativeAppId = signIn.nativeAppId;
    started.deviceAppId = signIn.deviceAppId;
    started.developer = signIn.developer;
    started.ok = !signIn.nativeAppId.isEmpty();
    if (!started.ok)
        started.error = tr("the developer's sign-in app could not be made");
    m_gateway = std::move(gateway);
    return started;
}

void LatchkeyApp::sandboxStarted(const SandboxStart &start)
{
    if (!start.ok) {
        emit failed(tr("The sandbox server did not start: %1").arg(start.error));
        return;
    }
    m_sandboxStart = start;
    m_sandboxReady = true;
    if (m_keychainReady)
        saveSandboxProfiles();
}

QString LatchkeyApp::sandboxProfileName(SessionKind kind) const
{
    const QString base = kind == SessionKind::Admin ? sandboxAdminName() : sandboxDeveloperName();
    // An earlier version's (plain "Sandbox") is not reused: saveSandboxProfiles() removes it.
    for (const ConnectionProfile &profile : m_profiles->list()) {
        if (profile.sandbox && profile.kind == kind && profile.name.startsWith(base))
            return profile.name;
    }
    // A profile of the user's may have the name: never take it over.
    QString name = base;
    for (int n = 2; m_profiles->contains(name); ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    return name;
}

void LatchkeyApp::saveSandboxProfiles()
{
    if (m_proceeded)
        return;
    m_proceeded = true;
    ConnectionProfile admin;
    admin.name = sandboxProfileName(SessionKind::Admin);
    admin.endpoint = m_sandbox->endpoint();
    admin.appId = m_sandbox->appId();
    admin.apiIndicator = m_sandbox->apiIndicator();
    admin.userId = m_sandbox->primaryUserId();
    admin.sandbox = true;
    // The developer signs in through the sandbox's sign-in page, as on a real Logto.
    ConnectionProfile developer;
    developer.name = sandboxProfileName(SessionKind::Developer);
    developer.kind = SessionKind::Developer;
    developer.endpoint = m_sandbox->endpoint();
    developer.gateway = m_sandboxStart.gateway;
    developer.appId = m_sandboxStart.nativeAppId;
    developer.apiIndicator = m_sandboxStart.resource;
    developer.deviceAppId = m_sandboxStart.deviceAppId;
    developer.sandbox = true;
    // A sandbox connection of an earlier version ("Sandbox") would be a stale third one.
    for (const ConnectionProfile &profile : m_profiles->list()) {
        if (profile.sandbox && profile.name != admin.name && profile.name != developer.name)
            m_profiles->remove(profile.name, this, [](SecretStore::Outcome) {});
    }
    const SecretBytes secret = SecretBytes::fromString(m_sandbox->appSecret());
    saveSandboxProfile(admin, secret, [this, developer, name = admin.name] {
        saveSandboxProfile(developer, SecretBytes(), [this, name] { m_window->openProfile(name); });
    });
}

void LatchkeyApp::saveSandboxProfile(const ConnectionProfile &profile, const SecretBytes &secret,
                                     std::function<void()> then)
{
    auto saved = [this, then](SecretStore::Outcome outcome) {
        if (!outcome.ok()) {
            emit failed(tr("The sandbox connection could not be saved: %1").arg(outcome.message));
            return;
        }
        then();
    };
    // The sandbox picks a new port (and, without --sandbox-db, new data) each run.
    if (!m_profiles->contains(profile.name))
        m_profiles->add(profile, secret, this, saved);
    else if (!m_profiles->update(profile))
        saved(SecretStore::makeOutcome(SecretStore::Outcome::Status::Failed,
                                       profile.validationError()));
    else if (profile.isDeveloper())
        saved(SecretStore::Outcome{});
    else
        m_profiles->setSecret(profile.name, secret, this, saved);
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
    services.notes = m_notes.get();
    services.autostart = m_autostart.get();
    m_window = std::make_unique<MainWindow>(services);
    ExpiryReminders::Options reminders;
    if (!m_options.dataDirectory.isEmpty())
        reminders.ledgerFile = m_options.dataDirectory + u"/reminders.json"_s;
    reminders.sessions = m_sessions.get();
    reminders.profiles = m_profiles.get();
    reminders.snapshots = m_snapshots.get();
    m_reminders = std::make_unique<ExpiryReminders>(m_window.get(), m_appSettings.get(), reminders);
    // Minimized without a tray would leave nothing to click: a minimized window then.
    if (!m_options.minimized)
        m_window->show();
    else if (!m_reminders->tray())
        m_window->showMinimized();
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
