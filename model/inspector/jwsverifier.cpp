#include "model/inspector/jwsverifier.h"

#include "model/inspector/jwkset.h"

#include <QJsonArray>
#include <QList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <array>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

enum class Family { Hmac, RsaPkcs1, RsaPss, Ecdsa, EdDsa };

struct Algorithm
{
    const char *name;
    Family family;
    HmacKey::Digest digest;   // HMAC only
    PublicKey::Scheme scheme; // all but HMAC
    const char *curve;        // JWK crv for ECDSA
    int coordinateSize;       // ECDSA: bytes of R and of S
};

constexpr auto kAlgorithms = std::to_array<Algorithm>({
    {"HS256", Family::Hmac, HmacKey::Digest::Sha256, PublicKey::Scheme::Rs256, nullptr, 0},
    {"HS384", Family::Hmac, HmacKey::Digest::Sha384, PublicKey::Scheme::Rs256, nullptr, 0},
    {"HS512", Family::Hmac, HmacKey::Digest::Sha512, PublicKey::Scheme::Rs256, nullptr, 0},
    {"RS256", Family::RsaPkcs1, HmacKey::Digest::Sha256, PublicKey::Scheme::Rs256, nullptr, 0},
    {"RS384", Family::RsaPkcs1, HmacKey::Digest::Sha384, PublicKey::Scheme::Rs384, nullptr, 0},
    {"RS512", Family::RsaPkcs1, HmacKey::Digest::Sha512, PublicKey::Scheme::Rs512, nullptr, 0},
    {"PS256", Family::RsaPss, HmacKey::Digest::Sha256, PublicKey::Scheme::Ps256, nullptr, 0},
    {"PS384", Family::RsaPss, HmacKey::Digest::Sha384, PublicKey::Scheme::Ps384, nullptr, 0},
    {"PS512", Family::RsaPss, HmacKey::Digest::Sha512, PublicKey::Scheme::Ps512, nullptr, 0},
    {"ES256", Family::Ecdsa, HmacKey::Digest::Sha256, PublicKey::Scheme::Es256, "P-256", 32},
    {"ES384", Family::Ecdsa, HmacKey::Digest::Sha384, PublicKey::Scheme::Es384, "P-384", 48},
    {"ES512", Family::Ecdsa, HmacKey::Digest::Sha512, PublicKey::Scheme::Es512, "P-521", 66},
    {"EdDSA", Family::EdDsa, HmacKey::Digest::Sha512, PublicKey::Scheme::EdDsa, "Ed25519", 0},
});

const Algorithm *findAlgorithm(const QString &name)
{
    for (const Algorithm &a : kAlgorithms) {
        if (name == QLatin1StringView(a.name))
            return &a;
    }
    return nullptr;
}

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Deleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct EcdsaSigDeleter
{
    void operator()(ECDSA_SIG *sig) const { ECDSA_SIG_free(sig); }
};

// What a key is, as far as choosing an algorithm goes.
struct KeyShape
{
    QString keyType; // RSA, EC, OKP, oct
    QString curve;
};

QString curveOf(EVP_PKEY *key)
{
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) != 1)
        return {};
    const QByteArrayView name(group, qsizetype(length));
    if (name == "prime256v1" || name == "P-256")
        return u"P-256"_s;
    if (name == "secp384r1" || name == "P-384")
        return u"P-384"_s;
    if (name == "secp521r1" || name == "P-521")
        return u"P-521"_s;
    return QString::fromLatin1(name);
}

KeyShape shapeOf(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS"))
        return {u"RSA"_s, {}};
    if (EVP_PKEY_is_a(key, "EC"))
        return {u"EC"_s, curveOf(key)};
    if (EVP_PKEY_is_a(key, "ED25519"))
        return {u"OKP"_s, u"Ed25519"_s};
    if (EVP_PKEY_is_a(key, "ED448"))
        return {u"OKP"_s, u"Ed448"_s};
    return {QString::fromLatin1(EVP_PKEY_get0_type_name(key)), {}};
}

