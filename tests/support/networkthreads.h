// networkThreadsEnded: whether every QNetworkAccessManager thread of this process
// has ended completely. A manager does its HTTP, TLS included, on a thread of its own
// and waits for it when destroyed, but OpenSSL frees that thread's state in a
// thread-local destructor that runs after the wait: a test that exits right after
// its last HTTPS client went can be cut off in the middle of it, and LeakSanitizer
// then reports the state as leaked. /proc lists a thread until it has wholly ended.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace latchkey::test {

inline bool networkThreadsEnded()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        // Qt names the thread "QNetworkAccessManager thread"; the kernel keeps 15 bytes.
        QFile name(tasks.filePath(task + QStringLiteral("/comm")));
        if (name.open(QIODevice::ReadOnly) && name.readAll().startsWith("QNetworkAccess"))
            return false;
    }
    return true;
}

} // namespace latchkey::test
