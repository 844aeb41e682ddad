#include "app/gateway/gatewayapi.h"

#include "app/gateway/gatewaymetrics.h"
#include "app/gateway/tokenrequest.h"

#include "net/logtoclient.h"
#include "net/secretbytes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

const QString kTokens = u"/api/me/personal-access-tokens"_s;
const QString kDelete = u"/api/me/personal-access-tokens/delete"_s;
const QString kMe = u"/api/me"_s;

// The tenant a Management API indicator names: https://{tenant}.logto.app/api, and
// "default" for every Logto OSS (docs/logto-api.md).
QString tenantOf(const QString &apiIndicator)
{
    const QString host = QUrl(apiIndicator).host();
    const qsizetype dot = host.indexOf(u'.');
    return dot > 0 ? host.left(dot) : u"default"_s;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

GatewayReply invalidBody(const QString &message)
{
    return GatewayReply::error(400, u"guard.invalid_input"_s, message);
}

GatewayReply policyViolation(const QString &rule)
{
    return GatewayReply::error(422, u"gateway.policy_violation"_s, rule);
}

GatewayReply bearerRefusal(const BearerCheck &check)
{
    if (check.problem == BearerProblem::KeysUnavailable)
        return GatewayReply::error(502, u"gateway.upstream_unavailable"_s, check.sentence);
    const bool forbidden = check.problem == BearerProblem::MissingScope;
    const QString code = check.problem == BearerProblem::Missing
                             ? u"auth.authorization_header_missing"_s
                             : (forbidden ? u"auth.forbidden"_s : u"auth.unauthorized"_s);
    GatewayReply reply = GatewayReply::json(
        forbidden ? 403 : 401,
        QJsonDocument(QJsonObject{
            {u"code"_s, code},
            {u"message"_s, check.sentence},
            {u"data"_s, QJsonObject{{u"reason"_s, BearerCheck::reasonName(check.problem)}}}}));
    reply.code = code;
    // RFC 6750 section 3; the description is the sentence, kept to quoted-string-safe ASCII.
    QByteArray description;
    for (const QChar c : check.sentence) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\')
            description += char(c.unicode());
    }
    reply.addHeader("WWW-Authenticate",
                    "Bearer realm=\"latchkey-gateway\", error=\"" +
                        QByteArray(forbidden ? "insufficient_scope" : "invalid_token") +
                        "\", error_description=\"" + description + '"');
    return reply;
}

} // namespace

