// fuzz_journal: libFuzzer target for the rotation journal reader: arbitrary file contents
// through RotationJournal::pending (the code path a restart takes) and RotationRecord.
#include "model/operations/rotationjournal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const RotationJournal journal(dir.path());
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The record as a JSON object: whatever parses must survive a round trip unchanged.
    const std::optional<RotationRecord> record =
        RotationRecord::fromJson(QJsonDocument::fromJson(bytes).object());
    if (record) {
        const std::optional<RotationRecord> again = RotationRecord::fromJson(record->toJson());
        if (!again || again->toJson() != record->toJson())
            __builtin_trap();
    }

    // The same bytes as a journal file named after the record it claims to be.
    QString id = record ? record->id : QString();
    const bool safe =
        !id.isEmpty() && id.size() <= 64 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
            return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-';
        });
    if (!safe)
        id = u"r0"_s;
    const QString path = dir.filePath(id + u".json"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
    }
    QStringList problems;
    const QList<RotationRecord> pending = journal.pending({}, &problems);
    // A file is either a record or a named problem, never silently dropped.
    if (pending.size() + problems.size() != 1)
        __builtin_trap();
    QFile::remove(path);
    return 0;
}
