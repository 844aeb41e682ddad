// TokenScanner: the where-used scan: looks for copies of known tokens (and
// tokens of a known format Latchkey does not know) in the files of some
// places, on a worker thread, cancellable, with progress. Findings name the
// file, line, column and token; a value is never printed, logged or kept.
#pragma once

#include "model/scan/filescanner.h"
#include "model/scan/scanreport.h"
#include "model/scan/scantoken.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace latchkey {

class TokenScanner : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QStringList places;      // files and folders, already expanded
        QList<ScanToken> tokens; // what Latchkey knows
        qint64 maxFileBytes = FileScanner::DefaultMaxBytes;
    };
    // The running totals and the findings since the last call.
    using Progress = std::function<void(const ScanProgress &, const QList<ScanFinding> &)>;

    explicit TokenScanner(QObject *parent = nullptr);
    // Cancels a running scan and waits for its worker.
    ~TokenScanner() override;

    // Starts a scan on the worker; a scan already running is dropped (no
    // finished for it). progress() and found() come at most ten times a second.
    void start(Request request);
    // finished() follows, with cancelled set.
    void cancel();
    bool isRunning() const { return m_running; }

    // The scan on the calling thread (the worker, latchkeyctl, benchmarks);
    // progress is called at most once per interval, and once at the end.
    static ScanReport run(const Request &request, const std::atomic_bool &cancelled,
                          const Progress &progress = {},
                          std::chrono::milliseconds interval = std::chrono::milliseconds(100));

signals:
    void progress(const latchkey::ScanProgress &progress);
    void found(const QList<latchkey::ScanFinding> &findings);
    void finished(const latchkey::ScanReport &report);

private:
    QThreadPool m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace latchkey
