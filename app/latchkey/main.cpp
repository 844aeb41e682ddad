// latchkey: the desktop app. Parses the command line, sets up Qt, and hands
// over to LatchkeyApp, the composition root.
#include "app/latchkey/commandline.h"
#include "app/latchkey/latchkeyapp.h"
#include "app/latchkey/screenshotter.h"
#include "app/latchkey/startupprobe.h"
#include "model/settings/appsettings.h"
#include "resources/appicon.h"
#include "translations/translationloader.h"
#include "ui/mainwindow.h"

#include <latchkeyversion.h>

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStyle>

#include <cstdio>
#include <memory>

#ifdef Q_OS_LINUX
#include <malloc.h>
#include <sys/prctl.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Latchkey"_s);
    QCoreApplication::setApplicationName(u"Latchkey"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(LATCHKEY_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    // No core dumps and no ptrace by other users' tools: memory holds token values.
    prctl(PR_SET_DUMPABLE, 0);
#ifdef __GLIBC__
    // One malloc arena: a token list is parsed on a worker thread (and the
    // sandbox answers on its own), and with an arena per thread the freed
    // parse buffers stay mapped in each: +20-40 MB peak RSS with 10k tokens.
    mallopt(M_ARENA_MAX, 1);
#endif
#endif
#ifdef Q_OS_UNIX
    // Settings, journal and data folders are the user's alone (0600 files, 0700 folders).
    umask(0077);
#endif
    StartupProbe::millisecondsSinceProcessStart();

    if (CommandLine::onlyPrints(argc, argv)) {
        // Text on stdout needs no display: no QApplication, no platform plugin.
        QCoreApplication app(argc, argv);
        describeApplication();
        CommandLine().process(app);
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Latchkey"_s);
    QApplication::setDesktopFileName(u"io.latchkey.Latchkey"_s);
    // Fusion unless the platform theme brought a native style of its own.
    if (QApplication::style()->name().compare(u"windows"_s, Qt::CaseInsensitive) == 0)
        QApplication::setStyle(u"Fusion"_s);

    CommandLine commandLine;
    commandLine.process(app);

    QString language = commandLine.value(commandLine.lang);
    if (language.isEmpty()) {
        QSettings settings;
        language = AppSettings(&settings).language();
    }
    TranslationLoader::install(app, language);
    app.setWindowIcon(applicationIcon());

    LatchkeyApp latchkey;
    std::unique_ptr<StartupProbe> probe;
    if (commandLine.isSet(commandLine.exitAfterLoad))
        probe = std::make_unique<StartupProbe>(StartupProbe::Mode::ExitAfterLoad);
    else if (commandLine.isSet(commandLine.exitAfterPaint))
        probe = std::make_unique<StartupProbe>(StartupProbe::Mode::ExitAfterFirstPaint);
    std::unique_ptr<Screenshotter> screenshotter;
    if (commandLine.isSet(commandLine.screenshots))
        screenshotter =
            std::make_unique<Screenshotter>(&latchkey, commandLine.value(commandLine.screenshots));

    QObject::connect(&latchkey, &LatchkeyApp::windowShown, &latchkey, [&](MainWindow *window) {
        if (probe)
            probe->watch(window);
        if (screenshotter)
            screenshotter->watch(window);
    });
    QObject::connect(&latchkey, &LatchkeyApp::failed, &latchkey, [](const QString &message) {
        std::fprintf(stderr, "latchkey: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });

    LatchkeyApp::Options options;
    options.sandbox =
        commandLine.isSet(commandLine.sandbox) || commandLine.isSet(commandLine.sandboxDb);
    options.sandboxDatabase = commandLine.value(commandLine.sandboxDb);
    options.seedTokens = commandLine.value(commandLine.seedTokens).toInt();
    options.minimized = commandLine.isSet(commandLine.minimized);
    latchkey.start(options);
    return app.exec();
}
