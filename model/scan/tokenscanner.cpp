#include "model/scan/tokenscanner.h"

#include "model/scan/scancatalog.h"
#include "model/scan/scanwalker.h"
#include "net/tokenfingerprint.h"

#include <QElapsedTimer>

namespace latchkey {

TokenScanner::TokenScanner(QObject *parent)
    : QObject(parent)
{
    m_worker.setMaxThreadCount(1);
    qRegisterMetaType<ScanProgress>();
    qRegisterMetaType<ScanReport>();
}

TokenScanner::~TokenScanner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_worker.waitForDone();
}

void TokenScanner::start(Request request)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    const int generation = ++m_generation;
    // The worker posts to this object; ~TokenScanner waits for it, and events
    // still queued for a destroyed object are dropped with it. Only the newest
    // scan's posts are delivered.
    m_worker.start([this, generation, cancel = m_cancel, request = std::move(request)] {
        const ScanReport report =
            run(request, *cancel,
                [this, generation](const ScanProgress &now, const QList<ScanFinding> &fresh) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, now, fresh] {
                            if (generation != m_generation)
                                return;
                            if (!fresh.isEmpty())
                                emit found(fresh);
                            emit progress(now);
                        },
                        Qt::QueuedConnection);
                });
        // The scan fingerprinted on this pool thread (found by LeakSanitizer in
        // latchkeyctl where, which exits right after).
        TokenFingerprint::releaseThreadState();
        QMetaObject::invokeMethod(
            this,
            [this, generation, report] {
                if (generation != m_generation)
                    return;
                m_running = false;
                emit finished(report);
            },
            Qt::QueuedConnection);
    });
}

void TokenScanner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

ScanReport TokenScanner::run(const Request &request, const std::atomic_bool &cancelled,
                             const Progress &progress, std::chrono::milliseconds interval)
{
    QElapsedTimer clock;
    clock.start();
    const ScanCatalog catalog(request.tokens);
    FileScanner scanner(&catalog, QDateTime::currentDateTimeUtc(), request.maxFileBytes);
    ScanReport report;
    ScanProgress &totals = report.totals;
    qsizetype reported = 0;
    qint64 lastReport = 0;
    auto tell = [&](bool force) {
        if (!progress || (!force && clock.elapsed() - lastReport < interval.count()))
            return;
        lastReport = clock.elapsed();
        progress(totals, report.findings.mid(reported));
        reported = report.findings.size();
    };
    auto skip = [&](const QString &path, ScanSkip::Reason reason) {
        ++totals.filesSkipped;
        if (report.skipped.size() < ScanReport::MaxSkipsListed)
            report.skipped.append({path, reason});
    };
    const bool complete = ScanWalker::walk(
        request.places,
        [&](const ScanWalker::File &file) {
            if (cancelled.load(std::memory_order_relaxed))
                return false;
            totals.currentPath = file.shownPath;
            qint64 bytes = 0;
            switch (scanner.scanFile(file.nativePath, file.shownPath, file.followLink,
                                     &report.findings, &bytes)) {
            case FileScanner::Outcome::Read:
                ++totals.filesRead;
                break;
            case FileScanner::Outcome::TooLarge:
                skip(file.shownPath, ScanSkip::Reason::TooLarge);
                break;
            case FileScanner::Outcome::Binary:
                skip(file.shownPath, ScanSkip::Reason::Binary);
                break;
            case FileScanner::Outcome::Unreadable:
                skip(file.shownPath, ScanSkip::Reason::Unreadable);
                break;
            }
            totals.bytesRead += bytes;
            totals.findings = int(report.findings.size());
            tell(false);
            return true;
        },
        skip);
    report.cancelled = !complete || cancelled.load();
    totals.currentPath.clear();
    report.elapsedMs = clock.elapsed();
    tell(true);
    return report;
}

} // namespace latchkey
