#include "model/inspector/publickey.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

namespace latchkey {

namespace {

struct MdDeleter
{
    void operator()(EVP_MD *md) const { EVP_MD_free(md); }
};
using MdPtr = std::unique_ptr<EVP_MD, MdDeleter>;

enum class Padding { None, Pkcs1, Pss };

struct SchemeSetup
{
    Padding padding;
    int digest; // index into digests(), -1 for none (EdDSA hashes inside the signature)
};

constexpr std::array<SchemeSetup, 10> kSetups = {{
    {Padding::Pkcs1, 0},
    {Padding::Pkcs1, 1},
    {Padding::Pkcs1, 2},
    {Padding::Pss, 0},
    {Padding::Pss, 1},
    {Padding::Pss, 2},
    {Padding::None, 0},
    {Padding::None, 1},
    {Padding::None, 2},
    {Padding::None, -1},
}};

// Fetched once: EVP_sha256() and friends make OpenSSL 3 look the digest up again on
// every use (a locked provider lookup).
const EVP_MD *digest(int index)
{
    static const std::array<MdPtr, 3> digests = {MdPtr(EVP_MD_fetch(nullptr, "SHA256", nullptr)),
                                                 MdPtr(EVP_MD_fetch(nullptr, "SHA384", nullptr)),
                                                 MdPtr(EVP_MD_fetch(nullptr, "SHA512", nullptr))};
    return index < 0 ? nullptr : digests[size_t(index)].get();
}

} // namespace

PublicKey::PublicKey(EvpPkeyPtr key)
    : m_key(std::move(key))
{
    using enum Scheme;
    if (EVP_PKEY_is_a(m_key.get(), "RSA") || EVP_PKEY_is_a(m_key.get(), "RSA-PSS")) {
        for (Scheme scheme : {Rs256, Rs384, Rs512, Ps256, Ps384, Ps512})
            prepare(scheme);
    } else if (EVP_PKEY_is_a(m_key.get(), "EC")) {
        for (Scheme scheme : {Es256, Es384, Es512})
            prepare(scheme);
    } else if (EVP_PKEY_is_a(m_key.get(), "ED25519")) {
        prepare(EdDsa);
    }
}

void PublicKey::prepare(Scheme scheme)
{
    const SchemeSetup &setup = kSetups[size_t(scheme)];
    Prepared &slot = m_prepared[size_t(scheme)];
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx ||
        EVP_DigestVerifyInit(ctx.get(), &pctx, digest(setup.digest), nullptr, m_key.get()) != 1)
        return;
    if (setup.padding == Padding::Pss &&
        (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
         EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1 ||
         EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, digest(setup.digest)) != 1)) {
        slot.failure = Check::PssSetupFailed;
        return;
    }
    slot.ctx = std::move(ctx);
}

PublicKey::Check PublicKey::verify(Scheme scheme, QByteArrayView signature,
                                   QByteArrayView signingInput) const
{
    const Prepared &slot = m_prepared[size_t(scheme)];
    if (!slot.ctx)
        return slot.failure;
    // Copying only reads the prepared context (and counts references atomically), so
    // threads may share it; the digest state in it is still empty.
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_MD_CTX_copy_ex(ctx.get(), slot.ctx.get()) != 1)
        return Check::SetupFailed;
    const int verified = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(signingInput.data()),
        size_t(signingInput.size()));
    if (verified == 1)
        return Check::Valid;
    // Nobody reads OpenSSL's error queue; left there, a worker thread's queue would keep
    // up to 16 stale entries (with copied strings) for its whole life.
    ERR_clear_error();
    return Check::Invalid;
}

} // namespace latchkey
