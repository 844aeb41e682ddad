#include "model/inspector/hmackey.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

namespace latchkey {

namespace {

struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
};

// Fetched once: a provider lookup per check costs more than the HMAC of a JWT.
EVP_MAC *hmacAlgorithm()
{
    static const std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    return mac.get();
}

constexpr std::array<const char *, 3> kDigestNames = {"SHA256", "SHA384", "SHA512"};

} // namespace

HmacKey::HmacKey(SecretBytes secret)
    : m_size(secret.size())
{
    EVP_MAC *mac = hmacAlgorithm();
    if (!mac)
        return;
    // OpenSSL refuses a null key pointer, also for an empty key.
    static const unsigned char kEmpty = 0;
    const auto *key =
        secret.isEmpty() ? &kEmpty : reinterpret_cast<const unsigned char *>(secret.view().data());
    for (size_t i = 0; i < kDigestNames.size(); ++i) {
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                             const_cast<char *>(kDigestNames[i]), 0),
            OSSL_PARAM_construct_end()};
        MacCtxPtr ctx(EVP_MAC_CTX_new(mac));
        if (ctx && EVP_MAC_init(ctx.get(), key, size_t(secret.size()), params) == 1) {
            m_reusable[i].reset(EVP_MAC_CTX_dup(ctx.get()));
            m_keyed[i] = std::move(ctx);
        }
    }
}

bool HmacKey::compute(Digest digest, QByteArrayView data, unsigned char *out, size_t *length) const
{
    const auto run = [&](EVP_MAC_CTX *ctx) {
        return EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(data.data()),
                              size_t(data.size())) == 1 &&
               EVP_MAC_final(ctx, out, length, EVP_MAX_MD_SIZE) == 1;
    };
    const size_t index = size_t(digest);
    if (std::unique_lock lock(m_reuseLock, std::try_to_lock); lock && m_reusable[index]) {
        // A null key restarts the HMAC with the key it already holds.
        EVP_MAC_CTX *ctx = m_reusable[index].get();
        return EVP_MAC_init(ctx, nullptr, 0, nullptr) == 1 && run(ctx);
    }
    const EVP_MAC_CTX *keyed = m_keyed[index].get();
    if (!keyed)
        return false;
    const MacCtxPtr ctx(EVP_MAC_CTX_dup(keyed));
    return ctx && run(ctx.get());
}

} // namespace latchkey
