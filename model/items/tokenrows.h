// TokenRows: a token list turned into table rows (fingerprints decoded, names
// folded, duplicates dropped, indexed by fingerprint), on any thread, so that a
// big list costs the GUI thread only the swap.
#pragma once

#include "model/items/tokenrow.h"

#include <QHash>
#include <QList>

namespace latchkey {

struct TokenRows
{
    QList<TokenRow> rows;
    QHash<TokenDigest, int> rowOf;

    // A fingerprint listed twice keeps its first row.
    static TokenRows from(const QList<PersonalAccessToken> &tokens);
};

} // namespace latchkey
