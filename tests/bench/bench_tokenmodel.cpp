// Benchmark 1: TokenListModel + TokenFilterProxyModel at 1k, 10k and 100k
// tokens: load, sort by each column, filter keystrokes; the memory a row
// costs; and how long each of these keeps the GUI thread's event loop blocked.
#include "model/items/tokenfilterproxymodel.h"
#include "model/items/tokenlistmodel.h"
#include "model/items/tokenrows.h"
#include "tests/bench/benchtokens.h"
#include "tests/bench/latencyprobe.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QMetaEnum>
#include <QThreadPool>

#include <malloc.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

const QList<PersonalAccessToken> &tokensFor(int count)
{
    static QMap<int, QList<PersonalAccessToken>> cache;
    auto it = cache.find(count);
    if (it == cache.end())
        it = cache.insert(count, BenchTokens::tokens(count));
    return *it;
}

// Big lists are arranged on the proxy's worker: an operation is over when the
// rows on screen match it, so every timing waits for that.
void settle(TokenFilterProxyModel &proxy)
{
    if (!proxy.isArranging())
        return;
    QEventLoop loop;
    QObject::connect(&proxy, &TokenFilterProxyModel::arranged, &loop, [&] {
        if (!proxy.isArranging())
            loop.quit();
    });
    loop.exec();
}

// What the token table holds: the model, and the proxy the view shows, sorted by name.
struct Table
{
    TokenListModel model;
    TokenFilterProxyModel proxy;

    Table()
    {
        model.setNow(QDateTime::fromMSecsSinceEpoch(1'780'000'000'000, Qt::UTC));
        proxy.setSourceModel(&model);
        proxy.sort(TokenListModel::NameColumn, Qt::AscendingOrder);
    }
    void load(int count)
    {
        model.setTokens(BenchTokens::userId(), tokensFor(count));
        settle(proxy);
    }
    void sort(int column, Qt::SortOrder order)
    {
        proxy.sort(column, order);
        settle(proxy);
    }
    void filter(const QString &text)
    {
        proxy.setFilterText(text);
        settle(proxy);
    }
};

// What a view does after a change: ask the row count and paint the first screen.
void paintFirstScreen(const QAbstractItemModel &model)
{
    const int rows = std::min(model.rowCount(), 40);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            benchmark::DoNotOptimize(model.index(row, column).data());
}

// Typing "deploy" into the filter field, then erasing it: 12 keystrokes.
QStringList keystrokes()
{
    const QString word = u"deploy"_s;
    QStringList texts;
    for (int i = 1; i <= word.size(); ++i)
        texts.append(word.left(i));
    for (int i = word.size() - 1; i >= 0; --i)
        texts.append(word.left(i));
    return texts;
}

void BM_ModelLoad(benchmark::State &state)
{
    const int count = int(state.range(0));
    tokensFor(count);
    for (auto _ : state) {
        state.PauseTiming();
        auto model = std::make_unique<TokenListModel>();
        state.ResumeTiming();
        model->setTokens(BenchTokens::userId(), tokensFor(count));
        state.PauseTiming();
        benchmark::DoNotOptimize(model->rowCount());
        model.reset();
        state.ResumeTiming();
    }
}

void BM_TableLoad(benchmark::State &state)
{
    const int count = int(state.range(0));
    tokensFor(count);
    for (auto _ : state) {
        state.PauseTiming();
        auto table = std::make_unique<Table>();
        state.ResumeTiming();
        table->load(count);
        paintFirstScreen(table->proxy);
        state.PauseTiming();
        benchmark::DoNotOptimize(table->proxy.rowCount());
        table.reset();
        state.ResumeTiming();
    }
}

// A click on a column header while the table is sorted by another column.
void BM_Sort(benchmark::State &state)
{
    const int count = int(state.range(0));
    const int column = int(state.range(1));
    Table table;
    table.load(count);
    const int other = column == TokenListModel::NameColumn ? TokenListModel::CreatedColumn
                                                           : TokenListModel::NameColumn;
    for (auto _ : state) {
        state.PauseTiming();
        table.sort(other, Qt::AscendingOrder);
        state.ResumeTiming();
        table.sort(column, Qt::DescendingOrder);
        paintFirstScreen(table.proxy);
    }
    state.SetLabel(QMetaEnum::fromType<TokenListModel::Column>().valueToKey(column));
}

// The first click on a column header after a load: the proxy ranks that
// column's values first (later clicks reuse the ranks until the data changes).
void BM_FirstSort(benchmark::State &state)
{
    const int count = int(state.range(0));
    const int column = int(state.range(1));
    tokensFor(count);
    for (auto _ : state) {
        state.PauseTiming();
        auto table = std::make_unique<Table>();
        table->load(count);
        paintFirstScreen(table->proxy);
        state.ResumeTiming();
        table->sort(column, Qt::DescendingOrder);
        paintFirstScreen(table->proxy);
        state.PauseTiming();
        table.reset();
        state.ResumeTiming();
    }
    state.SetLabel(QMetaEnum::fromType<TokenListModel::Column>().valueToKey(column));
}

