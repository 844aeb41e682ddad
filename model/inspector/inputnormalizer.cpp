#include "model/inspector/inputnormalizer.h"

#include <openssl/crypto.h>

namespace latchkey {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() &&
           text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

NormalizedInput InputNormalizer::normalize(QByteArrayView input)
{
    NormalizedInput result;
    // One private buffer, compacted in place, so every byte of the pasted text
    // that we copied can be wiped at the end.
    QByteArray buffer(input.data(), input.size());
    qsizetype begin = 0;
    qsizetype end = buffer.size();
    auto view = [&] { return QByteArrayView(buffer.constData() + begin, end - begin); };
    auto report = [&](QString message) {
        result.findings.append({Severity::Info, std::move(message)});
    };

    auto trim = [&] {
        const qsizetype oldBegin = begin, oldEnd = end;
        while (begin < end && isSpace(buffer.at(begin)))
            ++begin;
        while (end > begin && isSpace(buffer.at(end - 1)))
            --end;
        return begin != oldBegin || end != oldEnd;
    };
    if (trim())
        report(tr("Removed whitespace around the token."));

    bool removedQuotes = false, removedHeader = false, removedBearer = false;
    // Several wrappings can nest ("Authorization: Bearer \"...\""), in any order.
    for (bool changed = true; changed;) {
        changed = false;
        const QByteArrayView v = view();
        if (!removedHeader && startsWithNoCase(v, "authorization:")) {
            begin += qsizetype(sizeof("authorization:") - 1);
            trim();
            removedHeader = changed = true;
            report(tr("Removed an \"Authorization:\" header name."));
            continue;
        }
        if (!removedBearer && startsWithNoCase(v, "bearer") && v.size() > 6 && isSpace(v.at(6))) {
            begin += 6;
            trim();
            removedBearer = changed = true;
            report(tr("Removed a \"Bearer\" prefix."));
            continue;
        }
        if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'' || v.front() == '`') &&
            v.back() == v.front()) {
            ++begin;
            --end;
            trim();
            changed = true;
            if (!removedQuotes)
                report(tr("Removed quotes around the token."));
            removedQuotes = true;
        }
    }

    qsizetype write = begin;
    for (qsizetype read = begin; read < end; ++read) {
        const char c = buffer.at(read);
        if (c != '\r' && c != '\n')
            buffer[write++] = c;
    }
    if (write != end) {
        report(tr("Removed line breaks inside the token."));
        end = write;
    }

    result.token = SecretBytes(QByteArray(buffer.constData() + begin, end - begin));
    if (!buffer.isEmpty())
        OPENSSL_cleanse(buffer.data(), size_t(buffer.size()));
    return result;
}

} // namespace latchkey
