// Benchmark 3: UserListModel scrolled to the end through 10,000 users of a
// latchkey-sandbox process, page by page over real HTTP on loopback, with the
// event-loop latency probe running the whole time.
#include "model/items/userlistmodel.h"
#include "net/logtoclient.h"
#include "tests/bench/latencyprobe.h"
#include "tests/bench/sandboxprocess.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

constexpr int kUsers = 10000;

// One sandbox process for the whole run; the server gets its own process (and
// core) so the probe sees only the client side's blocking. The primary user is
// the 10,000th.
SandboxProcess &sandbox()
{
    static SandboxProcess instance({u"--seed-users"_s, QString::number(kUsers - 1)});
    return instance;
}

void BM_UserListScroll(benchmark::State &state)
{
    LogtoClient *client = sandbox().client();
    double worstBlock = 0;
    int pages = 0;
    for (auto _ : state) {
        UserListModel model(client);
        model.setPageSize(int(state.range(0)));
        pages = 0;
        QString error;
        QObject::connect(&model, &UserListModel::errorOccurred, &model,
                         [&error](const ApiError &e) { error = e.userMessage(); });
        // Like a view whose user keeps the scroll bar at the bottom: as soon as
        // a page is in, the view asks for the next one from the event loop.
        QObject::connect(&model, &UserListModel::loading, &model, [&](bool busy) {
            if (busy)
                return;
            ++pages;
            QTimer::singleShot(0, &model, [&model] {
                if (model.canFetchMore())
                    model.fetchMore();
            });
        });
        QElapsedTimer timer;
        timer.start();
        const double block = LatencyProbe::measure(
            [&] { model.fetchMore(); },
            [&] { return !error.isEmpty() || (model.isComplete() && !model.isLoading()); });
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
        worstBlock = std::max(worstBlock, block);
        if (!error.isEmpty() || model.rowCount() != kUsers) {
            state.SkipWithError(
                qPrintable(u"listing stopped at %1 rows: %2"_s.arg(model.rowCount()).arg(error)));
            break;
        }
    }
    state.counters["max_block_ms"] = worstBlock;
    state.counters["pages"] = pages;
    state.counters["users"] = kUsers;
}

} // namespace

BENCHMARK(BM_UserListScroll)
    ->Arg(100)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
