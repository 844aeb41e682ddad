// latchkeyctl: the command-line front of Latchkey, on the same profiles,
// keychain and token operations as the desktop app.
#include "app/latchkeyctl/ctlrunner.h"
#include "translations/translationloader.h"

#include <QCoreApplication>
#include <QTimer>

#include <latchkeyversion.h>

#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    // It holds app secrets and token values: no core dumps, no ptrace by other users' tools.
    prctl(PR_SET_DUMPABLE, 0);
#endif
#ifdef Q_OS_UNIX
    // Settings, journal and data folders are the user's alone (0600 files, 0700 folders).
    const int userUmask = int(umask(0077));
#else
    const int userUmask = 0;
#endif
    QCoreApplication app(argc, argv);
    // The same settings and data folders as the desktop app.
    QCoreApplication::setOrganizationName(u"Latchkey"_s);
    QCoreApplication::setApplicationName(u"Latchkey"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
    // Messages follow the system locale (LANG / LC_ALL), like other command-line tools.
    latchkey::TranslationLoader::install(app, QString());

    latchkey::CtlRunner runner;
    runner.setUserUmask(userUmask);
    QObject::connect(&runner, &latchkey::CtlRunner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);

    // Test-only: die like a killed process right after the journal recorded this step.
    const QString crashAt = qEnvironmentVariable("LATCHKEY_TEST_CRASH_AT_STEP");
    if (!crashAt.isEmpty()) {
        QObject::connect(&runner, &latchkey::CtlRunner::rotationStepRecorded,
                         [crashAt](const QString &step) {
                             if (step == crashAt)
                                 std::raise(SIGKILL);
                         });
    }

    QTimer::singleShot(0, &runner, [&runner] { runner.run(QCoreApplication::arguments()); });
    return app.exec();
}
