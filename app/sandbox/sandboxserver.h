// SandboxServer: a local, Logto-compatible Management API server for demos and tests.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace latchkey {

struct SandboxFault
{
    enum class Action {
        Delay,
        Status,
        Reset,
        ResetAfterHandling,
        Truncate,
        MalformedJson,
        WrongShape,
        Oversized
    };
    QString method;      // "GET", "POST", ...; empty = any
    QString pathPattern; // '*' matches within one path segment; empty = any
    // The request body holds this (e.g. "\"name\":\"ci\"" for one token of Logto's
    // body-based delete); empty = any body.
    QByteArray bodyContains;
    Action action = Action::Status;
    int times = 1;              // how many matching requests it affects, then it is used up
    int delayMs = 0;            // Delay: wait, then handle normally
    int status = 500;           // Status: answer this status...
    QByteArray body;            // ...with this body (empty = a Logto-style JSON error)
    int retryAfterSeconds = -1; // Status: send Retry-After when >= 0
    qint64 bytes = 0;           // Oversized: 200 with a JSON-looking body this long
};

struct SandboxOptions
{
    quint16 port = 0;           // 0 = any free port; always 127.0.0.1
    QString databasePath;       // empty = temporary database deleted on exit
    int seedUsers = 0;          // extra random users
    int seedTokens = 0;         // random tokens, most of them on primaryUser
    bool demoDirectory = false; // ~250 believable users and a few dozen tokens
    // Opaque and Management API tokens, and the accessTokenTtl of resources ensureResource makes.
    int tokenLifetimeSeconds = 3600;
    // How long a replaced refresh token still works (Logto: 3 s); tests shorten it.
    int refreshReuseWindowMs = 3000;
    bool testHooks = false; // fault injection + stats, also over HTTP under /__sandbox/
    QString tlsCertificateFile, tlsKeyFile; // PEM; when both set, serve HTTPS
};

class SandboxServerPrivate;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only. With databasePath, an existing database keeps its app, user,
    // tokens and signing key; seeding happens only when the database is new.
    bool start(const SandboxOptions &options, QString *errorMessage = nullptr);
    QUrl endpoint() const; // http(s)://127.0.0.1:PORT
    QString appId() const; // M2M app with Management API access and token exchange
    QString appSecret() const;
    QString apiIndicator() const; // https://default.logto.app/api
    QString primaryUserId() const;

    struct AppCredentials
    {
        QString appId;
        QString appSecret;
    };
    // Only after start(). Without management access the API answers 403; without token
    // exchange the exchange grant answers 400 invalid_request.
    AppCredentials createApp(bool managementApiAccess, bool tokenExchange);

    // The API resource with this indicator (Logto's POST /api/resources), made when missing
    // with tokenLifetimeSeconds as its access token TTL; returns its id, or an empty string
    // when the store failed. Only after start().
    QString ensureResource(const QString &indicator, const QString &name);

    // What a developer needs to sign in to the sandbox as themselves.
    struct DeveloperSignIn
    {
        QString nativeAppId; // Native app: redirect URI http://127.0.0.1/callback, token exchange
        QString deviceAppId; // Native app for the device flow (isDeviceFlow)
        QString developer;   // the username of the primary user, who holds a few tokens
    };
    // Made on first use and kept in the database (the same ids across --db restarts); empty
    // members when the store failed. Only after start().
    DeveloperSignIn ensureDeveloperSignIn();

    // With testHooks: the key of this run that every HTTP request under /__sandbox/
    // must carry in a "Latchkey-Sandbox-Key" header (else 403). Random per start, so that
    // only whoever started the sandbox (the test) can create apps or inject faults.
    QString hookKey() const;
    static QByteArray hookKeyHeader() { return "Latchkey-Sandbox-Key"; }

    // Test hooks (work only with testHooks; also reachable over HTTP under /__sandbox/).
    // "METHOD /path/pattern" or just "/path/pattern" (any method); counts requests whose raw,
    // still percent-encoded path matches, including ones a fault cut off.
    int requestCount(const QString &methodAndPathPattern) const;
    // Counted requests not yet answered (or dropped because their client left).
    int requestsInProgress() const;
    // Open client connections. One whose request reached the API stays open until the API
    // answered, even when its client left: once a test destroyed its client, 0 here means
    // the server handled everything that client had sent.
    int openConnections() const;
    void resetStats();
    void addFault(const SandboxFault &fault);
    void clearFaults();
    // A JWT with this header and these claims, signed ES384 with the sandbox's key (tests
    // forge expired, wrong-issuer or unknown-kid tokens with it); empty without testHooks.
    QByteArray signWithSandboxKey(const QJsonObject &header, const QJsonObject &claims) const;

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

} // namespace latchkey
