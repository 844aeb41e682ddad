// ScanCatalog: the tokens a where-used scan looks for, by fingerprint. When
// two sources know one token, the stronger one (ScanToken::Source) describes it.
#pragma once

#include "model/scan/scantoken.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace latchkey {

class ScanCatalog
{
public:
    ScanCatalog() = default;
    explicit ScanCatalog(const QList<ScanToken> &tokens);

    void add(const ScanToken &token);
    // Null when the fingerprint (lowercase hex) is not a token Latchkey knows.
    const ScanToken *find(const QByteArray &fingerprint) const;
    qsizetype size() const { return m_tokens.size(); }
    QList<ScanToken> tokens() const { return m_tokens.values(); }

private:
    QHash<QByteArray, ScanToken> m_tokens;
};

} // namespace latchkey
