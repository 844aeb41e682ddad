// bench_scan: the where-used scan over a 1 GiB tree (issue 16): MB/s read and
// scanned on one thread (target >= 200 MB/s), the same with the scan on
// TokenScanner's worker while the probe measures the GUI thread (target: never
// blocked > 16 ms), and the in-memory text rate of the candidate finder.
//
// The tree is made once (about 1 GiB of text in 2048 files of 512 KiB in 64
// folders, plus 64 binary files) under $LATCHKEY_BENCH_SCAN_DIR, default
// <build>/bench-scan-tree; it is kept between runs and read from the page
// cache after the first (the figure is the scanner's, not the disk's).
#include "model/scan/filescanner.h"
#include "model/scan/tokenscanner.h"
#include "net/tokenfingerprint.h"
#include "tests/bench/latencyprobe.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

constexpr int kFolders = 64;
constexpr int kFilesPerFolder = 32;
constexpr qint64 kFileBytes = 512 * 1024;
const QByteArray kKnown = "pat_" + QByteArray("BenchKnownToken0123456789abcdefX");

// Text that looks like what sits in home folders and projects: logs, code,
// base64 blobs, URLs, the odd JWT and unknown token; a known token once a file.
QByteArray textFile(QRandomGenerator &random, int index)
{
    static const char *const lines[] = {
        "2026-11-28T10:15:02.123Z INFO  request handled path=/api/users/42 status=200 ms=12\n",
        "    const auto configuration = loadConfiguration(environment, defaultSettingsPath);\n",
        "export PATH=\"$HOME/.local/bin:$PATH\"  # added by the installer\n",
        "git commit -m 'Refactor the session handling and fix the retry policy'\n",
        "https://registry.example.com/v2/library/alpine/manifests/3.20?digest=sha256\n",
        "\"dependencies\": {\"left-pad\": \"^1.3.0\", \"some-long-package-name\": \"~2.0.1\"},\n",
    };
    QByteArray out;
    out.reserve(kFileBytes + 256);
    const int knownLine = int(random.bounded(2000));
    for (int line = 0; out.size() < kFileBytes; ++line) {
        const quint32 pick = random.bounded(100);
        if (line == knownLine) {
            out += "LOGTO_PAT=" + kKnown + "\n";
        } else if (pick < 8) {
            QByteArray blob(60, Qt::Uninitialized);
            for (char &c : blob)
                c = char(random.bounded(256));
            out += blob.toBase64() + "\n";
        } else if (pick == 8 && index % 16 == 0) {
            out += "Authorization: Bearer "
                   "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9.c2lnbmF0dXJlc2lnbmF0dXJl\n";
        } else {
            out += lines[pick % std::size(lines)];
        }
    }
    out.truncate(kFileBytes);
    return out;
}

QString treeRoot()
{
    const QString given = qEnvironmentVariable("LATCHKEY_BENCH_SCAN_DIR");
    return given.isEmpty() ? QCoreApplication::applicationDirPath() + u"/../../bench-scan-tree"_s
                           : given;
}

// Makes the tree unless a finished one is there.
QString ensureTree()
{
    const QString root = QDir::cleanPath(treeRoot());
    if (QFile::exists(root + u"/.complete"_s))
        return root;
    QDir(root).removeRecursively();
    QRandomGenerator random(16);
    for (int folder = 0; folder < kFolders; ++folder) {
        const QString dir = root + u"/project-%1/src"_s.arg(folder, 2, 10, QChar(u'0'));
        QDir().mkpath(dir);
        for (int file = 0; file < kFilesPerFolder; ++file) {
            QFile out(dir + u"/file-%1.txt"_s.arg(file, 3, 10, QChar(u'0')));
            if (!out.open(QIODevice::WriteOnly))
                qFatal("cannot write the benchmark tree at %s", qPrintable(root));
            out.write(textFile(random, folder * kFilesPerFolder + file));
        }
        QFile binary(dir + u"/image.bin"_s);
        if (binary.open(QIODevice::WriteOnly))
            binary.write(QByteArray(256 * 1024, '\0'));
    }
    QFile marker(root + u"/.complete"_s);
    marker.open(QIODevice::WriteOnly);
    return root;
}

TokenScanner::Request request()
{
    ScanToken known;
    known.fingerprint = TokenFingerprint::of(kKnown);
    known.name = u"bench"_s;
    known.connection = u"bench"_s;
    return {{ensureTree()}, {known}};
}

void report(benchmark::State &state, const ScanReport &last, qint64 bytes)
{
    state.SetBytesProcessed(bytes);
    state.counters["files"] = last.totals.filesRead;
    state.counters["findings"] = double(last.findings.size());
    state.counters["MB_per_s"] =
        benchmark::Counter(double(bytes) / 1e6, benchmark::Counter::kIsRate);
}

// The whole tree on the calling thread.
void BM_ScanTree(benchmark::State &state)
{
    const TokenScanner::Request scan = request();
    std::atomic_bool cancelled = false;
    qint64 bytes = 0;
    ScanReport last;
    for (auto _ : state) {
        last = TokenScanner::run(scan, cancelled);
        bytes += last.totals.bytesRead;
    }
    report(state, last, bytes);
}
BENCHMARK(BM_ScanTree)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(5);

// The same on TokenScanner's worker, with the probe on this (the GUI) thread,
// which gets the progress and findings signals.
void BM_ScanTreeGuiThread(benchmark::State &state)
{
    const TokenScanner::Request scan = request();
    double worst = 0;
    qint64 bytes = 0;
    ScanReport last;
    for (auto _ : state) {
        TokenScanner scanner;
        bool done = false;
        QObject::connect(&scanner, &TokenScanner::finished, [&](const ScanReport &report) {
            last = report;
            done = true;
        });
        worst = std::max(worst,
                         LatencyProbe::measure([&] { scanner.start(scan); }, [&] { return done; }));
        bytes += last.totals.bytesRead;
    }
    report(state, last, bytes);
    state.counters["gui_blocked_max_ms"] = worst;
}
BENCHMARK(BM_ScanTreeGuiThread)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(5);

// The candidate finder and line counting alone, on 64 MiB in memory.
void BM_ScanText(benchmark::State &state)
{
    QRandomGenerator random(7);
    QByteArray text;
    for (int i = 0; text.size() < 64 * 1024 * 1024; ++i)
        text += textFile(random, i);
    ScanToken known;
    known.fingerprint = TokenFingerprint::of(kKnown);
    const ScanCatalog catalog({known});
    FileScanner scanner(&catalog, QDateTime::currentDateTimeUtc());
    QList<ScanFinding> findings;
    for (auto _ : state) {
        findings.clear();
        scanner.scanText(text, u"bench"_s, &findings);
        benchmark::DoNotOptimize(findings);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * text.size());
    state.counters["findings"] = double(findings.size());
}
BENCHMARK(BM_ScanText)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
