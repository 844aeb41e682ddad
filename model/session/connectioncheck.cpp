// ConnectionCheck: tries a connection before it is saved, one step after the other.
#include "model/session/connectioncheck.h"

#include "model/session/connectionproblem.h"
#include "net/logtoclient.h"

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// Errors where nothing (or nothing readable over TLS) answered: the address is wrong
// or down, not the kind of server.
bool unreachable(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

// What a server answered instead: its status, or that its body was unreadable.
QString answered(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Parse || error.httpStatus() == 0)
        return ConnectionCheck::tr("an answer of another shape");
    return ConnectionCheck::tr("HTTP %1").arg(error.httpStatus());
}

} // namespace

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
{}

ConnectionCheck::~ConnectionCheck() = default;

bool ConnectionCheck::isRunning() const
{
    return m_run != nullptr;
}

void ConnectionCheck::cancel()
{
    // The answer being delivered may be the one that cancels: the client goes later.
    if (m_client)
        m_client.release()->deleteLater();
    m_run.reset();
}

ConnectionCheck::Report ConnectionCheck::failure(const QString &message)
{
    Report report;
    report.message = message;
    return report;
}

LogtoClient *ConnectionCheck::startClient(const ConnectionProfile &profile, SecretBytes appSecret,
                                          QString *error)
{
    cancel();
    std::optional<ClientConfig> config = profile.toClientConfig(std::move(appSecret), error);
    if (!config)
        return nullptr;
    m_client = std::make_unique<LogtoClient>(std::move(*config));
    m_run = std::make_unique<QObject>();
    return m_client.get();
}

void ConnectionCheck::run(const ConnectionProfile &profile, SecretBytes appSecret, Depth depth,
                          Finished done)
{
    QString error;
    if (!startClient(profile, std::move(appSecret), &error)) {
        done(failure(error));
        return;
    }
    checkDiscovery(profile, depth, std::move(done));
}

void ConnectionCheck::readPolicy(const ConnectionProfile &profile,
                                 std::function<void(Result<TokenPolicy>)> done)
{
    QString error;
    LogtoClient *client = startClient(profile, {}, &error);
    if (!client) {
        done(Result<TokenPolicy>(ApiError(ApiError::Kind::InvalidInput, 0, {}, error)));
        return;
    }
    client->gatewayPolicy(m_run.get(), [this, done](Result<TokenPolicy> policy) {
        m_run.reset();
        done(std::move(policy));
    });
}

void ConnectionCheck::checkDiscovery(const ConnectionProfile &profile, Depth depth, Finished done)
{
    const QUrl endpoint = profile.endpoint;
    m_client->discover(
        m_run.get(), [this, profile, depth, endpoint, done](Result<OidcEndpoints> discovery) {
            if (!discovery) {
                m_run.reset();
                done(failure(unreachable(discovery.error())
                                 ? ConnectionProblem::describe(discovery.error(), endpoint)
                                 : notLogto(discovery.error(), endpoint)));
                return;
            }
            if (profile.isDeveloper())
                checkGateway(profile, done);
            else if (depth == Depth::Credentials)
                checkCredentials(profile, done);
            else {
                m_run.reset();
                Report report;
                report.ok = true;
                done(report);
            }
        });
}

void ConnectionCheck::checkGateway(const ConnectionProfile &profile, Finished done)
{
    const QUrl gateway = profile.gateway;
    m_client->gatewayHealth(
        m_run.get(), [this, profile, gateway, done](Result<latchkey::Done> health) {
            if (!health) {
                m_run.reset();
                const ApiError &error = health.error();
                if (unreachable(error))
                    done(failure(ConnectionProblem::describe(error, gateway)));
                else if (error.httpStatus() == 503)
                    done(failure(tr("The gateway at %1 runs, but cannot reach its Logto (503). Ask "
                                    "whoever runs it.")
                                     .arg(ConnectionProblem::address(gateway))));
                else
                    done(failure(notGateway(error, gateway)));
                return;
            }
            m_client->gatewayPolicy(m_run.get(), [this, profile, gateway,
                                                  done](Result<TokenPolicy> policy) {
                m_run.reset();
                if (!policy) {
                    done(failure(unreachable(policy.error())
                                     ? ConnectionProblem::describe(policy.error(), gateway)
                                     : notGateway(policy.error(), gateway)));
                    return;
                }
                if (profile.apiIndicator.isEmpty() && policy.value().resource.isEmpty()) {
                    done(failure(tr("The gateway at %1 names no resource indicator: type it in.")
                                     .arg(ConnectionProblem::address(gateway))));
                    return;
                }
                Report report;
                report.ok = true;
                report.policy = policy.value();
                done(report);
            });
        });
}

void ConnectionCheck::checkCredentials(const ConnectionProfile &profile, Finished done)
{
    const QUrl endpoint = profile.endpoint;
    // The server must be asked, not a cached token trusted.
    m_client->authenticate(m_run.get(), [this, endpoint, done](Result<latchkey::Done> auth) {
        if (!auth) {
            m_run.reset();
            done(failure(ConnectionProblem::describe(auth.error(), endpoint)));
            return;
        }
        UserQuery query;
        query.pageSize = 1;
        m_client->listUsers(query, m_run.get(), [this, endpoint, done](Result<UserPage> page) {
            m_run.reset();
            if (!page) {
                done(failure(ConnectionProblem::describe(page.error(), endpoint)));
                return;
            }
            Report report;
            report.ok = true;
            report.userCount = int(page.value().total);
            done(report);
        });
    });
}

QString ConnectionCheck::notLogto(const ApiError &error, const QUrl &endpoint)
{
    return tr("%1 answered (%2), but is not a Logto server: it has no OpenID discovery document "
              "at /oidc/.well-known/openid-configuration. Check the Logto endpoint.")
        .arg(ConnectionProblem::address(endpoint), answered(error));
}

QString ConnectionCheck::notGateway(const ApiError &error, const QUrl &gateway)
{
    return tr("%1 answered (%2), but is not a Latchkey gateway: it has no /healthz and policy "
              "of one. Check the gateway URL.")
        .arg(ConnectionProblem::address(gateway), answered(error));
}

} // namespace latchkey
