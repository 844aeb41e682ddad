#include "model/inspector/verificationkey.h"

#include "model/inspector/jwsverifier.h"

namespace latchkey {

VerificationKey::VerificationKey(Kind kind)
    : m_kind(kind)
{}

VerificationKey VerificationKey::fromJwks(QByteArray json)
{
    return jwks(std::move(json), JwkSet::Source::File);
}

VerificationKey VerificationKey::fromDownloadedJwks(QByteArray json)
{
    return jwks(std::move(json), JwkSet::Source::Download);
}

VerificationKey VerificationKey::jwks(QByteArray json, JwkSet::Source source)
{
    VerificationKey key(Kind::Jwks);
    const SecretBytes text(std::move(json));
    if (std::optional<JwkSet> set = JwkSet::parse(text.view(), &key.m_jwksError, source))
        key.m_jwks = std::make_shared<const JwkSet>(std::move(*set));
    return key;
}

VerificationKey VerificationKey::fromPem(QByteArray pem)
{
    VerificationKey key(Kind::Pem);
    if (EvpPkeyPtr pkey = JwsVerifier::loadPem(pem))
        key.m_publicKey = std::make_shared<const PublicKey>(std::move(pkey));
    return key;
}

VerificationKey VerificationKey::fromHmacSecret(SecretBytes secret)
{
    VerificationKey key(Kind::HmacSecret);
    key.m_hmac = std::make_shared<const HmacKey>(std::move(secret));
    return key;
}

} // namespace latchkey
