// CtlOptions: latchkeyctl's command-line options: every option's definition,
// and the parsed line that commands read them from.
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace latchkey {

class CtlOptions
{
public:
    CtlOptions();

    // Parses a whole command line (arguments[0] is the program); false with errorText().
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_parser.errorText(); }
    QString helpText() const { return m_parser.helpText(); }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    // Every value of an option given more than once (--scope a --scope b).
    QStringList values(const QString &name) const { return m_parser.values(name); }
    // The names of the options given, as typed (a short "h" or a long "json").
    QStringList given() const { return m_parser.optionNames(); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    void add(const QString &name, const QString &description, const QString &valueName = {});

    QCommandLineParser m_parser;
};

} // namespace latchkey
