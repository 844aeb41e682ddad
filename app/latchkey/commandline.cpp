#include "app/latchkey/commandline.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace latchkey {

CommandLine::CommandLine()
    : lang(u"lang"_s, QCoreApplication::translate("main", "Interface language."), u"code"_s)
    , sandbox(u"sandbox"_s, QCoreApplication::translate("main", "Run on a built-in demo server."))
    , sandboxDb(u"sandbox-db"_s,
                QCoreApplication::translate("main", "Keep the sandbox's data in this file."),
                u"path"_s)
    , seedTokens(u"seed-tokens"_s,
                 QCoreApplication::translate("main", "Extra sandbox tokens for your user."), u"n"_s)
    , exitAfterLoad(u"exit-after-load"_s,
                    QCoreApplication::translate("main", "Exit once users and tokens are loaded."))
    , exitAfterPaint(u"exit-after-first-paint"_s,
                     QCoreApplication::translate(
                         "main", "Print the milliseconds to the first filled token table, "
                                 "then exit."))
    , screenshots(
          u"screenshot-dir"_s,
          QCoreApplication::translate("main", "Save pictures of each view and dialog here."),
          u"dir"_s)
    , minimized(u"minimized"_s,
                QCoreApplication::translate(
                    "main", "Start in the system tray, without opening the window."))
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("main", "Personal access tokens for Logto."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({lang, sandbox, sandboxDb, seedTokens, exitAfterLoad, exitAfterPaint,
                         screenshots, minimized});
}

bool CommandLine::onlyPrints(int argc, char *argv[])
{
    // The spellings QCommandLineParser's help and version options answer to.
    static const char *const printing[] = {"-h", "--help", "-?", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        for (const char *option : printing) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void CommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

} // namespace latchkey
