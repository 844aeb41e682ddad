// VerificationKey: the key material a user offers to check a JWS (JWKS, PEM or HMAC secret).
#pragma once

#include <secretbytes.h>

#include <QByteArray>

namespace latchkey {

class VerificationKey
{
public:
    enum class Kind { Jwks, Pem, HmacSecret };

    // JSON text of a JWK Set ({"keys":[...]}) or of a single JWK.
    static VerificationKey fromJwks(QByteArray json);
    // A PEM "PUBLIC KEY" or an X.509 "CERTIFICATE".
    static VerificationKey fromPem(QByteArray pem);
    // The raw shared secret bytes for HS256/384/512.
    static VerificationKey fromHmacSecret(SecretBytes secret);

    Kind kind() const { return m_kind; }
    // Held as SecretBytes: a JWKS may carry symmetric ("oct") keys.
    const SecretBytes &material() const { return m_material; }

private:
    VerificationKey(Kind kind, SecretBytes material);

    Kind m_kind;
    SecretBytes m_material;
};

} // namespace latchkey
