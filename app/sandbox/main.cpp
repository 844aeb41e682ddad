// latchkey-sandbox: runs the Logto-compatible sandbox and prints one JSON line describing it.
#include "app/gateway/gatewayserver.h"
#include "app/sandbox/sandboxserver.h"

#include <latchkeyversion.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM/SIGINT end the event loop so the database closes cleanly (self-pipe trick).
void quitOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    // The database holds the signing key, app secrets and token values: the
    // user's alone (0600 files, 0700 folders), whatever the caller's umask.
    umask(0077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"latchkey-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local server that speaks the Logto Management API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        u"port"_s,
        QCoreApplication::translate("main", "TCP port on 127.0.0.1 (0 = any free port)."), u"N"_s,
        u"0"_s);
    const QCommandLineOption db(
        u"db"_s,
        QCoreApplication::translate("main", "SQLite database file that keeps data across runs."),
        u"PATH"_s);
    const QCommandLineOption seedUsers(
        u"seed-users"_s, QCoreApplication::translate("main", "Extra random users to create."),
        u"N"_s, u"0"_s);
    const QCommandLineOption seedTokens(
        u"seed-tokens"_s, QCoreApplication::translate("main", "Random tokens to create."), u"N"_s,
        u"0"_s);
    const QCommandLineOption lifetime(
        u"token-lifetime"_s,
        QCoreApplication::translate("main", "Access token lifetime in seconds."), u"SECONDS"_s,
        u"3600"_s);
    const QCommandLineOption reuseWindow(
        u"refresh-reuse-window"_s,
        QCoreApplication::translate(
            "main", "How long a replaced refresh token still works, in milliseconds."),
        u"MS"_s, u"3000"_s);
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("main", "Fill a believable demo directory."));
    const QCommandLineOption hooks(
        u"test-hooks"_s, QCoreApplication::translate(
                             "main", "Enable fault injection and statistics under /__sandbox/."));
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, QCoreApplication::translate("main", "PEM certificate: serve HTTPS."),
        u"PEM"_s);
    const QCommandLineOption tlsKey(
        u"tls-key"_s, QCoreApplication::translate("main", "PEM private key for --tls-cert."),
        u"PEM"_s);
    const QCommandLineOption gateway(
        u"gateway"_s,
        QCoreApplication::translate("main", "Also run latchkey-gateway in this process, on a port "
                                            "of its own, with an API resource for it."));
    const QCommandLineOption gatewayResource(
        u"gateway-resource"_s,
        QCoreApplication::translate("main", "The gateway's API resource indicator."), u"URI"_s,
        u"https://gateway.latchkey.test/api"_s);
    parser.addOptions({port, db, seedUsers, seedTokens, lifetime, reuseWindow, demo, hooks, tlsCert,
                       tlsKey, gateway, gatewayResource});
    parser.process(app);

    auto number = [&parser](const QCommandLineOption &option, int max) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0 || value > max) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Invalid value for --%1.")
                                        .arg(option.names().constFirst())));
            std::exit(2);
        }
        return value;
    };
    latchkey::SandboxOptions options;
    options.port = quint16(number(port, 65535));
    options.databasePath = parser.value(db);
    options.seedUsers = number(seedUsers, 10'000'000);
    options.seedTokens = number(seedTokens, 10'000'000);
    options.tokenLifetimeSeconds = qMax(1, number(lifetime, 365 * 24 * 3600));
    options.refreshReuseWindowMs = number(reuseWindow, 3600 * 1000);
    options.demoDirectory = parser.isSet(demo);
    options.testHooks = parser.isSet(hooks);
    options.tlsCertificateFile = parser.value(tlsCert);
    options.tlsKeyFile = parser.value(tlsKey);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--tls-cert and --tls-key go together.")));
        return 2;
    }

    quitOnTerminationSignals();
    latchkey::SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "latchkey-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // The one line the test harness and `latchkey --sandbox` read; it carries the app secret
    // by design, and nothing else is ever printed.
    QJsonObject line{{u"endpoint"_s, server.endpoint().toString()},
                     {u"appId"_s, server.appId()},
                     {u"appSecret"_s, server.appSecret()},
                     {u"apiIndicator"_s, server.apiIndicator()},
                     {u"userId"_s, server.primaryUserId()}};
    // Only whoever reads this line (the test that started the sandbox) can use the hooks.
    if (options.testHooks)
        line.insert(u"hookKey"_s, server.hookKey());
    latchkey::GatewayServer gatewayServer;
    if (parser.isSet(gateway)) {
        // A resource for the gateway, and the sandbox's own M2M app as the gateway's.
        latchkey::GatewayConfig config;
        config.logtoEndpoint = server.endpoint();
        config.appId = server.appId();
        config.appSecret = latchkey::SecretBytes::fromString(server.appSecret());
        config.resource = parser.value(gatewayResource);
        if (!options.tlsCertificateFile.isEmpty())
            config.extraCaCertificates = QSslCertificate::fromPath(options.tlsCertificateFile);
        if (server.ensureResource(config.resource, u"Latchkey gateway"_s).isEmpty() ||
            !gatewayServer.start(std::move(config), &error, [](const QByteArray &auditLine) {
                // stdout carries the one line only: audit lines go to stderr here.
                std::fwrite(auditLine.constData(), 1, size_t(auditLine.size()), stderr);
            })) {
            std::fprintf(stderr, "latchkey-sandbox: --gateway: %s\n", qPrintable(error));
            return 1;
        }
        line.insert(u"gateway"_s, gatewayServer.url().toString());
        line.insert(u"gatewayResource"_s, gatewayServer.config().resource);
        // What a developer signs in to the sandbox with (docs/logto-api.md, "latchkey-sandbox
        // and sign-in").
        const latchkey::SandboxServer::DeveloperSignIn signIn = server.ensureDeveloperSignIn();
        line.insert(u"nativeAppId"_s, signIn.nativeAppId);
        line.insert(u"deviceAppId"_s, signIn.deviceAppId);
        line.insert(u"developer"_s, signIn.developer);
    }
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
