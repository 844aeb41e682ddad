// TokenDigest: a token's SHA-256 fingerprint as its 32 raw bytes, for holding
// many fingerprints compactly (a 100k-row model); hex only at the edges.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <array>
#include <cstring>

namespace latchkey {

class TokenDigest
{
public:
    static constexpr int Size = 32;

    TokenDigest() = default; // the null digest: all zero bytes

    // From TokenFingerprint's 64 hex digits; anything else (e.g. the empty
    // fingerprint of an empty value) gives the null digest.
    static TokenDigest fromHex(QByteArrayView hex);
    // Lowercase hex, as TokenFingerprint::of gives it; empty for the null digest.
    QByteArray toHex() const;
    bool isNull() const { return *this == TokenDigest(); }

    bool operator==(const TokenDigest &) const = default;

    // SHA-256 output is uniformly spread: its first bytes are a good hash already.
    friend size_t qHash(const TokenDigest &digest, size_t seed = 0) noexcept
    {
        size_t head = 0;
        std::memcpy(&head, digest.m_bytes.data(), sizeof head);
        return head ^ seed;
    }

private:
    std::array<unsigned char, Size> m_bytes{};
};

} // namespace latchkey
