// HmacKey: an HMAC secret keyed into OpenSSL once, so that each check only hashes the message.
#pragma once

#include "net/secretbytes.h"

#include <openssl/evp.h>

#include <QByteArrayView>

#include <array>
#include <memory>
#include <mutex>

namespace latchkey {

class HmacKey
{
public:
    enum class Digest { Sha256, Sha384, Sha512 };

    explicit HmacKey(SecretBytes secret);
    HmacKey(const HmacKey &) = delete;
    HmacKey &operator=(const HmacKey &) = delete;

    qsizetype size() const { return m_size; }
    // Writes the MAC (at most EVP_MAX_MD_SIZE bytes) to out; false when OpenSSL fails.
    bool compute(Digest digest, QByteArrayView data, unsigned char *out, size_t *length) const;

private:
    struct MacCtxDeleter
    {
        void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
    };
    using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter>;

    qsizetype m_size = 0;
    // Keyed once per digest (the key's pads are hashed here), never changed after.
    std::array<MacCtxPtr, 3> m_keyed;
    // Copies of m_keyed that a check re-initialises in place, as openssl speed does
    // (a fresh copy per check doubled the cost); a concurrent check uses a fresh copy.
    mutable std::mutex m_reuseLock;
    std::array<MacCtxPtr, 3> m_reusable;
};

} // namespace latchkey
