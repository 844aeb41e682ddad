// ConnectionKeeper: the one owner of an open session's last good lists,
// reachability and retry.
#include "model/offline/connectionkeeper.h"

#include "model/offline/offlinesnapshot.h"
#include "model/offline/snapshotrecorder.h"
#include "net/logtoclient.h"

#include <QPointer>

namespace latchkey {

namespace {

// A server that cannot be reached is "offline"; anything else is an answer.
bool meansOffline(const ApiError &error)
{
    return error.isRetryable() || error.kind() == ApiError::Kind::Network ||
           error.kind() == ApiError::Kind::Timeout;
}

} // namespace

ConnectionKeeper::ConnectionKeeper(LogtoClient *client, QString profile, QString endpoint,
                                   const OfflineSnapshot *snapshots, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(std::move(profile))
    , m_endpoint(std::move(endpoint))
    , m_snapshots(snapshots)
{
    // One writer, so that the newest list is the one that stays.
    m_io.setMaxThreadCount(1);
    m_retryTimer.setInterval(DefaultRetryInterval);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionKeeper::retryDue);
}

ConnectionKeeper::~ConnectionKeeper() = default;

void ConnectionKeeper::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

void ConnectionKeeper::begin()
{
    const bool wasRetrying = isRetrying();
    ++m_inFlight;
    if (isRetrying() != wasRetrying)
        emit retryingChanged(true);
}

void ConnectionKeeper::finish(const ApiError &outcome)
{
    const bool wasRetrying = isRetrying();
    --m_inFlight;
    note(outcome);
    if (isRetrying() != wasRetrying)
        emit retryingChanged(isRetrying());
}

void ConnectionKeeper::note(const ApiError &outcome)
{
    if (!outcome.isError()) {
        setState(State::Online);
        return;
    }
    if (outcome.kind() == ApiError::Kind::Cancelled)
        return;
    if (meansOffline(outcome)) {
        m_offlineError = outcome;
        // Counted from the last failure, so a retry never piles onto another.
        m_retryTimer.start();
        if (m_state == State::Offline)
            emit stillOffline(outcome);
        else
            setState(State::Offline);
        return;
    }
    if (m_state == State::Connecting)
        setState(State::Online);
}

void ConnectionKeeper::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state != State::Offline) {
        m_retryTimer.stop();
        m_offlineError = ApiError();
    }
    emit stateChanged(state);
}

void ConnectionKeeper::listTokens(const QString &userId, QObject *context,
                                  Callback<QList<PersonalAccessToken>> done)
{
    begin();
    m_client->listTokens(userId, this,
                         [this, userId, context = QPointer<QObject>(context),
                          done = std::move(done)](Result<QList<PersonalAccessToken>> result) {
                             if (result) {
                                 m_lists.insert(userId, result.value());
                                 m_lastSync = QDateTime::currentDateTime();
                                 keep([data = OfflineSnapshot::Data{m_profile,
                                                                    m_endpoint,
                                                                    userId,
                                                                    m_labels.value(userId),
                                                                    {},
                                                                    result.value()}](
                                          const OfflineSnapshot &snapshots,
                                          QString *error) { return snapshots.save(data, error); },
                                      userId);
                             }
                             finish(result ? ApiError() : result.error());
                             if (context)
                                 done(std::move(result));
                         });
}

void ConnectionKeeper::getUser(const QString &userId, QObject *context, Callback<User> done)
{
    begin();
    m_client->getUser(
        userId, this,
        [this, context = QPointer<QObject>(context), done = std::move(done)](Result<User> result) {
            finish(result ? ApiError() : result.error());
            if (context)
                done(std::move(result));
        });
}

void ConnectionKeeper::probe()
{
    begin();
    m_client->authenticate(
        this, [this](Result<Done> result) { finish(result ? ApiError() : result.error()); });
}

QList<PersonalAccessToken> ConnectionKeeper::lastList(const QString &userId) const
{
    return m_lists.value(userId);
}

void ConnectionKeeper::setUserLabel(const QString &userId, const QString &label)
{
    m_labels.insert(userId, label);
}

void ConnectionKeeper::keep(std::function<bool(const OfflineSnapshot &, QString *)> write,
                            const QString &userId)
{
    if (!m_snapshots) {
        QMetaObject::invokeMethod(
            this, [this, userId] { emit listKept(userId); }, Qt::QueuedConnection);
        return;
    }
    // Thousands of tokens are megabytes of JSON: written on the worker. The
    // keeper outlives every task (its pool waits for them), so answering through
    // it is safe; an answer still queued when it goes is dropped with it.
    m_io.start([this, userId, write = std::move(write),
                snapshots = OfflineSnapshot(m_snapshots->directory())] {
        QString error;
        const bool saved = write(snapshots, &error);
        QMetaObject::invokeMethod(
            this,
            [this, saved, error, userId] {
                if (saved)
                    emit listKept(userId);
                else
                    emit keepFailed(error);
            },
            Qt::QueuedConnection);
    });
}

void ConnectionKeeper::keepIssued(const PersonalAccessToken &token)
{
    keep(
        [profile = m_profile, endpoint = m_endpoint, label = m_labels.value(token.userId),
         token](const OfflineSnapshot &snapshots, QString *error) {
            return SnapshotRecorder(&snapshots)
                .recordIssued(profile, endpoint, label, token, error);
        },
        token.userId);
}

void ConnectionKeeper::keepRemoved(const QString &userId, const QString &name)
{
    keep(
        [profile = m_profile, userId, name](const OfflineSnapshot &snapshots, QString *error) {
            return SnapshotRecorder(&snapshots).recordRemoved(profile, userId, name, error);
        },
        userId);
}

void ConnectionKeeper::loadKeptList(const QString &userId, QObject *context,
                                    std::function<void(std::optional<KeptList>)> done)
{
    if (!m_snapshots) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> target(context);
    m_io.start([this, target, userId, profile = m_profile, done = std::move(done),
                snapshots = OfflineSnapshot(m_snapshots->directory())] {
        std::optional<KeptList> kept;
        // Megabytes of JSON and their rows for a big list: all of it off the GUI thread.
        if (std::optional<OfflineSnapshot::Data> data = snapshots.load(profile, userId))
            kept = KeptList{TokenRows::from(data->tokens), data->takenAt};
        QMetaObject::invokeMethod(
            this,
            [target, done, kept = std::move(kept)]() mutable {
                if (target)
                    done(std::move(kept));
            },
            Qt::QueuedConnection);
    });
}

void ConnectionKeeper::flush(QObject *context, std::function<void()> done)
{
    QPointer<QObject> target(context);
    m_io.start([this, target, done = std::move(done)] {
        QMetaObject::invokeMethod(
            this,
            [target, done] {
                if (target)
                    done();
            },
            Qt::QueuedConnection);
    });
}

} // namespace latchkey
