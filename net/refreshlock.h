// RefreshLock: the lock that lets only one refresh of a profile's sign-in run
// at a time, in this process and in every other (the app and each latchkeyctl):
// Logto rotates the refresh token on every use and ends the whole sign-in when
// a replaced one comes back more than ~3 s later (docs/logto-api.md). A
// QLockFile in the user's runtime folder, polled from the event loop so that
// waiting never blocks the thread; a holder that died leaves a stale lock that
// the next one takes over.
#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace latchkey {

class RefreshLock : public QObject
{
    Q_OBJECT
public:
    using Granted = std::function<void(bool acquired)>;

    explicit RefreshLock(const QString &path, QObject *parent = nullptr);
    // Releases the lock if held.
    ~RefreshLock() override;

    // Queues a wish for the lock: granted(true) once this object holds it (wishes
    // are served one after another, each until release()), granted(false) when
    // it could not be had within `patience`. Not called once context is gone.
    void acquire(std::chrono::milliseconds patience, QObject *context, Granted granted);
    // Ends the current holder's turn; the next wish (if any) goes on.
    void release();
    QString path() const { return m_path; }

    // How often a busy lock is tried again.
    static constexpr std::chrono::milliseconds PollInterval{25};

private:
    struct Wish
    {
        QPointer<QObject> context;
        Granted granted;
        QDeadlineTimer deadline;
    };
    void attempt();

    QString m_path;
    QLockFile m_file;
    QTimer m_poll;
    QList<Wish> m_wishes;
    bool m_held = false;
    bool m_folderReady = false;
};

} // namespace latchkey
