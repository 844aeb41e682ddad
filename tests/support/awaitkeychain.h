// awaitOutcome / awaitSecret: await for SecretStore-style calls (the stores, TokenCache,
// ProfileStore); a missing or repeated callback reads as Failed with "no single callback".
#pragma once

#include "model/keychain/secretstore.h"
#include "tests/support/await.h"

#include <utility>

namespace latchkey::test {

inline SecretStore::Outcome noSingleCallback()
{
    return {SecretStore::Outcome::Status::Failed, QStringLiteral("no single callback")};
}

// start(context, done) with done(SecretStore::Outcome).
template<typename Start> SecretStore::Outcome awaitOutcome(Start &&start)
{
    return await<SecretStore::Outcome>(std::forward<Start>(start)).value_or(noSingleCallback());
}

// start(context, done) with done(SecretStore::Outcome, SecretBytes); the secret as bytes.
template<typename Start> std::pair<SecretStore::Outcome, QByteArray> awaitSecret(Start &&start)
{
    auto read = await<SecretStore::Outcome, SecretBytes>(std::forward<Start>(start));
    if (!read)
        return {noSingleCallback(), {}};
    auto &[outcome, value] = *read;
    return {outcome, value.bytes()};
}

} // namespace latchkey::test
