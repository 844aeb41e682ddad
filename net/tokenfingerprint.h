// TokenFingerprint: how Latchkey recognises a PAT without keeping its value.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace latchkey {

class TokenFingerprint
{
public:
    // Lowercase hex SHA-256 of the value (64 characters); empty for an empty value.
    static QByteArray of(QByteArrayView value);
    // The last 4 characters of the value, enough for a person to tell tokens apart.
    static QString hintOf(QByteArrayView value);
};

} // namespace latchkey
