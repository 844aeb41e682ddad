// ConnectionKeeper: the one owner, for either front, of what an open session
// knows about its server: the reads of lists and users go through it; it keeps
// each user's last good list (in memory and, when snapshots are kept, on disk),
// knows whether the server answers (connecting, online, offline), says when to
// try again while offline, and reads the kept lists back for an offline view.
#pragma once

#include "model/items/tokenrows.h"
#include "net/apierror.h"
#include "net/personalaccesstoken.h"
#include "net/result.h"
#include "net/user.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace latchkey {

class LogtoClient;
class OfflineSnapshot;

class ConnectionKeeper : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Connecting, // nothing has answered yet
        Online,     // the server answered (a refusal such as 401 is an answer too)
        Offline,    // it could not be reached; only a good answer ends this
    };
    Q_ENUM(State)

    // A list kept on disk, made into rows on a worker.
    struct KeptList
    {
        TokenRows rows;
        QDateTime takenAt; // UTC
    };

    template<typename T> using Callback = std::function<void(Result<T>)>;

    static constexpr std::chrono::milliseconds DefaultRetryInterval{30000};

    // client is not owned and must outlive the keeper; snapshots may be null (no
    // lists kept on disk). profile and endpoint name the snapshots.
    ConnectionKeeper(LogtoClient *client, QString profile, QString endpoint,
                     const OfflineSnapshot *snapshots, QObject *parent = nullptr);
    // Finishes the snapshot writes still queued.
    ~ConnectionKeeper() override;

    State state() const { return m_state; }
    bool isOffline() const { return m_state == State::Offline; }
    // Why the server is offline (the last failure), while it is.
    ApiError offlineError() const { return m_offlineError; }
    // Offline with a read on its way: a retry is running.
    bool isRetrying() const { return m_state == State::Offline && m_inFlight > 0; }
    // While offline, retryDue() comes this long after the last failure, and
    // again every interval until a good answer.
    void setRetryInterval(std::chrono::milliseconds interval);

    // Reads. Each callback runs once, later, and not at all once context is
    // destroyed; the outcome counts for the state either way.
    void listTokens(const QString &userId, QObject *context,
                    Callback<QList<PersonalAccessToken>> done);
    void getUser(const QString &userId, QObject *context, Callback<User> done);
    // Asks for a bearer token, to learn whether the server answers when no list
    // is read (a connection with no user of its own).
    void probe();
    // The outcome of a read made elsewhere (the user list): None for a good answer.
    void note(const ApiError &outcome);

    // The user's last good list read by this session (empty when none yet).
    QList<PersonalAccessToken> lastList(const QString &userId) const;
    bool hasList(const QString &userId) const { return m_lists.contains(userId); }
    // When the last good list arrived (invalid before the first).
    QDateTime lastSync() const { return m_lastSync; }
    // What the user is called where the kept lists are shown (the inspector).
    void setUserLabel(const QString &userId, const QString &label);

    // The user's list kept on disk, read and made into rows on a worker;
    // nullopt when none is kept (or it cannot be read).
    void loadKeptList(const QString &userId, QObject *context,
                      std::function<void(std::optional<KeptList>)> done);
    // Keeps a single change in the user's kept list without listing (latchkeyctl):
    // a token just issued (replacing one of the same name), or one gone.
    void keepIssued(const PersonalAccessToken &token);
    void keepRemoved(const QString &userId, const QString &name);
    // done runs once every write queued before this call has finished.
    void flush(QObject *context, std::function<void()> done);

signals:
    void stateChanged(latchkey::ConnectionKeeper::State state);
    // A read failed for want of the server while already offline (a retry that
    // did not work); the error may say something new.
    void stillOffline(const latchkey::ApiError &error);
    void retryingChanged(bool retrying);
    // Offline for a while: time to read again.
    void retryDue();
    // A good list was kept (on disk when snapshots are kept), or could not be.
    void listKept(const QString &userId);
    void keepFailed(const QString &error);

private:
    void begin();
    void finish(const ApiError &outcome);
    void setState(State state);
    void keep(std::function<bool(const OfflineSnapshot &, QString *)> write, const QString &userId);

    LogtoClient *m_client;
    QString m_profile;
    QString m_endpoint;
    const OfflineSnapshot *m_snapshots;
    State m_state = State::Connecting;
    ApiError m_offlineError;
    int m_inFlight = 0;
    QTimer m_retryTimer;
    QHash<QString, QList<PersonalAccessToken>> m_lists;
    QHash<QString, QString> m_labels;
    QDateTime m_lastSync;
    // Last member: destroyed first, it finishes the writes still queued; reads
    // queue behind the writes, so they find the newest list.
    QThreadPool m_io;
};

} // namespace latchkey
