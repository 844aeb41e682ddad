#include "model/items/tokenrow.h"

namespace latchkey {

TokenRow TokenRow::from(const PersonalAccessToken &token)
{
    TokenRow row;
    row.name = token.name;
    row.foldedName = token.name.toCaseFolded();
    row.hint = token.hint;
    row.fingerprint = TokenDigest::fromHex(token.fingerprint);
    row.createdMs = token.createdAt.isValid() ? token.createdAt.toMSecsSinceEpoch() : 0;
    row.expiresMs = expiryMs(token.expiresAt);
    return row;
}

} // namespace latchkey
