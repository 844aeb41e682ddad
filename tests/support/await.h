// await: runs one callback-style call with a throw-away context and waits for its callback,
// which the project's contract says runs exactly once.
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>

namespace latchkey::test {

namespace detail {
// A callback's one argument is handed back as itself, several as a tuple.
template<typename... Args> struct Awaited
{
    using type = std::tuple<Args...>;
};
template<typename Arg> struct Awaited<Arg>
{
    using type = Arg;
};
} // namespace detail

template<typename... Args> using Awaited = typename detail::Awaited<std::decay_t<Args>...>::type;

inline constexpr std::chrono::milliseconds kAwaitTimeout = std::chrono::seconds(60);

// Runs what is already queued (posted events, queued calls, deferred deletes), without
// waiting for anything new: what a callback or a destruction queued has run afterwards.
inline void drainEvents()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

// start(context, callback) starts the call; Args are the callback's parameter types:
//   auto users = await<Result<QList<User>>>([&](QObject *c, auto done) { client.listUsers(c, done);
//   }); auto read = await<SecretStore::Outcome, SecretBytes>([&](QObject *c, auto done) { ... });
// Empty (with a warning saying which) when the callback did not run within timeout or ran
// more than once: whatever the call had queued up to its first callback runs before the
// count is taken, so a second callback queued with the first is caught.
template<typename... Args, typename Start>
std::optional<Awaited<Args...>> await(Start &&start,
                                      std::chrono::milliseconds timeout = kAwaitTimeout)
{
    struct State
    {
        std::optional<Awaited<Args...>> value;
        int calls = 0;
    };
    // Shared with the callback, so that a late call after the context died cannot touch
    // this frame.
    const auto state = std::make_shared<State>();
    {
        QObject context;
        start(&context, [state](Args... args) {
            if (++state->calls == 1)
                state->value.emplace(std::move(args)...);
        });
        if (!QTest::qWaitFor([&] { return state->calls > 0; }, int(timeout.count()))) {
            qWarning("await: no callback within %lld ms", qlonglong(timeout.count()));
            return std::nullopt;
        }
        drainEvents();
    }
    if (state->calls != 1) {
        qWarning("await: the callback ran %d times", state->calls);
        return std::nullopt;
    }
    return std::move(state->value);
}

} // namespace latchkey::test
