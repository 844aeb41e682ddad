// RefreshLock: one refresh of a profile's sign-in at a time, across processes.
#include "net/refreshlock.h"

#include "net/netlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace latchkey {

RefreshLock::RefreshLock(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_file(path)
{
    // A live holder is never taken over, whatever its age (a slow refresh is
    // still a refresh); a dead one is (QLockFile checks the PID). Two minutes
    // only guard against a holder on another host sharing the folder.
    m_file.setStaleLockTime(2min);
    m_poll.setInterval(PollInterval);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &RefreshLock::attempt);
}

RefreshLock::~RefreshLock()
{
    if (m_held)
        m_file.unlock();
}

void RefreshLock::acquire(milliseconds patience, QObject *context, Granted granted)
{
    m_wishes.append({context, std::move(granted), QDeadlineTimer(patience)});
    if (!m_held && !m_poll.isActive())
        QMetaObject::invokeMethod(this, &RefreshLock::attempt, Qt::QueuedConnection);
}

void RefreshLock::release()
{
    if (!m_held)
        return;
    m_file.unlock();
    m_held = false;
    if (!m_wishes.isEmpty() && !m_poll.isActive())
        QMetaObject::invokeMethod(this, &RefreshLock::attempt, Qt::QueuedConnection);
}

void RefreshLock::attempt()
{
    if (m_held)
        return;
    // Wishes whose asker went away, or whose patience ran out, end first.
    while (!m_wishes.isEmpty() &&
           (!m_wishes.first().context || m_wishes.first().deadline.hasExpired())) {
        Wish wish = m_wishes.takeFirst();
        if (wish.context) {
            NetLog::info(u"refresh lock %1 busy for too long"_s.arg(QFileInfo(m_path).fileName()));
            wish.granted(false);
        }
    }
    if (m_wishes.isEmpty())
        return;
    if (!m_folderReady) {
        // The runtime folder is the user's alone; the lock's folder too.
        const QString folder = QFileInfo(m_path).absolutePath();
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_folderReady = true;
    }
    if (!m_file.tryLock(0)) {
        if (m_file.error() == QLockFile::PermissionError ||
            m_file.error() == QLockFile::UnknownError) {
            // Nothing to wait for: the lock cannot be made at all.
            NetLog::info(u"refresh lock %1 cannot be made"_s.arg(m_path));
            const QList<Wish> wishes = std::exchange(m_wishes, {});
            for (const Wish &wish : wishes) {
                if (wish.context)
                    wish.granted(false);
            }
            return;
        }
        m_poll.start();
        return;
    }
    m_held = true;
    Wish wish = m_wishes.takeFirst();
    if (!wish.context) {
        release();
        return;
    }
    wish.granted(true); // the holder calls release() when its turn ends
}

} // namespace latchkey
