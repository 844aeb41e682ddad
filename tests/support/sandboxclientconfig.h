// sandboxClientConfig: the one ClientConfig the tests build for a sandbox: its endpoint and
// M2M app, with retries 20 ms apart so that a retried call costs the tests little time.
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "net/clientconfig.h"
#include "net/secretbytes.h"

#include <chrono>

namespace latchkey::test {

inline ClientConfig sandboxClientConfig(const SandboxServer &server)
{
    ClientConfig config;
    config.endpoint = server.endpoint();
    config.appId = server.appId();
    config.appSecret = SecretBytes::fromString(server.appSecret());
    config.retryBaseDelay = std::chrono::milliseconds(20);
    return config;
}

} // namespace latchkey::test
