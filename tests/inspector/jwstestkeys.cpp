#include "tests/inspector/jwstestkeys.h"

#include "model/inspector/base64url.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

QByteArray bnParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

QByteArray signingInput(const QJsonObject &header, const QJsonObject &claims)
{
    return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

int coordinateSize(EVP_PKEY *key)
{
    return (EVP_PKEY_get_bits(key) + 7) / 8;
}

} // namespace

EvpPkeyPtr JwsTestKeys::rsa(int bits)
{
    return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}

EvpPkeyPtr JwsTestKeys::ec(const char *curve)
{
    return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
}

EvpPkeyPtr JwsTestKeys::ed25519()
{
    return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

QJsonObject JwsTestKeys::publicJwk(EVP_PKEY *key, const QString &kid)
{
    QJsonObject jwk;
    if (EVP_PKEY_is_a(key, "RSA")) {
        jwk = {{u"kty"_s, u"RSA"_s},
               {u"n"_s, b64(bnParam(key, OSSL_PKEY_PARAM_RSA_N))},
               {u"e"_s, b64(bnParam(key, OSSL_PKEY_PARAM_RSA_E))}};
    } else if (EVP_PKEY_is_a(key, "EC")) {
        unsigned char point[200];
        size_t length = 0;
        EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &length);
        const int size = coordinateSize(key);
        const auto *raw = reinterpret_cast<const char *>(point);
        const QString crv = size == 32 ? u"P-256"_s : size == 48 ? u"P-384"_s : u"P-521"_s;
        jwk = {{u"kty"_s, u"EC"_s},
               {u"crv"_s, crv},
               {u"x"_s, b64(QByteArray(raw + 1, size))},
               {u"y"_s, b64(QByteArray(raw + 1 + size, size))}};
    } else {
        unsigned char raw[32];
        size_t length = sizeof raw;
        EVP_PKEY_get_raw_public_key(key, raw, &length);
        jwk = {{u"kty"_s, u"OKP"_s},
               {u"crv"_s, u"Ed25519"_s},
               {u"x"_s, b64(QByteArray(reinterpret_cast<const char *>(raw), qsizetype(length)))}};
    }
    if (!kid.isEmpty())
        jwk.insert(u"kid"_s, kid);
    return jwk;
}

QByteArray JwsTestKeys::publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    return pem;
}

QByteArray JwsTestKeys::selfSignedCertificatePem(EVP_PKEY *key)
{
    X509 *cert = X509_new();
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("latchkey test"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_PKEY_is_a(key, "ED25519") ? nullptr : EVP_sha256());
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    X509_free(cert);
    return pem;
}

QByteArray JwsTestKeys::sign(const QJsonObject &header, const QJsonObject &claims, EVP_PKEY *key)
{
    const QByteArray input = signingInput(header, claims);
    const QString alg = header.value(u"alg"_s).toString();
    const EVP_MD *md = alg.endsWith(u"256"_s)   ? EVP_sha256()
                       : alg.endsWith(u"384"_s) ? EVP_sha384()
                       : alg.endsWith(u"512"_s) ? EVP_sha512()
                                                : nullptr;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    EVP_DigestSignInit(ctx, &pctx, md, nullptr, key);
    if (alg.startsWith(u"PS"_s)) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    EVP_DigestSign(ctx, nullptr, &length, data, size_t(input.size()));
    QByteArray signature(qsizetype(length), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                   size_t(input.size()));
    signature.resize(qsizetype(length));
    EVP_MD_CTX_free(ctx);

    if (alg.startsWith(u"ES"_s)) {
        // DER ECDSA-Sig-Value to the raw R || S that JWS uses.
        const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
        const int size = coordinateSize(key);
        QByteArray raw(2 * size, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), size);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + size,
                     size);
        ECDSA_SIG_free(sig);
        signature = raw;
    }
    return input + '.' + Base64Url::encode(signature);
}

QByteArray JwsTestKeys::signHmac(const QJsonObject &header, const QJsonObject &claims,
                                 const QByteArray &secret)
{
    const QByteArray input = signingInput(header, claims);
    const QString alg = header.value(u"alg"_s).toString();
    const EVP_MD *md = alg == u"HS256"_s   ? EVP_sha256()
                       : alg == u"HS384"_s ? EVP_sha384()
                                           : EVP_sha512();
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(md, secret.constData(), int(secret.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
         &length);
    return input + '.' +
           Base64Url::encode(QByteArray(reinterpret_cast<const char *>(mac), qsizetype(length)));
}

QByteArray JwsTestKeys::jwks(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &key : keys)
        array.append(key);
    return QJsonDocument(QJsonObject{{u"keys"_s, array}}).toJson(QJsonDocument::Compact);
}

} // namespace latchkey
