// SandboxTokenSigner: the sandbox's ES384 key; signs and verifies JWT access tokens.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace latchkey {

class SandboxTokenSigner
{
public:
    SandboxTokenSigner();
    ~SandboxTokenSigner();
    SandboxTokenSigner(const SandboxTokenSigner &) = delete;
    SandboxTokenSigner &operator=(const SandboxTokenSigner &) = delete;

    // Loads a PKCS#8 PEM key, or generates a fresh P-384 key when pem is empty.
    bool load(const QByteArray &pem);
    QByteArray privateKeyPem() const;
    QString keyId() const { return m_kid; }
    QJsonObject jwk() const;

    // An access token: header {alg: ES384, typ: at+jwt, kid}.
    QByteArray sign(const QJsonObject &claims) const;
    // A resource's access token as Logto issues it: jti, sub, iat, exp, scope (left out when
    // empty), client_id, iss, aud.
    QByteArray issueAccessToken(const QString &issuer, const QString &subject,
                                const QString &clientId, const QString &scope,
                                const QString &audience, qint64 lifetimeSeconds) const;
    // Any header (tests forge tokens with it); the signature is always ES384 with this key.
    QByteArray sign(const QJsonObject &header, const QJsonObject &claims) const;

    struct Verification
    {
        bool ok = false;
        QJsonObject claims;
        QString errorCode; // jose style, e.g. ERR_JWT_EXPIRED
        QString errorName; // e.g. JWTExpired
        QString errorMessage;
        QString claim;
    };
    // Checks form, algorithm, key id and signature; then exp and aud (nowSeconds given).
    Verification verify(const QByteArray &jwt, const QString &audience, qint64 nowSeconds) const;

private:
    static Verification checkClaims(const QJsonObject &claims, const QString &audience,
                                    qint64 nowSeconds);

    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_kid;
    mutable QHash<QByteArray, QJsonObject> m_verifiedPayloads;
};

} // namespace latchkey
