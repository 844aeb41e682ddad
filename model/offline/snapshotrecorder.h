// SnapshotRecorder: adds a token just issued to its connection's offline
// snapshot, so that the inspector recognises it by name without a network.
#pragma once

#include "model/offline/offlinesnapshot.h"
#include "net/personalaccesstoken.h"

#include <QString>

namespace latchkey {

class SnapshotRecorder
{
public:
    // snapshots is not owned and must outlive the recorder.
    explicit SnapshotRecorder(const OfflineSnapshot *snapshots)
        : m_snapshots(snapshots)
    {}

    // Replaces the entry of the same name (a rotation) or appends it; keeps the rest of
    // the last list, which only a full listing may replace.
    bool recordIssued(const QString &profile, const QString &endpoint, const QString &userLabel,
                      const PersonalAccessToken &token, QString *errorMessage = nullptr) const;
    // Drops the entry of that name (revoked, or renamed before recordIssued of the new name).
    bool recordRemoved(const QString &profile, const QString &userId, const QString &name,
                       QString *errorMessage = nullptr) const;
    // The user's whole current list, e.g. after listing tokens.
    bool recordList(const QString &profile, const QString &endpoint, const QString &userId,
                    const QString &userLabel, const QList<PersonalAccessToken> &tokens,
                    QString *errorMessage = nullptr) const;

private:
    const OfflineSnapshot *m_snapshots;
};

} // namespace latchkey
