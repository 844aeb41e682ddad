// ServiceRig: a sandbox, a real keychain (a service name unique to the test) and a
// TokenService wired as the app wires it, with waiting shortcuts for the tests.
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/tokennotes.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/tokenservice.h"
#include "net/logtoclient.h"
#include "net/tokenfingerprint.h"
#include "tests/support/await.h"
#include "tests/support/awaitkeychain.h"
#include "tests/support/sandboxclientconfig.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace latchkey::test {

// A fresh token name per call, so that test functions never see each other's tokens.
inline QString uniqueName(const QString &base)
{
    static int counter = 0;
    return QStringLiteral("%1 #%2").arg(base).arg(++counter);
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
        , notes(journalDir.filePath(QStringLiteral("token-notes.json")))
    {}

    // Leaves the shared test keyring as it found it.
    ~ServiceRig()
    {
        if (client)
            forgetAll();
    }

    // A rig made and started for a test case; null, and why in *error, when the sandbox
    // does not start.
    static std::unique_ptr<ServiceRig> started(const QString &testName, QString *error)
    {
        auto rig = std::make_unique<ServiceRig>(testName);
        if (!rig->start(error))
            return nullptr;
        return rig;
    }

    // Before each test function: no fault left by the one before, a new service.
    void freshService()
    {
        server.clearFaults();
        makeService();
    }

    bool start(QString *error)
    {
        SandboxOptions options;
        options.testHooks = true;
        if (!server.start(options, error))
            return false;
        makeClient();
        makeService();
        return true;
    }

    // What a killed process leaves behind, then the next start: the service and the client
    // die (closing the client's connections), the server handles every request the client
    // had already sent, and a new client and service start. False if the server never
    // settles.
    bool restartAfterKill()
    {
        service.reset();
        client.reset();
        if (!QTest::qWaitFor([this] { return server.openConnections() == 0; }, 30000))
            return false;
        makeClient();
        makeService();
        return true;
    }

    TokenBackend backend()
    {
        TokenBackend backend{client.get(), &cache, &journal, QStringLiteral("test-profile"),
                             TokenCache::endpointKey(server.endpoint())};
        backend.notes = &notes;
        return backend;
    }

    void makeService() { service = std::make_unique<TokenService>(backend()); }
    void makeClient()
    {
        ClientConfig config = sandboxClientConfig(server);
        config.maxRetryTime = std::chrono::milliseconds(3000);
        client = std::make_unique<LogtoClient>(std::move(config));
    }

    QString endpoint() const { return TokenCache::endpointKey(server.endpoint()); }
    QString userId() const { return server.primaryUserId(); }

    QList<PersonalAccessToken> serverTokens(const QString &name = {})
    {
        auto listed = await<Result<QList<PersonalAccessToken>>>(
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
        auto [outcome, value] = awaitSecret(
            [&](QObject *c, auto done) { cache.fetch(endpoint(), fingerprint, c, done); });
        return {outcome.status, value};
    }

    std::optional<TokenResult<IssuedToken>> generate(const QString &name, const ExpirySpec &expiry)
    {
        return await<TokenResult<IssuedToken>>(
            [&](QObject *c, auto done) { service->generate(userId(), name, expiry, c, done); });
    }

    std::optional<TokenResult<IssuedToken>> changeExpiry(const QString &name,
                                                         const ExpirySpec &expiry)
    {
        return await<TokenResult<IssuedToken>>(
            [&](QObject *c, auto done) { service->changeExpiry(userId(), name, expiry, c, done); });
    }

    // Starts an operation (start gets the service) and "kills" the service right after
    // the journal recorded that step: its pending callbacks never run, as in a killed
    // process; the rig has no service until restartAfterKill(). A queued delete, not
    // deleteLater(): a deferred delete waits until the event loop level drops, which
    // QTRY's processEvents() does not do, so the next request could go out and its
    // answer arrive first (seen under ASan); a queued call runs before any answer.
    // False if the step never came.
    bool killedAt(const QString &step, const std::function<void(TokenService *)> &start)
    {
        TokenService *dying = service.release();
        QPointer<TokenService> watch(dying);
        QObject::connect(dying, &TokenService::rotationStepRecorded, dying,
                         [watch, step](const QString &recorded) {
                             if (recorded == step)
                                 QMetaObject::invokeMethod(
                                     QCoreApplication::instance(), [watch] { delete watch.data(); },
                                     Qt::QueuedConnection);
                         });
        start(dying);
        return QTest::qWaitFor([&] { return watch.isNull(); }, 30000);
    }

    // killedAt() for a rotation (a new expiry). The answer, if any, goes to context and
    // sets *answered.
    bool changeExpiryKilledAt(const QString &step, const QString &name, const ExpirySpec &expiry,
                              QObject *context, bool *answered = nullptr)
    {
        return killedAt(step, [&](TokenService *dying) {
            dying->changeExpiry(userId(), name, expiry, context,
                                [answered](TokenResult<IssuedToken>) {
                                    if (answered)
                                        *answered = true;
                                });
        });
    }

    std::optional<QList<ResumeOutcome>> resume()
    {
        return await<QList<ResumeOutcome>>(
            [&](QObject *c, auto done) { service->resumePending(c, done); });
    }

    // Wipes this rig's keychain entries so that the shared test keyring stays small.
    void forgetAll()
    {
        for (const QByteArray &fingerprint : cache.cachedFingerprints(endpoint()))
            awaitOutcome(
                [&](QObject *c, auto done) { cache.forget(endpoint(), fingerprint, c, done); });
    }

    QTemporaryDir journalDir;
    SandboxServer server;
    KeychainSecretStore secrets;
    TokenCache cache;
    RotationJournal journal;
    TokenNotes notes;
    std::unique_ptr<LogtoClient> client;
    std::unique_ptr<TokenService> service;
};

} // namespace latchkey::test