QString describe(const KeyShape &shape)
{
    return shape.curve.isEmpty() ? shape.keyType : u"%1 (%2)"_s.arg(shape.keyType, shape.curve);
}

// Empty when the key fits the algorithm, otherwise why not.
QString mismatch(const Algorithm &alg, const KeyShape &shape)
{
    const QString algName = QString::fromLatin1(alg.name);
    bool fits = false;
    switch (alg.family) {
    case Family::Hmac:
        fits = shape.keyType == u"oct"_s;
        break;
    case Family::RsaPkcs1:
    case Family::RsaPss:
        fits = shape.keyType == u"RSA"_s;
        break;
    case Family::Ecdsa:
    case Family::EdDsa:
        fits = (shape.keyType == u"EC"_s || shape.keyType == u"OKP"_s) &&
               shape.curve == QLatin1StringView(alg.curve);
        break;
    }
    if (fits)
        return {};
    return JwsVerifier::tr("The token says %1, but the key is %2: it cannot verify %1 signatures.")
        .arg(algName, describe(shape));
}

QString lengthReason(const Algorithm &alg, qsizetype actual, qsizetype expected)
{
    return JwsVerifier::tr("The signature has %1 bytes; %2 with this key needs exactly %3.")
        .arg(actual)
        .arg(QString::fromLatin1(alg.name))
        .arg(expected);
}

QString badSignature()
{
    return JwsVerifier::tr("The signature does not match: the token was altered or signed with "
                           "another key.");
}

// Returns an empty string when the signature verifies, else the reason.
QString verifyHmac(const Algorithm &alg, const ParsedJws &jws, const HmacKey &secret,
                   QStringList *warnings)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    size_t macLength = 0;
    if (!secret.compute(alg.digest, jws.signingInput.view(), mac.data(), &macLength)) {
        OPENSSL_cleanse(mac.data(), mac.size());
        return JwsVerifier::tr("OpenSSL could not compute the HMAC.");
    }
    QString reason;
    if (qsizetype(macLength) != jws.signature.size())
        reason = lengthReason(alg, jws.signature.size(), macLength);
    else if (CRYPTO_memcmp(mac.data(), jws.signature.view().data(), macLength) != 0)
        reason = badSignature();
    OPENSSL_cleanse(mac.data(), mac.size());
    // RFC 7518 section 3.2: the key must be at least as long as the hash output.
    if (reason.isEmpty() && secret.size() < qsizetype(macLength))
        warnings->append(JwsVerifier::tr("The HMAC key has only %1 bytes; %2 requires at least %3.")
                             .arg(secret.size())
                             .arg(QString::fromLatin1(alg.name))
                             .arg(macLength));
    return reason;
}

