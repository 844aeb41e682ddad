// JwsTestKeys: test-only helpers that make keys with OpenSSL and sign compact JWS tokens.
#pragma once

#include "model/inspector/evppkey.h"

#include <QByteArray>
#include <QJsonObject>

namespace latchkey {

class JwsTestKeys
{
public:
    static EvpPkeyPtr rsa(int bits);
    static EvpPkeyPtr ec(const char *curve); // "P-256", "P-384", "P-521"
    static EvpPkeyPtr ed25519();

    // The public half as a JWK (kty, n/e or crv/x/y), with kid when not empty.
    static QJsonObject publicJwk(EVP_PKEY *key, const QString &kid = {});
    static QByteArray publicPem(EVP_PKEY *key);
    static QByteArray selfSignedCertificatePem(EVP_PKEY *key);

    // header.payload.signature for alg, signing with key (or secret for HS*).
    static QByteArray sign(const QJsonObject &header, const QJsonObject &claims, EVP_PKEY *key);
    static QByteArray signHmac(const QJsonObject &header, const QJsonObject &claims,
                               const QByteArray &secret);
    static QByteArray jwks(const QList<QJsonObject> &keys);
};

} // namespace latchkey
