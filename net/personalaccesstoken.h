// PersonalAccessToken: a PAT's metadata as Latchkey keeps it. The plaintext
// value never lives here: at the edge of net/ it becomes a fingerprint and a hint.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace latchkey {

struct PersonalAccessToken
{
    QString userId;
    QString name;
    QDateTime createdAt;                // UTC
    std::optional<QDateTime> expiresAt; // UTC; nullopt = never expires
    QByteArray fingerprint;             // lowercase hex SHA-256 of the value
    QString hint;                       // last 4 characters of the value

    bool operator==(const PersonalAccessToken &) const = default;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::PersonalAccessToken)