GatewayApi::GatewayApi(const GatewayConfig &config, LogtoClient *logto, BearerVerifier *bearer,
                       GatewayMetrics *metrics, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_logto(logto)
    , m_bearer(bearer)
    , m_metrics(metrics)
    , m_limiter(config.ratePerMinute)
    , m_tenantId(tenantOf(logto->config().effectiveApiIndicator()))
{}

QString GatewayApi::actionOf(const QString &route, const QByteArray &method)
{
    if (route == kTokens && method == "POST")
        return u"create"_s;
    if (route == kTokens && method == "PATCH")
        return u"rename"_s;
    if (route == kDelete && method == "POST")
        return u"revoke"_s;
    return {};
}

GatewayReply GatewayApi::policyReply() const
{
    QJsonObject policy = m_config.policy.toJson();
    policy.insert(u"ratePerMinute"_s, m_config.ratePerMinute);
    policy.insert(u"resource"_s, m_config.resource);
    policy.insert(u"scope"_s, orNull(m_config.requiredScope));
    policy.insert(u"issuer"_s, m_config.issuer());
    policy.insert(u"logtoEndpoint"_s,
                  m_config.logtoEndpoint.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
    return GatewayReply::json(200, QJsonDocument(policy));
}

void GatewayApi::handle(GatewayExchange *exchange, const QByteArray &authorization)
{
    m_bearer->verify(authorization, exchange, [this, exchange](BearerCheck check) {
        if (!check.ok()) {
            m_metrics->recordAuthFailure(BearerCheck::reasonName(check.problem));
            exchange->respond(bearerRefusal(check));
            return;
        }
        exchange->audit.userId = check.userId;
        dispatch(exchange, check.userId);
    });
}

void GatewayApi::dispatch(GatewayExchange *exchange, const QString &userId)
{
    const QString action = actionOf(exchange->route, exchange->method);
    if (!action.isEmpty()) {
        if (const auto wait = m_limiter.take(userId, QDateTime::currentMSecsSinceEpoch())) {
            m_metrics->recordRateLimited();
            const qint64 seconds = qMax<qint64>(1, (wait->count() + 999) / 1000);
            GatewayReply reply =
                GatewayReply::error(429, u"gateway.rate_limited"_s,
                                    u"Too many changes: at most %1 a minute. Try again in %2 s."_s
                                        .arg(m_config.ratePerMinute)
                                        .arg(seconds));
            reply.addHeader("Retry-After", QByteArray::number(seconds));
            exchange->respond(reply);
            return;
        }
    }
    if (exchange->route == kMe)
        me(exchange, userId);
    else if (exchange->route == kTokens && exchange->method == "GET")
        list(exchange, userId);
    else if (action == u"create"_s)
        create(exchange, userId);
    else if (action == u"rename"_s)
        rename(exchange, userId);
    else if (action == u"revoke"_s)
        revoke(exchange, userId);
}

void GatewayApi::me(GatewayExchange *exchange, const QString &userId)
{
    m_logto->getUser(userId, exchange, [this, exchange](Result<User> user) {
        if (!user) {
            exchange->respond(upstreamFailure(user.error()));
            return;
        }
        const User &u = user.value();
        exchange->respond(GatewayReply::json(
            200, QJsonDocument(QJsonObject{{u"id"_s, u.id},
                                           {u"username"_s, orNull(u.username)},
                                           {u"name"_s, orNull(u.name)},
                                           {u"primaryEmail"_s, orNull(u.primaryEmail)}})));
    });
}

QJsonObject GatewayApi::tokenJson(const PersonalAccessToken &token) const
{
    return {{u"tenantId"_s, m_tenantId},
            {u"userId"_s, token.userId},
            {u"name"_s, token.name},
            {u"createdAt"_s, double(token.createdAt.toMSecsSinceEpoch())},
            {u"expiresAt"_s, token.expiresAt
                                 ? QJsonValue(double(token.expiresAt->toMSecsSinceEpoch()))
                                 : QJsonValue(QJsonValue::Null)},
            {u"fingerprint"_s, QString::fromLatin1(token.fingerprint)},
            {u"hint"_s, token.hint}};
}

void GatewayApi::list(GatewayExchange *exchange, const QString &userId)
{
    m_logto->listTokens(userId, exchange,
                        [this, exchange](Result<QList<PersonalAccessToken>> tokens) {
                            if (!tokens) {
                                exchange->respond(upstreamFailure(tokens.error()));
                                return;
                            }
                            QJsonArray array;
                            for (const PersonalAccessToken &token : tokens.value())
                                array.append(tokenJson(token));
                            exchange->respond(GatewayReply::json(200, QJsonDocument(array)));
                        });
}

void GatewayApi::create(GatewayExchange *exchange, const QString &userId)
{
    const TokenRequest request = TokenRequest::create(exchange->body);
    exchange->audit.tokenName = request.name;
    if (!request.ok()) {
        exchange->respond(invalidBody(request.error));
        return;
    }
    QString rule = m_config.policy.checkName(request.name);
    if (rule.isEmpty())
        rule = m_config.policy.checkExpiry(request.expiresAt, QDateTime::currentMSecsSinceEpoch());
    if (!rule.isEmpty()) {
        exchange->respond(policyViolation(rule));
        return;
    }
    runInTurn(userId, exchange, [this, exchange, userId, request] {
        // Counted first, so that the limit holds on this instance even under a burst.
        m_logto->listTokens(
            userId, exchange,
            [this, exchange, userId, request](Result<QList<PersonalAccessToken>> held) {
                if (!held) {
                    exchange->respond(upstreamFailure(held.error()));
                    return;
                }
                if (const QString rule = m_config.policy.checkCount(int(held.value().size()));
                    !rule.isEmpty()) {
                    exchange->respond(policyViolation(rule));
                    return;
                }
                std::optional<QDateTime> expiry;
                if (request.expiresAt)
                    expiry = QDateTime::fromMSecsSinceEpoch(*request.expiresAt, Qt::UTC);
                // LogtoClient reconciles a create whose answer was lost by listing: the
                // token is found and returned rather than made twice.
                m_logto->createToken(userId, request.name, expiry, exchange,
                                     [this, exchange](Result<CreatedToken> created) {
                                         answerCreated(exchange, std::move(created));
                                     });
            });
    });
}

void GatewayApi::answerCreated(GatewayExchange *exchange, Result<CreatedToken> created)
{
    if (!created) {
        exchange->respond(upstreamFailure(created.error()));
        return;
    }
    CreatedToken &token = created.value();
    exchange->audit.fingerprint = token.token.fingerprint;
    QJsonObject object = tokenJson(token.token);
    QString value = token.value.toString();
    object.insert(u"value"_s, value);
    SecretBytes::wipe(value);
    token.value.clear();
    GatewayReply reply = GatewayReply::json(201, QJsonDocument(object));
    reply.secret = true;
    exchange->respond(std::move(reply));
}

void GatewayApi::rename(GatewayExchange *exchange, const QString &userId)
{
    const TokenRequest request = TokenRequest::rename(exchange->body);
    exchange->audit.tokenName = request.currentName;
    exchange->audit.newName = request.name;
    if (!request.ok()) {
        exchange->respond(invalidBody(request.error));
        return;
    }
    if (const QString rule = m_config.policy.checkName(request.name); !rule.isEmpty()) {
        exchange->respond(policyViolation(rule));
        return;
    }
    runInTurn(userId, exchange, [this, exchange, userId, request] {
        m_logto->renameToken(userId, request.currentName, request.name, exchange,
                             [this, exchange](Result<PersonalAccessToken> renamed) {
                                 if (!renamed) {
                                     exchange->respond(upstreamFailure(renamed.error()));
                                     return;
                                 }
                                 exchange->respond(GatewayReply::json(
                                     200, QJsonDocument(tokenJson(renamed.value()))));
                             });
    });
}

void GatewayApi::revoke(GatewayExchange *exchange, const QString &userId)
{
    const TokenRequest request = TokenRequest::revoke(exchange->body);
    exchange->audit.tokenName = request.name;
    if (!request.ok()) {
        exchange->respond(invalidBody(request.error));
        return;
    }
    runInTurn(userId, exchange, [this, exchange, userId, name = request.name] {
        m_logto->deleteToken(userId, name, exchange, [this, exchange](Result<Done> done) {
            exchange->respond(done ? GatewayReply::noContent() : upstreamFailure(done.error()));
        });
    });
}

void GatewayApi::runInTurn(const QString &userId, GatewayExchange *exchange,
                           std::function<void()> job)
{
    QList<Turn> &turns = m_turns[userId];
    turns.append({exchange, std::move(job)});
    // The turn ends when the exchange is gone (answered, or its deadline passed).
    connect(exchange, &QObject::destroyed, this, [this, userId] { startNext(userId); });
    if (turns.size() == 1)
        std::exchange(turns.first().job, nullptr)();
}

void GatewayApi::startNext(const QString &userId)
{
    auto it = m_turns.find(userId);
    if (it == m_turns.end())
        return;
    QList<Turn> &turns = *it;
    // Drop finished turns from the front; start the next one still waiting.
    while (!turns.isEmpty() && !turns.first().exchange)
        turns.removeFirst();
    if (turns.isEmpty()) {
        m_turns.erase(it);
        return;
    }
    // A job still set has not run yet; the running one's job is already taken.
    if (auto job = std::exchange(turns.first().job, nullptr))
        job();
}

GatewayReply GatewayApi::upstreamFailure(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::InvalidInput: {
        // Logto's own answer about the caller's request: status, code and message as given.
        const int status =
            error.httpStatus() >= 400 && error.httpStatus() < 500 ? error.httpStatus() : 400;
        return GatewayReply::error(
            status, error.code().isEmpty() ? u"request.general"_s : error.code(),
            error.serverMessage().isEmpty() ? error.detail() : error.serverMessage());
    }
    default:
        break;
    }
    m_metrics->recordUpstreamError(ApiError::kindName(error.kind()));
    if (error.kind() == Kind::Timeout)
        return GatewayReply::error(504, u"gateway.upstream_unavailable"_s,
                                   u"Logto did not answer in time; try again later."_s);
    if (error.kind() == Kind::Unauthorized || error.kind() == Kind::Forbidden)
        return GatewayReply::error(
            502, u"gateway.upstream_unavailable"_s,
            u"Logto refused the gateway's own credentials (HTTP %1): the gateway is "
            "misconfigured."_s.arg(error.httpStatus()));
    return GatewayReply::error(502, u"gateway.upstream_unavailable"_s,
                               u"Logto could not be reached or failed (%1); try again later."_s.arg(
                                   ApiError::kindName(error.kind())));
}

} // namespace latchkey
