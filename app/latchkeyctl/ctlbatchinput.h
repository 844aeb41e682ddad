// CtlBatchInput: the commands of one "latchkeyctl batch" run, read from standard
// input up front and handed out one line at a time, with the worst exit code.
#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace latchkey {

class CtlBatchInput
{
public:
    // Empty lines and lines starting with # are skipped.
    explicit CtlBatchInput(const QByteArray &input);

    bool atEnd() const { return m_next >= m_lines.size(); }
    // The next line split into words as a POSIX shell would (single quotes,
    // double quotes, backslashes; no expansions), with `program` first as
    // QCommandLineParser expects; nullopt for an unterminated quote.
    std::optional<QStringList> next(const QString &program);
    // 1-based line of standard input the last next() came from, for messages.
    int lineNumber() const { return m_lineNumber; }

    void record(int exitCode) { m_exitCode = qMax(m_exitCode, exitCode); }
    // 0 when every command succeeded, else the highest code a command ended with.
    int exitCode() const { return m_exitCode; }

private:
    static std::optional<QStringList> splitWords(const QString &line);

    QList<QPair<int, QString>> m_lines; // line number, text
    qsizetype m_next = 0;
    int m_lineNumber = 0;
    int m_exitCode = 0;
};

} // namespace latchkey
