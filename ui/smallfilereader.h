// SmallFileReader: reads a small file the user chose (a dropped token, a key
// or key set) on a worker thread and hands the bytes back on the GUI thread.
#pragma once

#include "net/secretbytes.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace latchkey {

class SmallFileReader
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::SmallFileReader)

public:
    // content is empty and error says why for a missing, unreadable or too large
    // file. done runs on context's thread, and not at all once context is gone.
    using Completion = std::function<void(SecretBytes content, QString error)>;
    static void read(const QString &path, qint64 maxBytes, QObject *context, Completion done);
};

} // namespace latchkey
