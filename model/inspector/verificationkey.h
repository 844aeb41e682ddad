// VerificationKey: the key material a user offers to check a JWS (JWKS, PEM or HMAC secret).
#pragma once

#include "model/inspector/hmackey.h"
#include "model/inspector/jwkset.h"
#include "model/inspector/publickey.h"

#include "net/secretbytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace latchkey {

// The text is parsed into OpenSSL keys once, here: rebuilding them for every check
// cost 2x to 20x the verification itself. Copies share the parsed keys.
class VerificationKey
{
public:
    enum class Kind { Jwks, Pem, HmacSecret };

    // JSON text of a JWK Set ({"keys":[...]}) or of a single JWK; wiped once parsed
    // (it may carry symmetric keys).
    static VerificationKey fromJwks(QByteArray json);
    // The same for a set fetched from a URL: its symmetric keys are left out.
    static VerificationKey fromDownloadedJwks(QByteArray json);
    // A PEM "PUBLIC KEY" or an X.509 "CERTIFICATE".
    static VerificationKey fromPem(QByteArray pem);
    // The raw shared secret bytes for HS256/384/512.
    static VerificationKey fromHmacSecret(SecretBytes secret);

    Kind kind() const { return m_kind; }
    // Jwks: the parsed set, or null when the text is not a JWK Set (see jwksError()).
    const JwkSet *jwkSet() const { return m_jwks.get(); }
    const QString &jwksError() const { return m_jwksError; }
    // Pem: the public key, or null when the text is neither a key nor a certificate.
    const PublicKey *publicKey() const { return m_publicKey.get(); }
    // HmacSecret: the keyed secret.
    const HmacKey *hmacKey() const { return m_hmac.get(); }

private:
    explicit VerificationKey(Kind kind);
    static VerificationKey jwks(QByteArray json, JwkSet::Source source);

    Kind m_kind;
    std::shared_ptr<const JwkSet> m_jwks;
    QString m_jwksError;
    std::shared_ptr<const PublicKey> m_publicKey;
    std::shared_ptr<const HmacKey> m_hmac;
};

} // namespace latchkey
