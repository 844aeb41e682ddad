// KnownToken: a token Latchkey already knows, handed to the inspector as plain data.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace latchkey {

// Filled by the model layer from the keychain and the last snapshot; the
// inspector only compares fingerprints, it never sees the token values.
struct KnownToken
{
    QByteArray fingerprint; // lowercase hex SHA-256 of the token value
    QString name;
    QString userLabel;
    QString connectionName;
    std::optional<QDateTime> expiresAt;
    bool cached = false; // the value is stored in the user's keychain
    QString userId;      // whose token it is on that connection (may be empty)
    bool mine = false;   // that user is the connection's own user: "your token"
};

} // namespace latchkey
