// awaitCall: await for LogtoClient calls, whose callbacks take a Result<T>; a missing or
// repeated callback becomes an error value, so that LK_VERIFY_OK names it.
#pragma once

#include "net/apierror.h"
#include "net/result.h"
#include "tests/support/await.h"

#include <QTest>

namespace latchkey::test {

template<typename T, typename Start>
Result<T> awaitCall(Start &&start, std::chrono::milliseconds timeout = std::chrono::seconds(20))
{
    std::optional<Result<T>> result = await<Result<T>>(std::forward<Start>(start), timeout);
    if (!result)
        return ApiError(ApiError::Kind::Cancelled, 0, QStringLiteral("test-no-single-callback"),
                        {});
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
