#include "app/latchkeyctl/ctlbatchinput.h"

#include <utility>

namespace latchkey {

CtlBatchInput::CtlBatchInput(const QByteArray &input)
{
    const QList<QByteArray> lines = input.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            m_lines.append({int(i + 1), line});
    }
}

std::optional<QStringList> CtlBatchInput::next(const QString &program)
{
    const auto &[number, text] = m_lines[m_next++];
    m_lineNumber = number;
    std::optional<QStringList> words = splitWords(text);
    if (words)
        words->prepend(program);
    return words;
}

std::optional<QStringList> CtlBatchInput::splitWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, QString()));
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == u'\\') {
            if (++i < line.size())
                word += line[i];
        } else if (c == u'\'') {
            const qsizetype end = line.indexOf(u'\'', i + 1);
            if (end < 0)
                return std::nullopt;
            word += QStringView(line).sliced(i + 1, end - i - 1);
            i = end;
        } else if (c == u'"') {
            for (++i;; ++i) {
                if (i >= line.size())
                    return std::nullopt;
                if (line[i] == u'"')
                    break;
                // Inside double quotes a backslash escapes only these, as in sh.
                if (line[i] == u'\\' && i + 1 < line.size() &&
                    QStringView(u"\"\\$`").contains(line[i + 1]))
                    ++i;
                word += line[i];
            }
        } else {
            word += c;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

} // namespace latchkey
