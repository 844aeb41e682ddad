#include "model/operations/rotationjournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    }
    return true;
}
// Whether a lock's owner was a process of this machine that no longer runs.
bool ownerIsGone(qint64 pid, const QString &host)
{
#ifdef Q_OS_UNIX
    return pid > 0 && pid <= std::numeric_limits<pid_t>::max() &&
           (host.isEmpty() || host == QSysInfo::machineHostName()) && ::kill(pid_t(pid), 0) == -1 &&
           errno == ESRCH;
#else
    // Elsewhere Qt's own stale-lock check is all there is.
    Q_UNUSED(pid);
    Q_UNUSED(host);
    return false;
#endif
}

} // namespace

RotationJournal::RotationJournal(QString directory)
    : m_directory(std::move(directory))
{}

QString RotationJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal"_s;
}

QString RotationJournal::filePath(const QString &id) const
{
    return m_directory + u'/' + id + u".json"_s;
}

bool RotationJournal::ensureDirectory(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QFile::setPermissions(m_directory, OwnerOnly | QFileDevice::ExeOwner);
    return true;
}

bool RotationJournal::write(const RotationRecord &record, QString *error)
{
    if (!isSafeId(record.id)) {
        if (error)
            *error = tr("The rotation has no valid identifier.");
        return false;
    }
    if (!ensureDirectory(error))
        return false;

    QSaveFile file(filePath(record.id));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    // QSaveFile gives a new file the umask's permissions; the journal is nobody else's business.
    file.setPermissions(OwnerOnly);
    file.write(QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

bool RotationJournal::remove(const QString &id, QString *error)
{
    if (!isSafeId(id))
        return true;
    QFile file(filePath(id));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = tr("Cannot remove %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

QList<RotationRecord> RotationJournal::pending(const QString &profile, QStringList *problems) const
{
    QList<RotationRecord> records;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        std::optional<RotationRecord> record;
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024));
            record = RotationRecord::fromJson(document.object());
        }
        if (!record || record->id + u".json"_s != name) {
            if (problems)
                problems->append(tr("The rotation journal %1 cannot be read.")
                                     .arg(QDir::toNativeSeparators(file.fileName())));
            continue;
        }
        if (profile.isEmpty() || record->profile == profile)
            records.append(*record);
    }
    std::sort(records.begin(), records.end(), [](const RotationRecord &a, const RotationRecord &b) {
        return a.startedAt < b.startedAt;
    });
    return records;
}

std::unique_ptr<QLockFile> RotationJournal::claim(const QString &id) const
{
    if (!isSafeId(id) || !QDir().mkpath(m_directory))
        return nullptr;
    auto lock = std::make_unique<QLockFile>(m_directory + u'/' + id + u".lock"_s);
    // A rotation is a handful of calls; a lock this old belongs to no live rotation.
    lock->setStaleLockTime(std::chrono::minutes(10));
    if (lock->tryLock(std::chrono::milliseconds(0)))
        return lock;
    if (lock->error() != QLockFile::LockFailedError)
        return nullptr;
    // A process killed inside QLockFile leaves one of two things that keep Qt from
    // taking over a dead holder's lock. The lock itself may be left empty (QLockFile
    // creates the file, then writes its owner into it); Qt takes an owner it cannot
    // read for live until the stale time. Or the ".rmlock" guard Qt takes while it
    // removes a stale lock is left behind; Qt then removes no stale lock at all until
    // the guard's own stale time (30 s) is up. Every start meanwhile would skip this
    // record. Such a lock is removed here: an empty one once it is older than any live
    // owner needs to write it, one whose owner is gone at once. removeStaleLockFile()
    // takes the holder's flock() first, so a live holder keeps its lock either way.
    qint64 pid = 0;
    QString host, application;
    const bool unreadable = !lock->getLockInfo(&pid, &host, &application);
    const QFileInfo file(m_directory + u'/' + id + u".lock"_s);
    const bool abandoned = unreadable
                               ? file.lastModified().msecsTo(QDateTime::currentDateTime()) >= 1000
                               : ownerIsGone(pid, host);
    if (!abandoned || !lock->removeStaleLockFile() || !lock->tryLock(std::chrono::milliseconds(0)))
        return nullptr;
    return lock;
}

} // namespace latchkey
