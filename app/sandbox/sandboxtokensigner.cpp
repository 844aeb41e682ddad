// ES384 JWT signing with OpenSSL 3: JOSE wants the raw R||S signature, OpenSSL speaks DER.
#include "app/sandbox/sandboxtokensigner.h"

#include "app/sandbox/sandboxrandom.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr int kCoordinateBytes = 48; // P-384

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool fromBase64Url(const QByteArray &text, QByteArray *out)
{
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                           QByteArray::OmitTrailingEquals |
                                                           QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}

QByteArray bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(kCoordinateBytes, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), kCoordinateBytes);
    BN_free(bn);
    return out;
}

} // namespace

struct SandboxTokenSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

SandboxTokenSigner::SandboxTokenSigner() = default;
SandboxTokenSigner::~SandboxTokenSigner() = default;

bool SandboxTokenSigner::load(const QByteArray &pem)
{
    auto key = std::make_unique<Key>();
    if (pem.isEmpty()) {
        key->pkey = EVP_EC_gen("P-384");
    } else {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        key->pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    if (!key->pkey)
        return false;
    m_key = std::move(key);
    // RFC 7638 thumbprint: stable across restarts with the same key.
    const QJsonObject jwkCore{
        {u"crv"_s, u"P-384"_s},
        {u"kty"_s, u"EC"_s},
        {u"x"_s,
         QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_EC_PUB_X)))},
        {u"y"_s,
         QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_EC_PUB_Y)))}};
    m_kid = QString::fromLatin1(base64Url(QCryptographicHash::hash(
        QJsonDocument(jwkCore).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)));
    return true;
}

QByteArray SandboxTokenSigner::privateKeyPem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, size);
    BIO_free(bio);
    return pem;
}

QJsonObject SandboxTokenSigner::jwk() const
{
    return {{u"kty"_s, u"EC"_s},
            {u"crv"_s, u"P-384"_s},
            {u"x"_s,
             QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_EC_PUB_X)))},
            {u"y"_s,
             QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_EC_PUB_Y)))},
            {u"kid"_s, m_kid},
            {u"alg"_s, u"ES384"_s},
            {u"use"_s, u"sig"_s}};
}

QByteArray SandboxTokenSigner::sign(const QJsonObject &claims) const
{
    return sign({{u"alg"_s, u"ES384"_s}, {u"typ"_s, u"at+jwt"_s}, {u"kid"_s, m_kid}}, claims);
}

QByteArray SandboxTokenSigner::issueAccessToken(const QString &issuer, const QString &subject,
                                                const QString &clientId, const QString &scope,
                                                const QString &audience,
                                                qint64 lifetimeSeconds) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{u"jti"_s, sandboxRandomString(43, kSandboxUrlSafe)},
                       {u"sub"_s, subject},
                       {u"iat"_s, double(now)},
                       {u"exp"_s, double(now + lifetimeSeconds)},
                       {u"client_id"_s, clientId},
                       {u"iss"_s, issuer},
                       {u"aud"_s, audience}};
    // Logto leaves the claim out when no scope was granted.
    if (!scope.isEmpty())
        claims.insert(u"scope"_s, scope);
    return sign(claims);
}

QByteArray SandboxTokenSigner::sign(const QJsonObject &header, const QJsonObject &claims) const
{
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t derLength = 0;
    QByteArray der;
    bool ok = EVP_DigestSignInit(ctx, nullptr, EVP_sha384(), nullptr, m_key->pkey) == 1 &&
              EVP_DigestSign(ctx, nullptr, &derLength,
                             reinterpret_cast<const unsigned char *>(signingInput.constData()),
                             size_t(signingInput.size())) == 1;
    if (ok) {
        der.resize(qsizetype(derLength));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(der.data()), &derLength,
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            size_t(signingInput.size())) == 1;
        der.resize(qsizetype(derLength));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return {};
    const auto *derData = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &derData, long(der.size()));
    if (!sig)
        return {};
    QByteArray raw(2 * kCoordinateBytes, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()),
                 kCoordinateBytes);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig),
                 reinterpret_cast<unsigned char *>(raw.data()) + kCoordinateBytes,
                 kCoordinateBytes);
    ECDSA_SIG_free(sig);
    return signingInput + '.' + base64Url(raw);
}

