// SecretBytes: a move-only byte buffer for plaintext secrets that is wiped
// (OPENSSL_cleanse) when it is destroyed, cleared or overwritten.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace latchkey {

class SecretBytes
{
public:
    SecretBytes() = default;
    // Takes ownership of the bytes; the caller's copy should be wiped by the caller.
    explicit SecretBytes(QByteArray bytes);
    static SecretBytes fromString(const QString &text);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    // An explicit copy, so that every duplicate of a secret is visible in code.
    SecretBytes clone() const;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    QByteArrayView view() const { return m_bytes; }
    // Read access for APIs that need a QByteArray; the returned reference
    // must not be copied into long-lived storage.
    const QByteArray &bytes() const { return m_bytes; }
    QString toString() const { return QString::fromUtf8(m_bytes); }

    void clear();

    // Overwrites the storage of a QByteArray/QString we are about to drop.
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);

    friend bool operator==(const SecretBytes &a, const SecretBytes &b);

private:
    QByteArray m_bytes;
};

} // namespace latchkey
