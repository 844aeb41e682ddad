// RotationRecord: where one "set expiry" rotation or one generate stands, as the
// journal keeps it. It holds names and fingerprints only, never a token value.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace latchkey {

struct RotationRecord
{
    // Each step is recorded once it has happened; the record as a whole is
    // written before the first call, so "Planned" means "the replacement may exist".
    enum class Step {
        Planned,      // about to create the replacement under tempName
        Created,      // the server made the replacement (newFingerprint known)
        Cached,       // the replacement's value is in the keychain
        OldDeleted,   // the old token is gone from the server
        OldForgotten, // the old token's cached value is gone
        Renamed,      // the replacement carries the old name: done
        // With an overlap (revokeOldAt set) the old token is not deleted at once:
        OldSetAside,   // the old token carries asideName, its value still works
        RevocationDue, // a Revocation record: the old token waits for revokeOldAt
    };

    // A generate is journaled too: a run killed between the server's answer and
    // the keychain would otherwise leave a token whose value nobody ever saw.
    // Its record uses oldName for the new token's name and only Planned/Created.
    // A rotation with an overlap ends as a Revocation record: the old token, renamed
    // asideName, is deleted once revokeOldAt has come (steps RevocationDue, OldDeleted).
    enum class Kind { Rotation, Generate, Revocation };

    Kind kind = Kind::Rotation;
    QString id;
    QString profile;
    QString endpoint; // cache keys are scoped by endpoint
    QString userId;
    QString oldName;
    QByteArray oldFingerprint;
    QString tempName;
    QByteArray newFingerprint; // empty until Created
    std::optional<QDateTime> newExpiry;
    QDateTime startedAt;
    Step step = Step::Planned;
    // When the old token is to be revoked; nullopt revokes it during the rotation.
    std::optional<QDateTime> revokeOldAt;
    QString asideName; // "NAME (replaced YYYY-MM-DD)" while both work

    bool hasOverlap() const { return revokeOldAt.has_value(); }
    bool isDue(const QDateTime &now) const { return revokeOldAt && *revokeOldAt <= now; }

    QJsonObject toJson() const;
    // nullopt when the object is not a complete record.
    static std::optional<RotationRecord> fromJson(const QJsonObject &object);

    static QString stepName(Step step);
    static std::optional<Step> stepFromName(const QString &name);
};

} // namespace latchkey
