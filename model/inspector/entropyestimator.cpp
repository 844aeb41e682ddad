#include "model/inspector/entropyestimator.h"

#include "net/secretbytes.h"

#include <QByteArray>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// Words that people leave where a token belongs.
constexpr std::array<const char *, 17> kPlaceholderWords = {
    "changeme", "change-me", "change_me",         "changeit",  "todo",       "fixme", "placeholder",
    "dummy",    "example",   "redacted",          "replaceme", "replace-me", "xxx",   "secret",
    "password", "token",     "insert-token-here",
};

qsizetype longestRun(QByteArrayView text)
{
    qsizetype best = 0, run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        run = (i > 0 && text.at(i) == text.at(i - 1)) ? run + 1 : 1;
        best = std::max(best, run);
    }
    return best;
}

} // namespace

QString EntropyEstimator::placeholderReason(QByteArrayView text)
{
    // A lower-case copy of what may be a real secret: held in SecretBytes to be wiped.
    const SecretBytes lowered(text.toByteArray().toLower());
    const QByteArray &lower = lowered.bytes();
    if (lower.isEmpty())
        return tr("The text is empty.");
    if (lower.contains("xxxx") || lower.contains("...") || lower.contains("\xe2\x80\xa6"))
        return tr("It contains \"xxxx\" or an ellipsis, as placeholders do.");
    if ((lower.startsWith('<') && lower.endsWith('>')) || lower.startsWith("${") ||
        lower.startsWith("{{") || lower.startsWith('['))
        return tr("It is a template placeholder such as <token>.");
    if (lower.contains("example"))
        return tr("It contains the word \"example\", as documentation samples do.");
    if (lower.contains("your") && (lower.contains("token") || lower.contains("key") ||
                                   lower.contains("secret") || lower.contains("here")))
        return tr("It reads like \"your-token-here\".");
    for (const char *word : kPlaceholderWords) {
        if (lower == word)
            return tr("\"%1\" is a placeholder word.").arg(QString::fromUtf8(text));
    }
    // A random token of any real length practically never repeats a character six times in a
    // row or uses only one or two distinct characters.
    const qsizetype run = longestRun(lower);
    if (run >= 6 || (lower.size() >= 4 && run == lower.size()))
        return tr("It repeats one character %n times in a row.", nullptr, int(run));
    std::array<bool, 256> seen{};
    int distinct = 0;
    for (char c : lower) {
        if (!seen[quint8(c)]) {
            seen[quint8(c)] = true;
            ++distinct;
        }
    }
    if (lower.size() >= 8 && distinct <= 2)
        return tr("It uses only %n different character(s).", nullptr, distinct);
    return {};
}

EntropyReport EntropyEstimator::estimate(QByteArrayView text)
{
    EntropyReport report;
    report.length = text.size();
    bool lower = false, upper = false, digit = false, symbol = false, space = false,
         nonAscii = false;
    std::array<int, 256> counts{};
    for (char c : text) {
        ++counts[quint8(c)];
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c == ' ' || c == '\t')
            space = true;
        else if (quint8(c) >= 0x80)
            nonAscii = true;
        else
            symbol = true;
    }
    if (lower)
        report.characterClasses.append(tr("lower-case letters"));
    if (upper)
        report.characterClasses.append(tr("upper-case letters"));
    if (digit)
        report.characterClasses.append(tr("digits"));
    if (symbol)
        report.characterClasses.append(tr("symbols"));
    if (space)
        report.characterClasses.append(tr("spaces"));
    report.hasSpaces = space;
    if (nonAscii)
        report.characterClasses.append(tr("non-ASCII bytes"));

    if (!text.isEmpty()) {
        const double n = double(text.size());
        for (int count : counts) {
            if (count > 0) {
                const double p = count / n;
                report.bitsPerCharacter -= p * std::log2(p);
            }
        }
        report.totalBits = report.bitsPerCharacter * n;
    }
    report.placeholderReason = placeholderReason(text);
    return report;
}

} // namespace latchkey
