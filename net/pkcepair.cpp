// PkcePair: a PKCE code verifier and its S256 challenge (RFC 7636).
#include "net/pkcepair.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace latchkey {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray PkcePair::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() is the operating system's CSPRNG (getrandom on Linux).
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data()) + bytes / 4);
    for (int i = bytes - bytes % 4; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    QByteArray encoded = raw.toBase64(kBase64Url);
    SecretBytes::wipe(raw);
    return encoded;
}

QByteArray PkcePair::challengeOf(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

PkcePair PkcePair::generate()
{
    PkcePair pair;
    // 32 bytes give the 43-character verifier RFC 7636 section 4.1 recommends.
    pair.verifier = SecretBytes(randomToken(32));
    pair.challenge = challengeOf(pair.verifier.view());
    return pair;
}

} // namespace latchkey
