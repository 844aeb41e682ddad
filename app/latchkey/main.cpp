// latchkey: the desktop app. Parses the command line, sets up Qt, and hands
// over to LatchkeyApp, the composition root.
#include "app/latchkey/latchkeyapp.h"
#include "app/latchkey/screenshotter.h"
#include "app/latchkey/startupprobe.h"
#include "model/settings/appsettings.h"
#include "resources/appicon.h"
#include "translations/translationloader.h"
#include "ui/mainwindow.h"

#include <latchkeyversion.h>

#include <QApplication>
#include <QCommandLineParser>
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

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Latchkey"_s);
    QApplication::setApplicationName(u"Latchkey"_s);
    QApplication::setApplicationDisplayName(u"Latchkey"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(LATCHKEY_VERSION));
    QApplication::setDesktopFileName(u"io.latchkey.Latchkey"_s);
    // Fusion unless the platform theme brought a native style of its own.
    if (QApplication::style()->name().compare(u"windows"_s, Qt::CaseInsensitive) == 0)
        QApplication::setStyle(u"Fusion"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Personal access tokens for Logto."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        u"lang"_s, QCoreApplication::translate("main", "Interface language."), u"code"_s);
    const QCommandLineOption sandbox(
        u"sandbox"_s, QCoreApplication::translate("main", "Run on a built-in demo server."));
    const QCommandLineOption sandboxDb(
        u"sandbox-db"_s,
        QCoreApplication::translate("main", "Keep the sandbox's data in this file."), u"path"_s);
    const QCommandLineOption seedTokens(
        u"seed-tokens"_s,
        QCoreApplication::translate("main", "Extra sandbox tokens for your user."), u"n"_s);
    const QCommandLineOption exitAfterLoad(
        u"exit-after-load"_s,
        QCoreApplication::translate("main", "Exit once users and tokens are loaded."));
    const QCommandLineOption exitAfterPaint(
        u"exit-after-first-paint"_s,
        QCoreApplication::translate("main",
                                    "Print the milliseconds to the first filled token table, "
                                    "then exit."));
    const QCommandLineOption screenshots(
        u"screenshot-dir"_s,
        QCoreApplication::translate("main", "Save pictures of each view and dialog here."),
        u"dir"_s);
    parser.addOptions(
        {lang, sandbox, sandboxDb, seedTokens, exitAfterLoad, exitAfterPaint, screenshots});
    parser.process(app);

    QString language = parser.value(lang);
    if (language.isEmpty()) {
        QSettings settings;
        language = AppSettings(&settings).language();
    }
    TranslationLoader::install(app, language);
    app.setWindowIcon(applicationIcon());

    LatchkeyApp latchkey;
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(exitAfterLoad))
        probe = std::make_unique<StartupProbe>(StartupProbe::Mode::ExitAfterLoad);
    else if (parser.isSet(exitAfterPaint))
        probe = std::make_unique<StartupProbe>(StartupProbe::Mode::ExitAfterFirstPaint);
    std::unique_ptr<Screenshotter> screenshotter;
    if (parser.isSet(screenshots))
        screenshotter = std::make_unique<Screenshotter>(&latchkey, parser.value(screenshots));

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
    options.sandbox = parser.isSet(sandbox) || parser.isSet(sandboxDb);
    options.sandboxDatabase = parser.value(sandboxDb);
    options.seedTokens = parser.value(seedTokens).toInt();
    latchkey.start(options);
    return app.exec();
}
