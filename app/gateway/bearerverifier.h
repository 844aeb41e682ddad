// BearerVerifier: decides whether an Authorization header carries an access token that
// Logto issued for the gateway's resource: a JWS signed with a key of Logto's JWKS (alg
// from the key; none and HMAC refused), typ at+jwt, the tenant's issuer, the gateway's
// audience, exp/nbf within the leeway, a subject, and the required scope if any.
#pragma once

#include "app/gateway/jwkscache.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace latchkey {

enum class BearerProblem {
    None,
    Missing,             // no Authorization header
    Malformed,           // not "Bearer <JWS>", or a JWS that does not parse
    Opaque,              // a token, but not a JWT (e.g. a resource-less access token, a PAT)
    Unsigned,            // alg none
    DisallowedAlgorithm, // HMAC, or not the algorithm of the signing key
    WrongType,           // typ is not at+jwt: an ID token or something else
    UnknownKey,          // kid not in Logto's JWKS, even after fetching it again
    BadSignature,
    Expired,
    NotYetValid,
    WrongIssuer,
    WrongAudience,
    NoSubject,
    MissingScope,    // valid, but without the required scope: 403
    KeysUnavailable, // Logto's JWKS could not be fetched: the gateway cannot decide
};

struct BearerCheck
{
    BearerProblem problem = BearerProblem::None;
    QString sentence; // why, for the 401 body; never quotes the token
    QString userId;   // sub
    QStringList scopes;

    bool ok() const { return problem == BearerProblem::None; }
    // A stable lowercase name for logs, metrics and the error's data.reason.
    static QString reasonName(BearerProblem problem);
};

class BearerVerifier : public QObject
{
    Q_OBJECT
public:
    struct Rules
    {
        QString issuer;
        QString audience;
        QString requiredScope; // empty = none
        std::chrono::seconds leeway{60};
    };

    BearerVerifier(Rules rules, JwksCache *keys, QObject *parent = nullptr);

    // Checks the header's token, fetching the key set first when the token names a key it
    // lacks (within the cache's limits). done runs once, on the context's thread, unless
    // the context is destroyed first.
    void verify(const QByteArray &authorization, QObject *context,
                std::function<void(BearerCheck)> done);

    // The same check against the keys loaded now, at nowSeconds; nullopt when it cannot be
    // decided without fetching keys (no set yet, or an unknown kid that may be fetched).
    std::optional<BearerCheck> checkNow(QByteArrayView authorization, qint64 nowSeconds);

private:
    BearerCheck checkClaims(const QJsonObject &claims, qint64 nowSeconds) const;
    BearerCheck finalCheck(QByteArrayView authorization, qint64 nowSeconds);

    Rules m_rules;
    JwksCache *m_keys;
    // SHA-256 of a token whose signature verified -> its claims; the claims are checked
    // again on every use. Keyed by a digest so that the cache holds no bearer.
    QHash<QByteArray, QJsonObject> m_verified;
    quint64 m_verifiedGeneration = 0;
};

} // namespace latchkey
