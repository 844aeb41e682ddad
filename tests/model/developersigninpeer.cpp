// developersignin-peer: the other process of tst_developersignin (a latchkeyctl beside
// the app): opens the same developer sign-in (keychain entry, refresh lock), says "ready",
// waits for "go" on stdin, then asks for an access token — refreshing under the lock — and
// prints "token <its length>" or "error <kind>" and exits 0 or 1.
#include "model/keychain/keychainsecretstore.h"
#include "model/session/keychainrefreshtokenstore.h"
#include "net/clientconfig.h"
#include "net/usersession.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace latchkey;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fputs("usage: developersignin-peer ENDPOINT APP RESOURCE SERVICE PROFILE LOCK\n",
                   stderr);
        return 2;
    }
    ClientConfig config;
    config.endpoint = QUrl(args[1]);
    config.appId = args[2];
    config.apiIndicator = args[3];
    KeychainSecretStore secrets(args[4]);
    KeychainRefreshTokenStore store(&secrets, args[5]);
    QNetworkAccessManager manager;
    UserSession session(&manager, config, &store, args[6]);

    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        input.setEnabled(false);
        char line[16] = {};
        if (::read(STDIN_FILENO, line, sizeof line - 1) <= 0)
            QCoreApplication::exit(2);
        session.acquire(&app, [](Result<SecretBytes> token) {
            if (token) {
                std::printf("token %d\n", int(token.value().size()));
                QCoreApplication::exit(0);
            } else {
                std::printf("error %s\n", qPrintable(ApiError::kindName(token.error().kind())));
                QCoreApplication::exit(1);
            }
            std::fflush(stdout);
        });
    });
    return app.exec();
}