QString verifyWithPkey(const Algorithm &alg, const ParsedJws &jws, const PublicKey &key,
                       QStringList *warnings)
{
    EVP_PKEY *pkey = key.get();
    // A signature is public: no need for a wiped copy.
    QByteArrayView signature = jws.signature.view();
    QByteArray der;
    if (alg.family == Family::Ecdsa) {
        // JWS carries raw R || S; OpenSSL wants a DER ECDSA-Sig-Value.
        const qsizetype expected = 2 * alg.coordinateSize;
        if (signature.size() != expected)
            return lengthReason(alg, signature.size(), expected);
        const auto *raw = reinterpret_cast<const unsigned char *>(signature.data());
        std::unique_ptr<ECDSA_SIG, EcdsaSigDeleter> sig(ECDSA_SIG_new());
        BIGNUM *r = BN_bin2bn(raw, alg.coordinateSize, nullptr);
        BIGNUM *s = BN_bin2bn(raw + alg.coordinateSize, alg.coordinateSize, nullptr);
        if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
            BN_free(r);
            BN_free(s);
            return JwsVerifier::tr("OpenSSL could not read the ECDSA signature.");
        }
        unsigned char *encoded = nullptr;
        const int derLength = i2d_ECDSA_SIG(sig.get(), &encoded);
        if (derLength <= 0)
            return JwsVerifier::tr("OpenSSL could not read the ECDSA signature.");
        der = QByteArray(reinterpret_cast<const char *>(encoded), derLength);
        OPENSSL_free(encoded);
        signature = der;
    } else if (alg.family == Family::EdDsa) {
        if (signature.size() != 64)
            return lengthReason(alg, signature.size(), 64);
    } else if (signature.size() != EVP_PKEY_get_size(pkey)) {
        return lengthReason(alg, signature.size(), EVP_PKEY_get_size(pkey));
    }

    switch (key.verify(alg.scheme, signature, jws.signingInput.view())) {
    case PublicKey::Check::Valid:
        break;
    case PublicKey::Check::Invalid:
        return badSignature();
    case PublicKey::Check::SetupFailed:
        return JwsVerifier::tr("OpenSSL could not set up the verification.");
    case PublicKey::Check::PssSetupFailed:
        return JwsVerifier::tr("OpenSSL could not set up RSA-PSS.");
    }
    // RFC 7518 sections 3.3 and 3.5: RSA keys must have at least 2048 bits.
    if ((alg.family == Family::RsaPkcs1 || alg.family == Family::RsaPss) &&
        EVP_PKEY_get_bits(pkey) < 2048)
        warnings->append(JwsVerifier::tr("The RSA key has only %1 bits; %2 requires at least 2048.")
                             .arg(EVP_PKEY_get_bits(pkey))
                             .arg(QString::fromLatin1(alg.name)));
    return {};
}

KeyShape shapeOf(const Jwk &jwk)
{
    return jwk.publicKey ? shapeOf(jwk.publicKey->get()) : KeyShape{u"oct"_s, {}};
}

// Why this JWK cannot verify this algorithm at all, or an empty string.
QString unsuitable(const Algorithm &alg, const Jwk &jwk)
{
    if (!jwk.algorithm.isEmpty() && jwk.algorithm != QLatin1StringView(alg.name))
        return JwsVerifier::tr("The token says %1, but the key is meant for %2.")
            .arg(QString::fromLatin1(alg.name), jwk.algorithm);
    return mismatch(alg, shapeOf(jwk));
}

// One candidate key: returns empty on success, else the reason.
QString verifyWithJwk(const Algorithm &alg, const ParsedJws &jws, const Jwk &jwk,
                      QStringList *warnings)
{
    if (const QString why = unsuitable(alg, jwk); !why.isEmpty())
        return why;
    if (alg.family == Family::Hmac)
        return verifyHmac(alg, jws, *jwk.hmac, warnings);
    return verifyWithPkey(alg, jws, *jwk.publicKey, warnings);
}

QString verifyWithJwks(const Algorithm &alg, const ParsedJws &jws, const VerificationKey &key,
                       QStringList *warnings)
{
    const JwkSet *set = key.jwkSet();
    if (!set)
        return key.jwksError();
    if (!jws.keyId.isEmpty()) {
        const Jwk *jwk = set->findByKeyId(jws.keyId);
        if (!jwk)
            return JwsVerifier::tr("The key set has no usable key with id \"%1\".").arg(jws.keyId);
        return verifyWithJwk(alg, jws, *jwk, warnings);
    }
    if (set->keys().empty())
        return JwsVerifier::tr("The key set has no usable keys.");
    // Without a kid any key of the set may have signed: try each one that fits, and
    // report a failed check before a key type that never fitted.
    QString firstFailure, firstMismatch;
    for (const Jwk &jwk : set->keys()) {
        const QString why = verifyWithJwk(alg, jws, jwk, warnings);
        if (why.isEmpty())
            return {};
        QString &slot = unsuitable(alg, jwk).isEmpty() ? firstFailure : firstMismatch;
        if (slot.isEmpty())
            slot = why;
    }
    return firstFailure.isEmpty() ? firstMismatch : firstFailure;
}

} // namespace

