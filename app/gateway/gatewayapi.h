// GatewayApi: the /api/me routes. Each authenticates the caller by their bearer, acts on
// the caller's own user only (no route takes a user id), enforces the policy and the
// per-user rate limit, and calls Logto's Management API through LogtoClient with the
// gateway's M2M app. A user's mutating calls run one after another on this instance.
#pragma once

#include "app/gateway/bearerverifier.h"
#include "app/gateway/gatewayconfig.h"
#include "app/gateway/gatewayexchange.h"
#include "app/gateway/ratelimiter.h"

#include "net/apierror.h"
#include "net/createdtoken.h"
#include "net/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace latchkey {

class GatewayMetrics;
class LogtoClient;
struct PersonalAccessToken;

class GatewayApi : public QObject
{
    Q_OBJECT
public:
    GatewayApi(const GatewayConfig &config, LogtoClient *logto, BearerVerifier *bearer,
               GatewayMetrics *metrics, QObject *parent = nullptr);

    // exchange->route and ->method name the call; authorization is the request's header
    // (a bearer: the caller wipes its copy once this returns).
    void handle(GatewayExchange *exchange, const QByteArray &authorization);
    // GET /api/me/policy: public, so that a client learns the resource before signing in.
    GatewayReply policyReply() const;

    // "create", "rename" or "revoke" for a mutating call, else an empty string.
    static QString actionOf(const QString &route, const QByteArray &method);
    // Logto's failure as the gateway's answer: its 4xx pass through; outages are 502/504.
    GatewayReply upstreamFailure(const ApiError &error);

private:
    void dispatch(GatewayExchange *exchange, const QString &userId);
    void me(GatewayExchange *exchange, const QString &userId);
    void list(GatewayExchange *exchange, const QString &userId);
    void create(GatewayExchange *exchange, const QString &userId);
    void rename(GatewayExchange *exchange, const QString &userId);
    void revoke(GatewayExchange *exchange, const QString &userId);
    void answerCreated(GatewayExchange *exchange, Result<CreatedToken> created);

    // Runs job when every earlier mutating call of userId on this instance has answered.
    void runInTurn(const QString &userId, GatewayExchange *exchange, std::function<void()> job);
    void startNext(const QString &userId);
    QJsonObject tokenJson(const PersonalAccessToken &token) const;

    const GatewayConfig &m_config;
    LogtoClient *m_logto;
    BearerVerifier *m_bearer;
    GatewayMetrics *m_metrics;
    RateLimiter m_limiter;
    QString m_tenantId;
    struct Turn
    {
        QPointer<GatewayExchange> exchange;
        std::function<void()> job;
    };
    QHash<QString, QList<Turn>> m_turns; // by user; the first one is running
};

} // namespace latchkey
