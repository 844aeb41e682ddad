// ConnectionCheck: tries a connection before it is saved (and for "Test
// Connection"): Logto's discovery document, then an administrator's app
// credentials or a developer's gateway (/healthz and its policy), each failure
// in one sentence that names the cause and the address. Never blocks: the
// answer comes later, on the caller's thread.
#pragma once

#include "model/settings/connectionprofile.h"
#include "net/result.h"
#include "net/secretbytes.h"
#include "net/tokenpolicy.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace latchkey {

class ApiError;
class LogtoClient;

class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    enum class Depth {
        Reachable,   // discovery; a developer's gateway too (no credentials needed)
        Credentials, // and an administrator's app ID and secret, by counting the users
    };
    struct Report
    {
        bool ok = false;
        QString message;                   // why not (translated); empty when ok
        int userCount = -1;                // Credentials on an administrator's connection
        std::optional<TokenPolicy> policy; // a developer's gateway's policy
    };
    using Finished = std::function<void(const Report &)>;

    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // Starts a check; one still running is dropped (its answer never comes).
    void run(const ConnectionProfile &profile, SecretBytes appSecret, Depth depth, Finished done);
    // Only a developer gateway's policy (GET /api/me/policy), e.g. to fill in its
    // resource indicator and Logto endpoint; drops a check still running.
    void readPolicy(const ConnectionProfile &profile,
                    std::function<void(Result<TokenPolicy>)> done);
    // Drops whatever is running.
    void cancel();
    bool isRunning() const;

private:
    // A new client for profile (null with *error when its CA file cannot be used).
    LogtoClient *startClient(const ConnectionProfile &profile, SecretBytes appSecret,
                             QString *error);
    void checkDiscovery(const ConnectionProfile &profile, Depth depth, Finished done);
    void checkGateway(const ConnectionProfile &profile, Finished done);
    void checkCredentials(const ConnectionProfile &profile, Finished done);
    static Report failure(const QString &message);
    // The sentence for a server that answered, but not as the kind of server expected.
    static QString notLogto(const ApiError &error, const QUrl &endpoint);
    static QString notGateway(const ApiError &error, const QUrl &gateway);

    std::unique_ptr<LogtoClient> m_client;
    // The context of the running check's calls: dropping it drops their answers.
    std::unique_ptr<QObject> m_run;
};

} // namespace latchkey
