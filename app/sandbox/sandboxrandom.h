// Uniformly random identifiers and secrets for the sandbox, from OpenSSL's CSPRNG.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace latchkey {

// Characters drawn from alphabet without modulo bias (rejection sampling over RAND_bytes).
QString sandboxRandomString(int length, QByteArrayView alphabet);

inline constexpr QByteArrayView kSandboxAlphanumeric =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
inline constexpr QByteArrayView kSandboxLowerAlphanumeric = "0123456789abcdefghijklmnopqrstuvwxyz";
// nanoid's alphabet: what oidc-provider's jti and opaque tokens are made of.
inline constexpr QByteArrayView kSandboxUrlSafe =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

} // namespace latchkey