// Per keystroke, timed one by one; the worst keystroke is a counter.
void BM_FilterKeystroke(benchmark::State &state)
{
    const int count = int(state.range(0));
    Table table;
    table.load(count);
    const QStringList texts = keystrokes();
    double worst = 0;
    QElapsedTimer timer;
    for (auto _ : state) {
        double total = 0;
        for (const QString &text : texts) {
            timer.start();
            table.filter(text);
            paintFirstScreen(table.proxy);
            const double s = timer.nsecsElapsed() / 1e9;
            total += s;
            worst = std::max(worst, s);
        }
        state.SetIterationTime(total / texts.size());
    }
    state.counters["worst_keystroke_ms"] = worst * 1e3;
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// Heap held per row once the caller's list is gone (the model shares its strings).
void BM_MemoryPerRow(benchmark::State &state)
{
    const int count = int(state.range(0));
    for (auto _ : state) {
        TokenListModel model;
        TokenFilterProxyModel proxy;
        const qint64 before = heapInUse();
        {
            model.setTokens(BenchTokens::userId(), BenchTokens::tokens(count));
        }
        const qint64 modelOnly = heapInUse();
        proxy.setSourceModel(&model);
        proxy.sort(TokenListModel::NameColumn);
        settle(proxy);
        const qint64 withProxy = heapInUse();
        state.counters["model_bytes_per_row"] = double(modelOnly - before) / count;
        state.counters["with_proxy_bytes_per_row"] = double(withProxy - before) / count;
    }
}

// Event-loop lateness while each operation runs as a slot would run it.
void BM_GuiBlock(benchmark::State &state)
{
    const int count = int(state.range(0));
    const int op = int(state.range(1)); // 0 load, 1 sort (worst column), 2 filter typing
    tokensFor(count);
    for (auto _ : state) {
        Table table;
        if (op != 0)
            table.load(count);
        double worst = 0;
        if (op == 0) {
            // As the tokens page loads a list: rows made on a worker, swapped in
            // on this thread, arranged on the proxy's worker.
            bool done = false;
            QThreadPool rowMaker;
            QObject::connect(&table.proxy, &TokenFilterProxyModel::arranged, [&] {
                if (table.model.rowCount() > 0 && !table.proxy.isArranging()) {
                    paintFirstScreen(table.proxy);
                    done = true;
                }
            });
            worst = LatencyProbe::measure(
                [&] {
                    rowMaker.start([&] {
                        QMetaObject::invokeMethod(
                            &table.model,
                            [&table, rows = TokenRows::from(tokensFor(count))]() mutable {
                                table.model.setRows(BenchTokens::userId(), std::move(rows));
                            },
                            Qt::QueuedConnection);
                    });
                },
                [&] { return done; });
        } else if (op == 1) {
            for (int column = 0; column < TokenListModel::ColumnCount; ++column) {
                worst = std::max(worst, LatencyProbe::measure(
                                            [&] {
                                                table.proxy.sort(column, Qt::DescendingOrder);
                                                paintFirstScreen(table.proxy);
                                            },
                                            [&] { return !table.proxy.isArranging(); }));
                paintFirstScreen(table.proxy);
            }
        } else {
            // Keystrokes arrive as separate events, ~80 ms apart like fast typing.
            const QStringList texts = keystrokes();
            int next = 0;
            QTimer typist;
            typist.setInterval(80);
            QObject::connect(&typist, &QTimer::timeout, [&] {
                if (next < texts.size()) {
                    table.proxy.setFilterText(texts.at(next++));
                    paintFirstScreen(table.proxy);
                }
            });
            worst = LatencyProbe::measure(
                [&] { typist.start(); },
                [&] { return next == texts.size() && !table.proxy.isArranging(); });
        }
        state.SetIterationTime(worst / 1e3);
    }
    static const char *const names[] = {"load", "sort", "filter"};
    state.SetLabel(names[op]);
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
}

void sortArgs(benchmark::internal::Benchmark *b)
{
    for (int count : {1000, 10000, 100000})
        for (int column = 0; column < TokenListModel::ColumnCount; ++column)
            b->Args({count, column});
    b->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(BM_ModelLoad)->Apply(sizes);
// Lists above the proxy's synchronous limit are arranged on its worker: wall
// time is what the user waits, and this thread's CPU time would miss the work.
BENCHMARK(BM_TableLoad)->Apply(sizes)->UseRealTime();
BENCHMARK(BM_Sort)->Apply(sortArgs)->UseRealTime();
BENCHMARK(BM_FirstSort)->Apply(sortArgs)->UseRealTime();
BENCHMARK(BM_FilterKeystroke)->Apply(sizes)->UseManualTime();
BENCHMARK(BM_MemoryPerRow)->Arg(100000)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GuiBlock)
    ->ArgsProduct({{10000, 100000}, {0, 1, 2}})
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
