// ScanReport: what a where-used scan read, skipped and found; ScanProgress is
// the running count a front shows while it works.
#pragma once

#include "model/scan/scanfinding.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace latchkey {

struct ScanProgress
{
    int filesRead = 0;
    qint64 bytesRead = 0;
    int filesSkipped = 0;
    int findings = 0;
    QString currentPath;
};

struct ScanSkip
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::ScanSkip)

public:
    enum class Reason {
        TooLarge,    // over the size limit
        Binary,      // holds a NUL byte
        Unreadable,  // permission, I/O error, a dangling or looping link
        LinkOutside, // a symbolic link that leads out of the folder being scanned
    };
    QString path;
    Reason reason = Reason::Unreadable;

    static QString reasonText(Reason reason);
    static QString reasonId(Reason reason);
};

struct ScanReport
{
    static constexpr int MaxSkipsListed = 200;

    QList<ScanFinding> findings; // by path, line, column
    ScanProgress totals;
    QList<ScanSkip> skipped; // the first MaxSkipsListed; totals.filesSkipped counts all
    bool cancelled = false;
    qint64 elapsedMs = 0;

    QList<ScanFinding> findingsFor(const QByteArray &fingerprint) const;
    bool hasDeadTokens() const;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::ScanProgress)
Q_DECLARE_METATYPE(latchkey::ScanReport)
