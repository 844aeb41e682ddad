// Helpers shared by the LogtoClient tests: a sandbox-backed client and a way
// to wait for one call's result.
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "net/logtoclient.h"

#include <QTest>

#include <memory>
#include <optional>

namespace latchkey::test {

inline ClientConfig sandboxConfig(const SandboxServer &server)
{
    ClientConfig config;
    config.endpoint = server.endpoint();
    config.appId = server.appId();
    config.appSecret = SecretBytes::fromString(server.appSecret());
    config.retryBaseDelay = std::chrono::milliseconds(20);
    return config;
}

// Starts a call with a throw-away context and waits for its callback.
// A call that never answers yields Kind::Cancelled with code "test-timeout".
template<typename T, typename Start> Result<T> await(Start start, int timeoutMs = 20000)
{
    QObject context;
    std::optional<Result<T>> result;
    int calls = 0;
    start(&context, [&](Result<T> r) {
        ++calls;
        result.emplace(std::move(r));
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return ApiError(ApiError::Kind::Cancelled, 0, QStringLiteral("test-timeout"), {});
    // Anything still in flight dies with the context; a second callback would be a bug.
    QTest::qWait(0);
    if (calls != 1)
        return ApiError(ApiError::Kind::Cancelled, 0, QStringLiteral("test-called-twice"), {});
    return std::move(*result);
}

inline QString describe(const ApiError &error)
{
    return ApiError::kindName(error.kind()) + u' ' + QString::number(error.httpStatus()) + u' ' +
           error.code() + u' ' + error.detail();
}

} // namespace latchkey::test

// Evaluates its argument once (it is often a call) and fails with the error's description.
#define LK_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &lkResult = (expression);                                                       \
        QVERIFY2(                                                                                  \
            lkResult.ok(),                                                                         \
            qPrintable(lkResult.ok() ? QString() : latchkey::test::describe(lkResult.error())));   \
    } while (false)
