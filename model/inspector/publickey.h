// PublicKey: an OpenSSL public key with its JWS verification contexts set up once, copied per
// check.
#pragma once

#include "model/inspector/evppkey.h"

#include <QByteArrayView>

#include <array>
#include <memory>

namespace latchkey {

class PublicKey
{
public:
    // The public-key JWS algorithms: RFC 7518 section 3 and RFC 8037 (EdDSA, Ed25519 only).
    enum class Scheme { Rs256, Rs384, Rs512, Ps256, Ps384, Ps512, Es256, Es384, Es512, EdDsa };
    enum class Check { Valid, Invalid, SetupFailed, PssSetupFailed };

    // key must not be null.
    explicit PublicKey(EvpPkeyPtr key);
    PublicKey(const PublicKey &) = delete;
    PublicKey &operator=(const PublicKey &) = delete;

    EVP_PKEY *get() const { return m_key.get(); }
    // Safe from several threads at once: each check works on its own copy. ECDSA
    // signatures in DER; SetupFailed for a scheme the key type cannot do.
    Check verify(Scheme scheme, QByteArrayView signature, QByteArrayView signingInput) const;

private:
    struct MdCtxDeleter
    {
        void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
    };
    using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

    struct Prepared
    {
        MdCtxPtr ctx;                       // null when OpenSSL refused the set-up
        Check failure = Check::SetupFailed; // what a check reports then
    };

    void prepare(Scheme scheme);

    EvpPkeyPtr m_key;
    // EVP_DigestVerifyInit fetches the signature and key management algorithms and
    // builds the provider context: about a fifth of an RS256/PS256 check. Done here
    // once per scheme the key type can do, never changed after.
    std::array<Prepared, 10> m_prepared;
};

} // namespace latchkey
