// JwsVerifier: checks a parsed JWS signature with OpenSSL 3 against a JWKS, PEM key or HMAC secret.
#pragma once

#include "model/inspector/evppkey.h"
#include "model/inspector/inspectionresult.h"
#include "model/inspector/jwsparser.h"
#include "model/inspector/verificationkey.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace latchkey {

struct Jwk;

class JwsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::JwsVerifier)

public:
    // Never throws; every refusal comes back with a translated reason. alg "none" is
    // refused even without a key.
    static SignatureResult verify(const ParsedJws &jws, const VerificationKey *key);

    // A PEM "PUBLIC KEY" or "CERTIFICATE" to an OpenSSL key; empty on failure.
    static EvpPkeyPtr loadPem(QByteArrayView pem);
    static bool isSupportedAlgorithm(const QString &algorithm);
    // Why the header makes the token invalid whatever its signature, or an empty
    // string: a "crit" list (RFC 7515 4.1.11) names extensions, and Latchkey
    // implements none, so every one is unknown; "b64": false (RFC 7797) changes
    // what was signed and is refused the same way.
    static QString criticalHeaderProblem(const QJsonObject &header);
};

} // namespace latchkey
