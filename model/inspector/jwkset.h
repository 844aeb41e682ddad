// JwkSet: parses a JWK Set (or one JWK) into OpenSSL keys and HMAC secrets, selected by kid.
#pragma once

#include "model/inspector/hmackey.h"
#include "model/inspector/publickey.h"

#include "net/secretbytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace latchkey {

struct Jwk
{
    QString keyId;
    QString keyType;                            // "RSA", "EC", "OKP", "oct"
    QString curve;                              // "P-256", "P-384", "P-521", "Ed25519"
    QString algorithm;                          // the JWK's own "alg", when given
    std::unique_ptr<const PublicKey> publicKey; // RSA, EC, OKP
    std::unique_ptr<HmacKey> hmac;              // oct
};

class JwkSet
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::JwkSet)

public:
    // Where the set came from. A symmetric ("oct") key in a set fetched from a
    // URL is a shared secret anyone who can fetch it also has: never used.
    enum class Source { File, Download };

    // Returns nullopt (and sets *error) when the text is not a JWK Set or JWK at all;
    // keys that cannot be used are skipped and listed in problems(): unsupported
    // types, a "use" other than "sig", "key_ops" without "verify" (RFC 7517 4.2,
    // 4.3), and symmetric keys from a download.
    static std::optional<JwkSet> parse(QByteArrayView json, QString *error,
                                       Source source = Source::File);

    const std::vector<Jwk> &keys() const { return m_keys; }
    const QStringList &problems() const { return m_problems; }
    const Jwk *findByKeyId(const QString &keyId) const;

private:
    std::vector<Jwk> m_keys;
    QStringList m_problems;
};

} // namespace latchkey
