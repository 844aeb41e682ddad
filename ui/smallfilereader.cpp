#include "ui/smallfilereader.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace latchkey {

void SmallFileReader::read(const QString &path, qint64 maxBytes, QObject *context, Completion done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([path, maxBytes, guard, done = std::move(done)] {
        // shared_ptr: the functor handed to invokeMethod must be copyable.
        auto content = std::make_shared<SecretBytes>();
        QString error;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error =
                tr("Cannot open \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString());
        } else if (file.size() > maxBytes) {
            error = tr("\"%1\" is too large (more than %2 KiB).")
                        .arg(QFileInfo(path).fileName())
                        .arg(maxBytes / 1024);
        } else {
            *content = SecretBytes(file.read(maxBytes));
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, content, error, done] {
                if (guard)
                    done(std::move(*content), error);
                else
                    content->clear();
            },
            Qt::QueuedConnection);
    });
}

} // namespace latchkey
