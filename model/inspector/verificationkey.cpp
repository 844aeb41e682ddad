#include "verificationkey.h"

namespace latchkey {

VerificationKey::VerificationKey(Kind kind, SecretBytes material)
    : m_kind(kind)
    , m_material(std::move(material))
{}

VerificationKey VerificationKey::fromJwks(QByteArray json)
{
    return VerificationKey(Kind::Jwks, SecretBytes(std::move(json)));
}

VerificationKey VerificationKey::fromPem(QByteArray pem)
{
    return VerificationKey(Kind::Pem, SecretBytes(std::move(pem)));
}

VerificationKey VerificationKey::fromHmacSecret(SecretBytes secret)
{
    return VerificationKey(Kind::HmacSecret, std::move(secret));
}

} // namespace latchkey
