#include "model/scan/scancatalog.h"

namespace latchkey {

ScanCatalog::ScanCatalog(const QList<ScanToken> &tokens)
{
    m_tokens.reserve(tokens.size());
    for (const ScanToken &token : tokens)
        add(token);
}

void ScanCatalog::add(const ScanToken &token)
{
    const QByteArray key = token.fingerprint.toLower();
    if (key.isEmpty())
        return;
    auto existing = m_tokens.find(key);
    if (existing == m_tokens.end()) {
        ScanToken copy = token;
        copy.fingerprint = key;
        m_tokens.insert(key, copy);
        return;
    }
    const bool cached = existing->cached || token.cached;
    if (token.source < existing->source) {
        // A token in a current list is alive, whatever an older record says.
        const std::optional<QDateTime> retiredAt =
            token.source == ScanToken::Source::List
                ? std::nullopt
                : (token.retiredAt ? token.retiredAt : existing->retiredAt);
        *existing = token;
        existing->fingerprint = key;
        existing->retiredAt = retiredAt;
    } else if (!existing->retiredAt && token.retiredAt &&
               existing->source != ScanToken::Source::List) {
        existing->retiredAt = token.retiredAt;
    }
    existing->cached = cached;
}

const ScanToken *ScanCatalog::find(const QByteArray &fingerprint) const
{
    const auto it = m_tokens.constFind(fingerprint);
    return it == m_tokens.constEnd() ? nullptr : &*it;
}

} // namespace latchkey
