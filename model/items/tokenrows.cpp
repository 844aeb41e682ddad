#include "model/items/tokenrows.h"

namespace latchkey {

TokenRows TokenRows::from(const QList<PersonalAccessToken> &tokens)
{
    TokenRows result;
    result.rows.reserve(tokens.size());
    result.rowOf.reserve(tokens.size());
    for (const PersonalAccessToken &token : tokens) {
        // One hash lookup per token: operator[] adds the key unless it is a duplicate.
        const qsizetype known = result.rowOf.size();
        int &rowOfToken = result.rowOf[TokenDigest::fromHex(token.fingerprint)];
        if (result.rowOf.size() == known)
            continue;
        rowOfToken = int(result.rows.size());
        result.rows.append(TokenRow::from(token));
    }
    return result;
}

} // namespace latchkey
