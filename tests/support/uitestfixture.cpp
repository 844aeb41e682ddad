// UiTestFixture: a real main window on a real in-process sandbox, a real
// keychain (a service name unique to the test) and settings in a temporary file.
#include "tests/support/uitestfixture.h"

#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/offline/retiredtokenlog.h"
#include "model/offline/tokennotes.h"
#include "model/operations/rotationjournal.h"
#include "model/session/sessionfactory.h"
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace latchkey {

UiTestFixture::UiTestFixture(const QString &testName)
{
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    // Copied tokens are cleared quickly so the tests can watch it happen.
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    m_appSettings->setClipboardClearSeconds(2);
    m_secrets = std::make_unique<KeychainSecretStore>(
        u"latchkey-%1-%2"_s.arg(testName).arg(QCoreApplication::applicationPid()));
    m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
    m_cache = std::make_unique<TokenCache>(m_secrets.get());
    m_journal = std::make_unique<RotationJournal>(m_dir.filePath(u"journal"_s));
    m_snapshots = std::make_unique<OfflineSnapshot>(m_dir.filePath(u"snapshots"_s));
    m_retired = std::make_unique<RetiredTokenLog>(m_dir.filePath(u"retired-tokens.jsonl"_s));
    m_notes = std::make_unique<TokenNotes>(m_dir.filePath(u"token-notes.json"_s));
    m_sessions = std::make_unique<SessionFactory>(m_profiles.get(), m_cache.get(), m_journal.get(),
                                                  m_snapshots.get());
}

UiTestFixture::~UiTestFixture()
{
    m_window.reset();
    m_sandbox.reset();
}

bool UiTestFixture::startSandbox(int seedTokens)
{
    SandboxOptions options;
    options.port = m_port;
    options.databasePath = m_dir.filePath(u"sandbox.sqlite"_s);
    options.demoDirectory = true;
    options.seedTokens = seedTokens;
    options.testHooks = true;
    if (m_tokenLifetimeSeconds > 0)
        options.tokenLifetimeSeconds = m_tokenLifetimeSeconds;
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    if (!m_sandbox->start(options, &error)) {
        qWarning("sandbox: %s", qPrintable(error));
        return false;
    }
    m_port = quint16(m_sandbox->endpoint().port());
    return true;
}

void UiTestFixture::stopSandbox()
{
    m_sandbox.reset();
}

bool UiTestFixture::openWindow()
{
    ConnectionProfile profile;
    profile.name = u"Sandbox"_s;
    profile.endpoint = m_sandbox->endpoint();
    profile.appId = m_sandbox->appId();
    profile.apiIndicator = m_sandbox->apiIndicator();
    profile.userId = m_sandbox->primaryUserId();
    bool saved = false;
    QObject context;
    m_profiles->add(profile, SecretBytes::fromString(m_sandbox->appSecret()), &context,
                    [&saved](SecretStore::Outcome outcome) {
                        if (!outcome.ok())
                            qWarning("profile: %s", qPrintable(outcome.message));
                        saved = outcome.ok();
                    });
    if (!QTest::qWaitFor([&saved] { return saved; }, 10000))
        return false;

    if (!createWindow())
        return false;
    QSignalSpy loaded(m_window.get(), &MainWindow::myTokensLoaded);
    m_window->openProfile(u"Sandbox"_s);
    return loaded.wait(20000);
}

bool UiTestFixture::reopenWindow()
{
    m_window.reset();
    if (!createWindow())
        return false;
    m_window->openProfile(u"Sandbox"_s);
    return true;
}

bool UiTestFixture::openWindowOn(const QString &name)
{
    m_window.reset();
    if (!createWindow())
        return false;
    m_window->openProfile(name);
    return true;
}

bool UiTestFixture::createWindow()
{
    MainWindow::Services services;
    services.settings = m_appSettings.get();
    services.profiles = m_profiles.get();
    services.cache = m_cache.get();
    services.sessions = m_sessions.get();
    services.snapshots = m_snapshots.get();
    services.retired = m_retired.get();
    services.notes = m_notes.get();
    m_window = std::make_unique<MainWindow>(services);
    m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

} // namespace latchkey
