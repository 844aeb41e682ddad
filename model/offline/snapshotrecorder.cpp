#include "model/offline/snapshotrecorder.h"

namespace latchkey {

bool SnapshotRecorder::recordIssued(const QString &profile, const QString &endpoint,
                                    const QString &userLabel, const PersonalAccessToken &token,
                                    QString *errorMessage) const
{
    OfflineSnapshot::Data data;
    if (std::optional<OfflineSnapshot::Data> last = m_snapshots->load(profile, token.userId))
        data = std::move(*last);
    data.profile = profile;
    data.endpoint = endpoint;
    data.userId = token.userId;
    if (!userLabel.isEmpty())
        data.userLabel = userLabel;
    data.tokens.removeIf([&](const PersonalAccessToken &t) { return t.name == token.name; });
    data.tokens.append(token);
    return m_snapshots->save(data, errorMessage);
}

bool SnapshotRecorder::recordRemoved(const QString &profile, const QString &userId,
                                     const QString &name, QString *errorMessage) const
{
    std::optional<OfflineSnapshot::Data> data = m_snapshots->load(profile, userId);
    if (!data)
        return true; // nothing recorded, nothing to drop
    if (data->tokens.removeIf([&](const PersonalAccessToken &t) { return t.name == name; }) == 0)
        return true;
    return m_snapshots->save(*data, errorMessage);
}

bool SnapshotRecorder::recordList(const QString &profile, const QString &endpoint,
                                  const QString &userId, const QString &userLabel,
                                  const QList<PersonalAccessToken> &tokens,
                                  QString *errorMessage) const
{
    OfflineSnapshot::Data data;
    data.profile = profile;
    data.endpoint = endpoint;
    data.userId = userId;
    data.userLabel = userLabel;
    data.tokens = tokens;
    return m_snapshots->save(data, errorMessage);
}

} // namespace latchkey
