#include "net/formencoding.h"

namespace latchkey {

QByteArray FormEncoding::encode(QByteArrayView value)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(value.size() * 3);
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
            byte == '~') {
            out.append(c);
        } else if (byte == ' ') {
            out.append('+');
        } else {
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xF]);
        }
    }
    return out;
}

SecretBytes FormEncoding::body(const QList<QPair<QByteArray, QByteArrayView>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encode(name));
        out.append('=');
        QByteArray encoded = encode(value);
        out.append(encoded);
        SecretBytes::wipe(encoded);
    }
    return SecretBytes(std::move(out));
}

SecretBytes FormEncoding::basicAuthorization(QByteArrayView clientId, QByteArrayView clientSecret)
{
    QByteArray pair = encode(clientId);
    QByteArray secret = encode(clientSecret);
    pair.append(':');
    pair.append(secret);
    SecretBytes::wipe(secret);
    QByteArray header = "Basic " + pair.toBase64();
    SecretBytes::wipe(pair);
    return SecretBytes(std::move(header));
}

} // namespace latchkey
