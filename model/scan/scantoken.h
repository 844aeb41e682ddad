// ScanToken: a token the where-used scan looks for, known by its fingerprint,
// with what a finding says about it; never its value.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace latchkey {

struct ScanToken
{
    // Where Latchkey learnt of it; when two sources know one fingerprint, the
    // earlier in this order wins (a current list knows best).
    enum class Source { List, Snapshot, Retired, Cache };
    enum class State { Active, Expired, Revoked };

    QByteArray fingerprint; // lowercase hex SHA-256 of the value
    QString name;           // empty for a cached value no list names
    QString connection;     // the connection profile's name
    QString userLabel;      // whose token (a name, email or id); may be empty
    std::optional<QDateTime> expiresAt;
    std::optional<QDateTime> retiredAt; // when Latchkey revoked or replaced it
    Source source = Source::List;
    bool cached = false;

    State stateAt(const QDateTime &now) const
    {
        if (retiredAt)
            return State::Revoked;
        if (expiresAt && *expiresAt <= now)
            return State::Expired;
        return State::Active;
    }
};

} // namespace latchkey
