// FileScanner: the where-used scan of one file: read within the size limit,
// binary files left alone, every candidate fingerprinted and looked up, and
// each hit placed by line and column. The bytes read are wiped, never kept.
#pragma once

#include "model/scan/candidatefinder.h"
#include "model/scan/scancatalog.h"
#include "model/scan/scanfinding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace latchkey {

class FileScanner
{
public:
    enum class Outcome { Read, TooLarge, Binary, Unreadable };

    static constexpr qint64 DefaultMaxBytes = 8 * 1024 * 1024;

    // catalog is not owned and must outlive the scanner; now decides "expired".
    FileScanner(const ScanCatalog *catalog, const QDateTime &now,
                qint64 maxBytes = DefaultMaxBytes);
    ~FileScanner();
    FileScanner(const FileScanner &) = delete;
    FileScanner &operator=(const FileScanner &) = delete;

    // Reads a regular file; with followLink false a symbolic link is refused.
    // Findings carry shownPath. bytesRead is what was read (0 when skipped early).
    Outcome scanFile(const QByteArray &nativePath, const QString &shownPath, bool followLink,
                     QList<ScanFinding> *findings, qint64 *bytesRead);
    // The same for text already in memory.
    void scanText(QByteArrayView text, const QString &shownPath,
                  QList<ScanFinding> *findings) const;

private:
    bool reportable(QByteArrayView candidate, TokenFormat *format) const;

    const ScanCatalog *m_catalog;
    QDateTime m_now;
    qint64 m_maxBytes;
    CandidateFinder m_finder;
    std::unique_ptr<char[]> m_buffer;
    qint64 m_used = 0; // bytes of m_buffer that held file content
};

} // namespace latchkey
