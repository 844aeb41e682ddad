// Shared by the TokenService tests: a sandbox, a real keychain (unique service
// name) and a TokenService wired as the app wires it, plus waiting helpers.
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/tokenservice.h"
#include "net/logtoclient.h"
#include "net/tokenfingerprint.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace latchkey::test {

// Waits for a callback-style call; nullopt on timeout.
template<typename R, typename Start>
std::optional<R> awaitResult(Start start, int timeoutMs = 60000)
{
    QObject context;
    std::optional<R> result;
    start(&context, [&](R r) { result.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    return result;
}

class ServiceRig
{
public:
    explicit ServiceRig(const QString &testName)
        : secrets(QStringLiteral("latchkey-%1-%2")
                      .arg(testName)
                      .arg(QCoreApplication::applicationPid()))
        , cache(&secrets)
        , journal(journalDir.filePath(QStringLiteral("journal")))
    {}

    bool start(QString *error)
    {
        SandboxOptions options;
        options.testHooks = true;
        if (!server.start(options, error))
            return false;
        ClientConfig config;
        config.endpoint = server.endpoint();
        config.appId = server.appId();
        config.appSecret = SecretBytes::fromString(server.appSecret());
        config.retryBaseDelay = std::chrono::milliseconds(20);
        config.maxRetryTime = std::chrono::milliseconds(3000);
        client = std::make_unique<LogtoClient>(std::move(config));
        makeService();
        return true;
    }

    TokenBackend backend()
    {
        return {client.get(), &cache, &journal, QStringLiteral("test-profile"),
                TokenCache::endpointKey(server.endpoint())};
    }

    void makeService() { service = std::make_unique<TokenService>(backend()); }

    QString endpoint() const { return TokenCache::endpointKey(server.endpoint()); }
    QString userId() const { return server.primaryUserId(); }

    QList<PersonalAccessToken> serverTokens(const QString &name = {})
    {
        auto listed = awaitResult<Result<QList<PersonalAccessToken>>>(
            [&](QObject *c, auto done) { client->listTokens(userId(), c, done); });
        QList<PersonalAccessToken> tokens;
        if (!listed || !listed->ok())
            return tokens;
        for (const PersonalAccessToken &token : listed->value()) {
            if (name.isEmpty() || token.name == name)
                tokens.append(token);
        }
        return tokens;
    }

    // The cached value of a fingerprint, or the keychain's status when there is none.
    std::pair<SecretStore::Outcome::Status, QByteArray> cached(const QByteArray &fingerprint)
    {
        std::optional<std::pair<SecretStore::Outcome::Status, QByteArray>> result;
        QObject context;
        cache.fetch(endpoint(), fingerprint, &context,
                    [&](SecretStore::Outcome outcome, SecretBytes value) {
                        result.emplace(outcome.status, value.bytes());
                    });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
        return result.value_or(
            std::pair{SecretStore::Outcome::Status::Failed, QByteArray("timeout")});
    }

    std::optional<TokenResult<IssuedToken>> generate(const QString &name, const ExpirySpec &expiry)
    {
        return awaitResult<TokenResult<IssuedToken>>(
            [&](QObject *c, auto done) { service->generate(userId(), name, expiry, c, done); });
    }

    std::optional<TokenResult<IssuedToken>> changeExpiry(const QString &name,
                                                         const ExpirySpec &expiry)
    {
        return awaitResult<TokenResult<IssuedToken>>(
            [&](QObject *c, auto done) { service->changeExpiry(userId(), name, expiry, c, done); });
    }

    std::optional<QList<ResumeOutcome>> resume()
    {
        return awaitResult<QList<ResumeOutcome>>(
            [&](QObject *c, auto done) { service->resumePending(c, done); });
    }

    // Wipes this rig's keychain entries so that the shared test keyring stays small.
    void forgetAll()
    {
        for (const QByteArray &fingerprint : cache.cachedFingerprints(endpoint())) {
            QObject context;
            bool done = false;
            cache.forget(endpoint(), fingerprint, &context,
                         [&](SecretStore::Outcome) { done = true; });
            (void)QTest::qWaitFor([&] { return done; }, 30000);
        }
    }

    QTemporaryDir journalDir;
    SandboxServer server;
    KeychainSecretStore secrets;
    TokenCache cache;
    RotationJournal journal;
    std::unique_ptr<LogtoClient> client;
    std::unique_ptr<TokenService> service;
};

} // namespace latchkey::test
