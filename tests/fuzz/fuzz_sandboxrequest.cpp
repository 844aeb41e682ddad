// fuzz_sandboxrequest: libFuzzer target for the sandbox fault front's request framing
// (SandboxRequestParser), fed a connection's bytes as they might arrive.
#include "app/sandbox/sandboxrequestparser.h"

#include <cstddef>
#include <cstdint>

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    // Keep-alive: take requests off the front until the buffer runs dry or goes bad.
    while (true) {
        const SandboxParsedRequest p = SandboxRequestParser::parse(in);
        if (p.status != SandboxParsedRequest::Status::Complete)
            break;
        if (p.consumed <= 0 || p.consumed > in.size() || p.request.method.isEmpty() ||
            !p.forward.endsWith(p.request.body))
            __builtin_trap();
        // What goes to the inner server must frame as exactly one request itself.
        const SandboxParsedRequest again = SandboxRequestParser::parse(p.forward);
        if (again.status != SandboxParsedRequest::Status::Complete ||
            again.consumed != p.forward.size() || again.request.body != p.request.body)
            __builtin_trap();
        in.remove(0, p.consumed);
    }
    return 0;
}
