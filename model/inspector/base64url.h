// Base64Url: strict unpadded base64url (RFC 4648 section 5) as JOSE and token formats use it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace latchkey {

class Base64Url
{
public:
    // Rejects padding, whitespace, the standard alphabet's '+' and '/', impossible
    // lengths and non-zero trailing bits, so that one text has one meaning.
    static std::optional<QByteArray> decode(QByteArrayView text);
    static QByteArray encode(QByteArrayView bytes);
    static bool isAlphabet(char c);
};

} // namespace latchkey
