// TokenRequest: the body of a create, rename or revoke call, read and checked the way
// Logto's guards read them (a JSON object; strings where strings belong; expiresAt a whole
// number of epoch milliseconds or null); unknown members are ignored, as Logto does.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace latchkey {

struct TokenRequest
{
    QString name;        // create, revoke: the token; rename: its new name
    QString currentName; // rename: the token (defaults to name, Logto's in-place rename)
    std::optional<qint64> expiresAt; // create: nullopt = never expires
    QString error;                   // set when the body is refused (400 guard.invalid_input)

    bool ok() const { return error.isEmpty(); }

    static TokenRequest create(QByteArrayView body);
    static TokenRequest rename(QByteArrayView body);
    static TokenRequest revoke(QByteArrayView body);
};

} // namespace latchkey
