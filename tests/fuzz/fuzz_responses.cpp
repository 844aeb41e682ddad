// fuzz_responses: libFuzzer target for every Logto answer net/ parses (users, tokens,
// created token, token endpoint, token exchange, error bodies, Retry-After).
// The first byte picks the parser; the rest is the body as the server sent it.
#include "net/errormapper.h"
#include "net/responseparser.h"
#include "net/retrypolicy.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

// A failure must name what went wrong for the user; a success must not carry nonsense.
template<typename T> void check(const Result<T> &result)
{
    if (!result.ok() &&
        (result.error().kind() != ApiError::Kind::Parse || result.error().userMessage().isEmpty()))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (selector % 11) {
    case 0:
        check(ResponseParser::users(body));
        break;
    case 1: {
        // Total-Number is a header: take it from the body's first line.
        const qsizetype newline = body.indexOf('\n');
        const QByteArray total = newline < 0 ? QByteArray() : body.first(newline).toByteArray();
        const QByteArrayView rest = newline < 0 ? body : body.sliced(newline + 1);
        const auto page = ResponseParser::userPage(rest, total, 1 + selector / 11, 20);
        check(page);
        if (page.ok() && page.value().total < 0)
            __builtin_trap();
        break;
    }
    case 2:
        check(ResponseParser::user(body));
        break;
    case 3: {
        const auto tokens = ResponseParser::tokens(body);
        check(tokens);
        // Values become fingerprints at the edge: a parsed token never holds a plaintext.
        if (tokens.ok()) {
            for (const PersonalAccessToken &t : tokens.value()) {
                if (t.fingerprint.startsWith("pat_"))
                    __builtin_trap();
            }
        }
        break;
    }
    case 4:
        check(ResponseParser::token(body));
        break;
    case 5:
        check(ResponseParser::createdToken(body));
        break;
    case 6:
        check(ResponseParser::findToken(body, u"ci deploy"_s));
        break;
    case 7:
        check(ResponseParser::accessTokenGrant(body));
        break;
    case 8:
        check(ResponseParser::exchangedToken(body));
        break;
    case 9: {
        // Error bodies: any status, JSON or not, API or token endpoint.
        const int status = 400 + selector % 200;
        for (const auto endpoint : {HttpRequest::Endpoint::Api, HttpRequest::Endpoint::Token}) {
            const ApiError error =
                ErrorMapper::fromResponse(status, body, "application/json"_ba, endpoint);
            if (!error.isError() || error.userMessage().isEmpty())
                __builtin_trap();
            const ApiError plain =
                ErrorMapper::fromResponse(status, body, "text/html"_ba, endpoint);
            if (!plain.isError() || plain.userMessage().isEmpty())
                __builtin_trap();
        }
        break;
    }
    case 10: {
        const auto delay = RetryPolicy::parseRetryAfter(
            body.toByteArray(), QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
        if (delay && delay->count() < 0)
            __builtin_trap();
        break;
    }
    }
    return 0;
}
