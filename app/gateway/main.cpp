// latchkey-gateway: prints one JSON line ({"listen":…,"resource":…}) once it listens, then
// serves until SIGTERM or SIGINT, which drain it: requests in flight finish, new ones get
// 503. Audit lines follow on stdout, one JSON object per mutating call.
#include "app/gateway/gatewayoptions.h"
#include "app/gateway/gatewayserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM/SIGINT start the drain on the event loop (self-pipe trick).
void drainOnTerminationSignals(latchkey::GatewayServer *server)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, server);
    QObject::connect(notifier, &QSocketNotifier::activated, server, [server] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        server->drain();
    });
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"latchkey-gateway"_s);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    latchkey::GatewayOptions::Parsed options =
        latchkey::GatewayOptions::parse(QCoreApplication::arguments(), environment);
    // Read once; nothing this process starts inherits it.
    ::unsetenv("LATCHKEY_GATEWAY_SECRET");
    environment.clear();
    if (!options.output.isEmpty()) {
        std::fputs(qPrintable(options.output), stdout);
        return 0;
    }
    if (!options.config) {
        std::fprintf(stderr, "latchkey-gateway: %s\n", qPrintable(options.error));
        return 2;
    }

    latchkey::GatewayServer server;
    QString error;
    if (!server.start(std::move(*options.config), &error)) {
        std::fprintf(stderr, "latchkey-gateway: %s\n", qPrintable(error));
        return 1;
    }
    drainOnTerminationSignals(&server);
    QObject::connect(&server, &latchkey::GatewayServer::drained, &app, &QCoreApplication::quit);
    // The one line a supervisor or test reads before any audit line.
    const QJsonObject line{{u"listen"_s, server.url().toString()},
                           {u"resource"_s, server.config().resource}};
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
