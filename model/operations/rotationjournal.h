// RotationJournal: the on-disk log of rotations in flight, so that a rotation
// cut short by a crash, a kill or a lost connection is finished at the next start.
#pragma once

#include "model/operations/rotationrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace latchkey {

class RotationJournal
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::RotationJournal)

public:
    // One file per rotation under directory, readable by the owner only.
    explicit RotationJournal(QString directory = defaultDirectory());

    // QStandardPaths::AppDataLocation + "/journal".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Replaces the record's file atomically (QSaveFile: written, synced, renamed).
    bool write(const RotationRecord &record, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);

    // The records of one profile (every profile when empty). Files that cannot be
    // read are left alone and named in *problems.
    QList<RotationRecord> pending(const QString &profile = {},
                                  QStringList *problems = nullptr) const;

    // Guards one rotation against a second process (GUI and CLI) working on it.
    // nullptr while a live process holds it; a dead holder's lock is taken over.
    std::unique_ptr<QLockFile> claim(const QString &id) const;

private:
    QString filePath(const QString &id) const;
    bool ensureDirectory(QString *error);

    QString m_directory;
};

} // namespace latchkey
