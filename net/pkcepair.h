// PkcePair: a PKCE code verifier and its S256 challenge (RFC 7636), and the
// random URL-safe values a sign-in also needs (state, nonce).
#pragma once

#include "net/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace latchkey {

struct PkcePair
{
    SecretBytes verifier; // 43 characters: base64url of 32 random bytes
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding

    static PkcePair generate();
    static QByteArray challengeOf(QByteArrayView verifier);
    // base64url (no padding) of `bytes` bytes from the system's CSPRNG.
    static QByteArray randomToken(int bytes = 32);
};

} // namespace latchkey
