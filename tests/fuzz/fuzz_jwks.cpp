// fuzz_jwks: libFuzzer target for JWKS/PEM parsing and JWS verification ("token\nkey material").
#include "model/inspector/jwkset.h"
#include "model/inspector/jwsparser.h"
#include "model/inspector/jwsverifier.h"
#include "model/inspector/verificationkey.h"

#include <cstddef>
#include <cstdint>

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView token = newline < 0 ? QByteArrayView() : input.first(newline);
    const QByteArrayView material = newline < 0 ? input : input.sliced(newline + 1);

    QString error;
    const std::optional<JwkSet> set = JwkSet::parse(material, &error);
    if (set && !set->keys().empty() && set->keys().front().keyType.isEmpty())
        __builtin_trap(); // every accepted key has a type

    const JwsParseResult parsed = JwsParser::parse(token);
    if (!parsed.jws)
        return 0;
    const VerificationKey jwks = VerificationKey::fromJwks(material.toByteArray());
    const SignatureResult fromJwks = JwsVerifier::verify(*parsed.jws, &jwks);
    const VerificationKey pem = VerificationKey::fromPem(material.toByteArray());
    const SignatureResult fromPem = JwsVerifier::verify(*parsed.jws, &pem);
    const VerificationKey secret =
        VerificationKey::fromHmacSecret(SecretBytes(material.toByteArray()));
    const SignatureResult fromSecret = JwsVerifier::verify(*parsed.jws, &secret);
    // A refusal always says why; alg "none" is never accepted.
    for (const SignatureResult *r : {&fromJwks, &fromPem, &fromSecret}) {
        if (!r->ok && r->reason.isEmpty())
            __builtin_trap();
        if (r->ok && r->algorithm.compare(QLatin1StringView("none"), Qt::CaseInsensitive) == 0)
            __builtin_trap();
    }
    return 0;
}
