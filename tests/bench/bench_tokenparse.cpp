// Benchmark 2: a 10k-token Logto list answer into the table, the way a refresh
// does it: JSON -> fingerprints (values wiped) -> TokenListModel rows.
#include "benchtokens.h"
#include "latencyprobe.h"
#include "logtoclient.h"
#include "responseparser.h"
#include "sandboxprocess.h"
#include "secretbytes.h"
#include "tokenlistmodel.h"
#include "tokenrows.h"

#include <benchmark/benchmark.h>

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