SandboxTokenSigner::Verification
SandboxTokenSigner::verify(const QByteArray &jwt, const QString &audience, qint64 nowSeconds) const
{
    Verification v;
    auto fail = [&v](const char *code, const char *name, const char *message,
                     const char *claim = nullptr) {
        v.ok = false;
        v.errorCode = QString::fromLatin1(code);
        v.errorName = QString::fromLatin1(name);
        v.errorMessage = QString::fromLatin1(message);
        if (claim)
            v.claim = QString::fromLatin1(claim);
        return v;
    };
    // Signature checks dominate request time; a token verified once stays verified (its claims
    // are still checked below on every use).
    if (const auto cached = m_verifiedPayloads.constFind(jwt); cached != m_verifiedPayloads.cend())
        return checkClaims(*cached, audience, nowSeconds);

    const QList<QByteArray> parts = jwt.split('.');
    QByteArray headerJson, payloadJson, signature;
    if (parts.size() != 3 || !fromBase64Url(parts[0], &headerJson) ||
        !fromBase64Url(parts[1], &payloadJson) || !fromBase64Url(parts[2], &signature))
        return fail("ERR_JWS_INVALID", "JWSInvalid", "Invalid Compact JWS");
    const QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    if (header.value(u"alg"_s).toString() != u"ES384"_s)
        return fail("ERR_JOSE_ALG_NOT_ALLOWED", "JOSEAlgNotAllowed",
                    "\"alg\" (Algorithm) Header Parameter value not allowed");
    if (header.value(u"kid"_s).toString() != m_kid)
        return fail("ERR_JWKS_NO_MATCHING_KEY", "JWKSNoMatchingKey",
                    "no applicable key found in the JSON Web Key Set");
    if (signature.size() != 2 * kCoordinateBytes)
        return fail("ERR_JWS_SIGNATURE_VERIFICATION_FAILED", "JWSSignatureVerificationFailed",
                    "signature verification failed");

    ECDSA_SIG *sig = ECDSA_SIG_new();
    const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG_set0(sig, BN_bin2bn(raw, kCoordinateBytes, nullptr),
                   BN_bin2bn(raw + kCoordinateBytes, kCoordinateBytes, nullptr));
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool signatureOk =
        derLength > 0 &&
        EVP_DigestVerifyInit(ctx, nullptr, EVP_sha384(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestVerify(ctx, der, size_t(derLength),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    if (!signatureOk)
        return fail("ERR_JWS_SIGNATURE_VERIFICATION_FAILED", "JWSSignatureVerificationFailed",
                    "signature verification failed");

    const QJsonDocument payload = QJsonDocument::fromJson(payloadJson);
    if (!payload.isObject())
        return fail("ERR_JWT_INVALID", "JWTInvalid",
                    "JWT Claims Set must be a top-level JSON object");
    if (m_verifiedPayloads.size() >= 4096)
        m_verifiedPayloads.clear();
    m_verifiedPayloads.insert(jwt, payload.object());
    return checkClaims(payload.object(), audience, nowSeconds);
}

SandboxTokenSigner::Verification SandboxTokenSigner::checkClaims(const QJsonObject &claims,
                                                                 const QString &audience,
                                                                 qint64 nowSeconds)
{
    Verification v;
    v.claims = claims;
    auto fail = [&v](const char *code, const char *name, const char *message, const char *claim) {
        v.ok = false;
        v.errorCode = QString::fromLatin1(code);
        v.errorName = QString::fromLatin1(name);
        v.errorMessage = QString::fromLatin1(message);
        v.claim = QString::fromLatin1(claim);
        return v;
    };
    const QJsonValue exp = claims.value(u"exp"_s);
    if (!exp.isDouble())
        return fail("ERR_JWT_CLAIM_VALIDATION_FAILED", "JWTClaimValidationFailed",
                    "\"exp\" claim must be a number", "exp");
    if (exp.toDouble() <= double(nowSeconds))
        return fail("ERR_JWT_EXPIRED", "JWTExpired", "\"exp\" claim timestamp check failed", "exp");
    const QJsonValue aud = claims.value(u"aud"_s);
    const bool audOk =
        aud.isString() ? aud.toString() == audience : aud.toArray().contains(QJsonValue(audience));
    if (!audOk)
        return fail("ERR_JWT_CLAIM_VALIDATION_FAILED", "JWTClaimValidationFailed",
                    "unexpected \"aud\" claim value", "aud");
    v.ok = true;
    return v;
}

} // namespace latchkey
