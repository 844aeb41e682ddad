// ConnectionSweep: the token lists of every saved connection but the open one,
// for reminders — each profile opened, listed and closed in turn; one that
// cannot be reached (or is signed out, or its secret cannot be read) counts
// with its offline snapshot when there is one, and is left out when not.
#pragma once

#include "net/personalaccesstoken.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace latchkey {

class OfflineSnapshot;
class ProfileStore;
class SessionFactory;

struct SweptConnection
{
    QString profile;
    QString endpoint; // as TokenCache::endpointKey spells it
    QString userId;
    QList<PersonalAccessToken> tokens;
    bool fromSnapshot = false;
};

class ConnectionSweep : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(QList<SweptConnection>)>;

    // Nothing is owned; all must outlive the sweep. snapshots may be null (no
    // offline copies to fall back on).
    ConnectionSweep(SessionFactory *sessions, ProfileStore *profiles,
                    const OfflineSnapshot *snapshots, QObject *parent = nullptr);
    ~ConnectionSweep() override;

    // Goes through every saved profile with a user but skipProfile, one after
    // the other; a profile naming the same endpoint and user as one before it
    // (or as skipProfile) is not listed again. done runs once, later, with what
    // was found, and not at all once context is destroyed.
    void run(const QString &skipProfile, QObject *context, Done done);

private:
    struct Run;

    // Each step is a callback with the sweep as its context, so a run is owned
    // here and its steps hold it by pointer: no step runs once the sweep is gone.
    void next(Run *run);
    void close(Run *run, bool listed);
    // The connection's offline snapshot, read off the GUI thread, when it has one.
    void fallBack(Run *run);

    SessionFactory *m_sessions;
    ProfileStore *m_profiles;
    const OfflineSnapshot *m_snapshots;
    std::vector<std::unique_ptr<Run>> m_runs;
    // Last member: destroyed first, it waits for a snapshot read under way.
    QThreadPool m_io;
};

} // namespace latchkey
