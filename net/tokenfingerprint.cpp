#include "net/tokenfingerprint.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace latchkey {

QByteArray TokenFingerprint::of(QByteArrayView value)
{
    if (value.isEmpty())
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(value.data(), size_t(value.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QString TokenFingerprint::hintOf(QByteArrayView value)
{
    // PAT values are ASCII; taking bytes keeps a multi-byte character from being split
    // only in theory, and fromUtf8 repairs that case with a replacement character.
    return QString::fromUtf8(value.last(qMin<qsizetype>(4, value.size())));
}

void TokenFingerprint::releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace latchkey
