// CommandLine: the options of the `latchkey` executable, and whether a command
// line only asks for text (--help, --version), which needs no display.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

class QCoreApplication;

namespace latchkey {

class CommandLine
{
public:
    CommandLine();

    // True when the arguments ask only for --help or --version: then a
    // QCoreApplication is enough, so they work without a display.
    static bool onlyPrints(int argc, char *argv[]);

    // Parses; prints help, the version or an error and exits as QCommandLineParser does.
    void process(const QCoreApplication &app);
    // Parses without exiting (tests); false with errorText() on a bad command line.
    bool parse(const QStringList &arguments) { return m_parser.parse(arguments); }
    QString errorText() const { return m_parser.errorText(); }

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }

    const QCommandLineOption lang;
    const QCommandLineOption sandbox;
    const QCommandLineOption sandboxDb;
    const QCommandLineOption seedTokens;
    const QCommandLineOption exitAfterLoad;
    const QCommandLineOption exitAfterPaint;
    const QCommandLineOption screenshots;
    const QCommandLineOption minimized;

private:
    QCommandLineParser m_parser;
};

} // namespace latchkey
