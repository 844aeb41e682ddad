#include "net/secretbytes.h"

#include <openssl/crypto.h>

namespace latchkey {

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    // Detach now so that wiping later reaches the only copy we own.
    m_bytes.detach();
}

SecretBytes SecretBytes::fromString(const QString &text)
{
    return SecretBytes(text.toUtf8());
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes SecretBytes::clone() const
{
    return SecretBytes(QByteArray(m_bytes.constData(), m_bytes.size()));
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}

void SecretBytes::wipe(QByteArray &bytes)
{
    // Only wipe storage we solely own: a shared buffer belongs to someone
    // else too, and detaching would just wipe a fresh copy.
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

void SecretBytes::wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

bool operator==(const SecretBytes &a, const SecretBytes &b)
{
    return a.m_bytes.size() == b.m_bytes.size() &&
           CRYPTO_memcmp(a.m_bytes.constData(), b.m_bytes.constData(), size_t(a.m_bytes.size())) ==
               0;
}

} // namespace latchkey
