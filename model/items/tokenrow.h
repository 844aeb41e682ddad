// TokenRow: one token as the token table holds it, kept small on purpose (a
// list may hold 100 000 of them).
#pragma once

#include "model/domain/tokendigest.h"
#include "model/domain/tokenstatus.h"
#include "net/personalaccesstoken.h"

#include <QString>

namespace latchkey {

struct TokenRow
{
    // Times as epoch ms, strings shared with the token they came from, the
    // fingerprint as raw bytes (hex would be a 96-byte heap block per row), no
    // formatted text.
    QString name;
    QString foldedName; // shares name's storage when it is already case-folded
    QString hint;
    TokenDigest fingerprint;
    qint64 createdMs = 0;
    qint64 expiresMs = NeverExpiresMs;
    bool cached = false;
    quint16 foundIn = 0; // copies the last where-used scan found (in the padding after cached)
    QString note;        // the user's own note (TokenNotes); null when there is none

    static TokenRow from(const PersonalAccessToken &token);
    // Whether the token still reads the same (the cached flag, copies and note aside).
    bool sameToken(const TokenRow &other) const
    {
        return name == other.name && hint == other.hint && createdMs == other.createdMs &&
               expiresMs == other.expiresMs;
    }
};

} // namespace latchkey
