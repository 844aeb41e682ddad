// Benchmark 2: a 10k-token Logto list answer into the table, the way a refresh
// does it: JSON -> fingerprints (values wiped) -> TokenListModel rows.
#include "model/items/tokenlistmodel.h"
#include "model/items/tokenrows.h"
#include "model/offline/offlinesnapshot.h"
#include "net/logtoclient.h"
#include "net/responseparser.h"
#include "net/secretbytes.h"
#include "tests/bench/benchtokens.h"
#include "tests/bench/latencyprobe.h"
#include "tests/bench/sandboxprocess.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

// The received body holds every plaintext value, so it is wiped as part of the work.
void parseIntoModel(QByteArray &body, TokenListModel &model)
{
    const Result<QList<PersonalAccessToken>> tokens = ResponseParser::tokens(body);
    SecretBytes::wipe(body);
    if (!tokens)
        qFatal("the benchmark's list answer did not parse");
    model.setTokens(BenchTokens::userId(), tokens.value());
}

void BM_ParseIntoModel(benchmark::State &state)
{
    const int count = int(state.range(0));
    const QByteArray response = BenchTokens::listResponse(count);
    for (auto _ : state) {
        state.PauseTiming();
        QByteArray body(response.constData(), response.size()); // a private copy to wipe
        auto model = std::make_unique<TokenListModel>();
        state.ResumeTiming();
        parseIntoModel(body, *model);
        state.PauseTiming();
        if (model->rowCount() != count)
            state.SkipWithError("row count mismatch");
        model.reset();
        state.ResumeTiming();
    }
    state.counters["body_bytes"] = double(response.size());
}

void BM_ParseOnly(benchmark::State &state)
{
    const QByteArray response = BenchTokens::listResponse(int(state.range(0)));
    for (auto _ : state) {
        auto tokens = ResponseParser::tokens(response);
        benchmark::DoNotOptimize(tokens);
    }
}

void BM_ParseGuiBlock(benchmark::State &state)
{
    const int count = int(state.range(0));
    const QByteArray response = BenchTokens::listResponse(count);
    for (auto _ : state) {
        QByteArray body(response.constData(), response.size());
        TokenListModel model;
        bool done = false;
        const double worst = LatencyProbe::measure(
            [&] {
                parseIntoModel(body, model);
                done = true;
            },
            [&] { return done; });
        state.SetIterationTime(worst / 1e3);
    }
}

} // namespace

// The GUI thread's longest freeze during a refresh of the whole list. The sandbox
// is seeded with 10k tokens, most on its primary user, so that a whole refresh
// runs as in the app: HTTP on loopback, the parse on LogtoClient's worker
// thread, the rows made on a worker as TokensPage does, and swapped in on this
// (GUI) thread.
void BM_RefreshOverHttpGuiBlock(benchmark::State &state)
{
    static SandboxProcess sandbox({u"--seed-tokens"_s, u"10000"_s});
    int rows = 0;
    for (auto _ : state) {
        TokenListModel model;
        QThreadPool rowMaker;
        bool done = false;
        const double worst = LatencyProbe::measure(
            [&] {
                sandbox.client()->listTokens(
                    sandbox.userId(), &model, [&](Result<QList<PersonalAccessToken>> tokens) {
                        if (!tokens) {
                            done = true;
                            return;
                        }
                        rowMaker.start([&, list = tokens.value()] {
                            QMetaObject::invokeMethod(
                                &model,
                                [&, made = TokenRows::from(list)]() mutable {
                                    model.setRows(sandbox.userId(), std::move(made));
                                    done = true;
                                },
                                Qt::QueuedConnection);
                        });
                    });
            },
            [&] { return done; });
        rows = model.rowCount();
        state.SetIterationTime(worst / 1e3);
    }
    state.counters["rows"] = rows;
}

// Going offline with a saved list: the snapshot file is read and its rows made on a
// worker, as MainWindow::showSnapshots does, and swapped in on this (GUI) thread. The
// worker's time (read_and_rows_ms) is what the GUI thread spent before that moved.
void BM_OfflineSnapshotGuiBlock(benchmark::State &state)
{
    const int count = int(state.range(0));
    QTemporaryDir dir;
    const OfflineSnapshot snapshots(dir.path());
    OfflineSnapshot::Data saved;
    saved.profile = u"bench"_s;
    saved.endpoint = u"http://127.0.0.1:3001"_s;
    saved.userId = BenchTokens::userId();
    saved.tokens = BenchTokens::tokens(count);
    QString error;
    if (!snapshots.save(saved, &error))
        qFatal("the benchmark's snapshot was not saved: %s", qPrintable(error));
    int rows = 0;
    double workerMs = 0;
    for (auto _ : state) {
        TokenListModel model;
        QThreadPool snapshotIo;
        bool done = false;
        const double worst = LatencyProbe::measure(
            [&] {
                snapshotIo.start([&] {
                    QElapsedTimer clock;
                    clock.start();
                    std::optional<OfflineSnapshot::Data> data =
                        snapshots.load(saved.profile, saved.userId);
                    if (!data)
                        qFatal("the benchmark's snapshot did not load");
                    TokenRows made = TokenRows::from(data->tokens);
                    workerMs = double(clock.nsecsElapsed()) / 1e6;
                    QMetaObject::invokeMethod(
                        &model,
                        [&, made = std::move(made)]() mutable {
                            model.setRows(saved.userId, std::move(made));
                            done = true;
                        },
                        Qt::QueuedConnection);
                });
            },
            [&] { return done; });
        rows = model.rowCount();
        state.SetIterationTime(worst / 1e3);
    }
    state.counters["rows"] = rows;
    state.counters["read_and_rows_ms"] = workerMs;
    qint64 fileBytes = 0;
    for (const QFileInfo &file : QDir(dir.path()).entryInfoList(QDir::Files))
        fileBytes += file.size();
    state.counters["snapshot_bytes"] = double(fileBytes);
}

BENCHMARK(BM_ParseIntoModel)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseOnly)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseGuiBlock)
    ->Arg(10000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RefreshOverHttpGuiBlock)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OfflineSnapshotGuiBlock)
    ->Arg(100000)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
