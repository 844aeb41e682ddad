// ConnectionSweep: every other saved connection's token list, for reminders.
#include "model/reminders/connectionsweep.h"

#include "model/keychain/tokencache.h"
#include "model/offline/connectionkeeper.h"
#include "model/offline/offlinesnapshot.h"
#include "model/session/session.h"
#include "model/session/sessionfactory.h"
#include "model/settings/profilestore.h"

#include <QPointer>
#include <QSet>

namespace latchkey {

struct ConnectionSweep::Run
{
    QPointer<QObject> context;
    Done done;
    QList<ConnectionProfile> pending;
    ConnectionProfile current;
    std::unique_ptr<Session> session;
    QList<SweptConnection> found;
};

namespace {
QString identityOf(const ConnectionProfile &profile)
{
    return TokenCache::endpointKey(profile.endpoint) + u'\n' + profile.userId;
}
} // namespace

ConnectionSweep::ConnectionSweep(SessionFactory *sessions, ProfileStore *profiles,
                                 const OfflineSnapshot *snapshots, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_profiles(profiles)
    , m_snapshots(snapshots)
{
    // One read at a time is plenty for a snapshot now and then.
    m_io.setMaxThreadCount(1);
}

ConnectionSweep::~ConnectionSweep() = default;

void ConnectionSweep::run(const QString &skipProfile, QObject *context, Done done)
{
    auto run = std::make_unique<Run>();
    run->context = context;
    run->done = std::move(done);
    QSet<QString> seen;
    if (const std::optional<ConnectionProfile> open = m_profiles->load(skipProfile))
        seen.insert(identityOf(*open));
    for (const ConnectionProfile &profile : m_profiles->list()) {
        if (profile.name == skipProfile || profile.userId.isEmpty())
            continue;
        // Two names for one account would remind of each token twice.
        if (seen.contains(identityOf(profile)))
            continue;
        seen.insert(identityOf(profile));
        run->pending.append(profile);
    }
    Run *started = run.get();
    m_runs.push_back(std::move(run));
    QMetaObject::invokeMethod(
        this, [this, started] { next(started); }, Qt::QueuedConnection);
}

void ConnectionSweep::next(Run *run)
{
    if (!run->context || run->pending.isEmpty()) {
        const QPointer<QObject> context = run->context;
        const Done done = std::move(run->done);
        const QList<SweptConnection> found = std::move(run->found);
        std::erase_if(m_runs, [run](const auto &owned) { return owned.get() == run; });
        if (context)
            done(found);
        return;
    }
    run->current = run->pending.takeFirst();
    m_sessions->open(
        run->current.name, this,
        [this, run](std::unique_ptr<Session> session, const SessionFactory::Error &) {
            if (!session) {
                fallBack(run);
                return;
            }
            run->session = std::move(session);
            // Through the keeper, so that the list is kept for offline use too.
            run->session->keeper()->listTokens(
                run->current.userId, this, [this, run](Result<QList<PersonalAccessToken>> listed) {
                    if (listed.ok())
                        run->found.append({run->current.name, run->session->endpointKey(),
                                           run->current.userId, std::move(listed).value(), false});
                    close(run, listed.ok());
                });
        });
}

void ConnectionSweep::close(Run *run, bool listed)
{
    // The keeper's snapshot write first: the session then goes without waiting for it.
    run->session->keeper()->flush(this, [this, run, listed] {
        run->session.release()->deleteLater();
        if (listed)
            next(run);
        else
            fallBack(run);
    });
}

void ConnectionSweep::fallBack(Run *run)
{
    if (!m_snapshots) {
        next(run);
        return;
    }
    const ConnectionProfile profile = run->current;
    m_io.start([this, run, profile, snapshots = OfflineSnapshot(m_snapshots->directory())] {
        std::optional<OfflineSnapshot::Data> kept = snapshots.load(profile.name, profile.userId);
        QMetaObject::invokeMethod(
            this,
            [this, run, profile, kept = std::move(kept)]() mutable {
                if (kept)
                    run->found.append({profile.name, TokenCache::endpointKey(profile.endpoint),
                                       profile.userId, std::move(kept->tokens), true});
                next(run);
            },
            Qt::QueuedConnection);
    });
}

} // namespace latchkey