QString JwsVerifier::criticalHeaderProblem(const QJsonObject &header)
{
    const QJsonValue b64 = header.value(u"b64"_s);
    if (!b64.isUndefined() && b64 != QJsonValue(true))
        return tr("The header sets \"b64\" (RFC 7797): the payload was signed unencoded, which "
                  "Latchkey does not support, so the token is not accepted.");
    const QJsonValue crit = header.value(u"crit"_s);
    if (crit.isUndefined())
        return {};
    // Names RFC 7515 and 7516 define: they must never be listed as critical.
    static const QStringList registered{u"alg"_s,  u"jku"_s, u"jwk"_s,      u"kid"_s, u"x5u"_s,
                                        u"x5c"_s,  u"x5t"_s, u"x5t#S256"_s, u"typ"_s, u"cty"_s,
                                        u"crit"_s, u"enc"_s, u"zip"_s,      u"epk"_s, u"apu"_s,
                                        u"apv"_s,  u"iv"_s,  u"tag"_s,      u"p2s"_s, u"p2c"_s};
    const QJsonArray list = crit.toArray();
    QStringList names;
    bool wellFormed = crit.isArray() && !list.isEmpty();
    for (const QJsonValue &entry : list) {
        const QString name = entry.toString();
        if (!entry.isString() || name.isEmpty() || names.contains(name) ||
            registered.contains(name) || !header.contains(name))
            wellFormed = false;
        names.append(name);
    }
    if (!wellFormed)
        return tr("The header's \"crit\" list is malformed (RFC 7515 section 4.1.11), so the "
                  "token is invalid.");
    return tr("The header marks %1 as critical: an extension Latchkey does not implement, so "
              "the token must be rejected (RFC 7515 section 4.1.11).")
        .arg(names.join(u", "_s));
}

bool JwsVerifier::isSupportedAlgorithm(const QString &algorithm)
{
    return findAlgorithm(algorithm) != nullptr;
}

EvpPkeyPtr JwsVerifier::loadPem(QByteArrayView pem)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return {};
    if (EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr))
        return EvpPkeyPtr(key);
    bio.reset(BIO_new_mem_buf(pem.data(), int(pem.size())));
    std::unique_ptr<X509, X509Deleter> cert(
        bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return {};
    return EvpPkeyPtr(X509_get_pubkey(cert.get()));
}

SignatureResult JwsVerifier::verify(const ParsedJws &jws, const VerificationKey *key)
{
    SignatureResult result;
    result.algorithm = jws.algorithm;
    result.keyId = jws.keyId;
    if (const QString critical = criticalHeaderProblem(jws.header); !critical.isEmpty()) {
        result.checked = true;
        result.reason = critical;
        return result;
    }
    if (jws.algorithm.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        result.checked = true;
        result.reason = tr("The token is unsigned (alg \"none\"); unsigned tokens are always "
                           "rejected.");
        return result;
    }
    const Algorithm *alg = findAlgorithm(jws.algorithm);
    if (!alg) {
        result.checked = true;
        result.reason = tr("The signature algorithm \"%1\" is not supported.").arg(jws.algorithm);
        return result;
    }
    if (!key) {
        result.reason = tr("No key was given, so the signature was not checked.");
        return result;
    }
    result.checked = true;
    switch (key->kind()) {
    case VerificationKey::Kind::HmacSecret:
        if (const QString why = mismatch(*alg, {u"oct"_s, {}}); !why.isEmpty())
            result.reason = why;
        else
            result.reason = verifyHmac(*alg, jws, *key->hmacKey(), &result.warnings);
        break;
    case VerificationKey::Kind::Pem: {
        const PublicKey *publicKey = key->publicKey();
        if (!publicKey) {
            result.reason = tr("The PEM text is neither a public key nor a certificate.");
            break;
        }
        if (const QString why = mismatch(*alg, shapeOf(publicKey->get())); !why.isEmpty())
            result.reason = why;
        else
            result.reason = verifyWithPkey(*alg, jws, *publicKey, &result.warnings);
        break;
    }
    case VerificationKey::Kind::Jwks:
        result.reason = verifyWithJwks(*alg, jws, *key, &result.warnings);
        break;
    }
    result.ok = result.reason.isEmpty();
    return result;
}

} // namespace latchkey
