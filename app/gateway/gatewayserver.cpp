#include "app/gateway/gatewayserver.h"

#include "app/gateway/bearerverifier.h"
#include "app/gateway/connectionguard.h"
#include "app/gateway/gatewayapi.h"
#include "app/gateway/gatewayexchange.h"
#include "app/gateway/gatewaymetrics.h"
#include "app/gateway/guardedlistener.h"
#include "app/gateway/jwkscache.h"

#include "net/logtoclient.h"
#include "net/secretbytes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

const QString kHealth = u"/healthz"_s;
const QString kMetrics = u"/metrics"_s;
const QString kPolicy = u"/api/me/policy"_s;

struct Route
{
    QString path;
    QList<QByteArray> methods;
};

// Every route of docs/gateway-api.md; anything else is 404, another method 405.
const QList<Route> kRoutes = {
    {u"/api/me"_s, {"GET"}},
    {u"/api/me/personal-access-tokens"_s, {"GET", "POST", "PATCH"}},
    {u"/api/me/personal-access-tokens/delete"_s, {"POST"}},
    {kPolicy, {"GET"}},
    {kHealth, {"GET"}},
    {kMetrics, {"GET"}},
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QString newRequestId()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

// A caller's X-Request-Id is kept when it is a plain token, so that a proxy's id and the
// audit line match; anything else gets an id of our own.
QString requestIdFor(const QHttpServerRequest &request)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9._:-]{1,128}$"_s);
    const QString given = QString::fromLatin1(request.value("x-request-id"));
    return plain.match(given).hasMatch() ? given : newRequestId();
}

QString addressText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

class GatewayServer::Private
{
public:
    explicit Private(GatewayServer *q)
        : q(q)
    {}

    bool listen(QString *errorMessage);
    void accept(const QString &route, const QHttpServerRequest &request, QTcpSocket *socket);
    void finish(GatewayExchange *exchange, QPointer<QTcpSocket> socket, GatewayReply reply);
    void health(GatewayExchange *exchange);
    QString clientAddress(const QHttpServerRequest &request) const;
    void finishDrain();

    GatewayServer *q;
    GatewayConfig config;
    std::unique_ptr<AuditLog> audit;
    GatewayMetrics metrics;
    LogtoClient *logto = nullptr;
    JwksCache *keys = nullptr;
    BearerVerifier *bearer = nullptr;
    GatewayApi *api = nullptr;
    QHttpServer *http = nullptr;
    QTcpServer *listener = nullptr;
    QUrl url;
    int inFlight = 0;
    bool draining = false;
    bool drainFinished = false;
    QTimer drainTimer;
};

bool GatewayServer::Private::listen(QString *errorMessage)
{
    ConnectionGuard::Limits limits;
    limits.maxBodyBytes = config.maxBodyBytes;
    if (config.tls()) {
        QFile certFile(config.tlsCertificateFile);
        QFile keyFile(config.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *errorMessage = u"The TLS certificate or key file could not be read."_s;
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        SecretBytes::wipe(keyPem);
        if (chain.isEmpty() || key.isNull()) {
            *errorMessage = u"The TLS certificate or key is not valid PEM."_s;
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        auto *server = new GuardedTlsListener(limits);
        server->setSslConfiguration(tls);
        listener = server;
    } else {
        listener = new GuardedTcpListener(limits);
    }
    if (!listener->listen(config.listenAddress, config.listenPort)) {
        *errorMessage = u"The gateway could not listen on %1:%2: %3"_s.arg(
            config.listenAddress.toString(), QString::number(config.listenPort),
            listener->errorString());
        delete listener;
        listener = nullptr;
        return false;
    }
    http->bind(listener);
    url.setScheme(config.tls() ? u"https"_s : u"http"_s);
    url.setHost(config.listenAddress.toString());
    url.setPort(listener->serverPort());
    return true;
}

QString GatewayServer::Private::clientAddress(const QHttpServerRequest &request) const
{
    // Behind a proxy the client is the address the proxy appended last (earlier entries
    // come from the client and prove nothing).
    if (config.behindProxy) {
        const QList<QByteArray> hops = request.value("x-forwarded-for").split(',');
        const QHostAddress forwarded(QString::fromLatin1(hops.last().trimmed()));
        if (!forwarded.isNull())
            return addressText(forwarded);
    }
    return addressText(request.remoteAddress());
}

void GatewayServer::Private::accept(const QString &route, const QHttpServerRequest &request,
                                    QTcpSocket *socket)
{
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    if (guard)
        guard->requestParsed();
    QPointer<QTcpSocket> connection(socket);

    auto *exchange = new GatewayExchange(q);
    exchange->requestId = requestIdFor(request);
    exchange->route = route;
    exchange->method = methodName(request.method());
    exchange->clientAddress = clientAddress(request);
    exchange->audit.action = GatewayApi::actionOf(route, exchange->method);
    ++inFlight;
    metrics.setInFlight(inFlight);
    QObject::connect(exchange, &GatewayExchange::answered, q,
                     [this, exchange, connection](const GatewayReply &reply) {
                         finish(exchange, connection, reply);
                     });

    if (draining) {
        exchange->respond(GatewayReply::error(503, u"gateway.shutting_down"_s,
                                              u"The gateway is shutting down; try again."_s));
        return;
    }
    const auto known = std::find_if(kRoutes.begin(), kRoutes.end(),
                                    [&route](const Route &r) { return r.path == route; });
    if (known == kRoutes.end()) {
        exchange->respond(GatewayReply::error(404, u"gateway.not_found"_s,
                                              u"There is no such route on the gateway."_s));
        return;
    }
    if (!known->methods.contains(exchange->method)) {
        GatewayReply reply = GatewayReply::error(405, u"gateway.method_not_allowed"_s,
                                                 u"This route does not take that method."_s);
        reply.addHeader("Allow", known->methods.join(", "));
        exchange->respond(reply);
        return;
    }
    if (request.body().size() > config.maxBodyBytes) {
        exchange->respond(GatewayReply::error(
            413, u"gateway.body_too_large"_s,
            u"The request body is larger than %1 bytes."_s.arg(config.maxBodyBytes)));
        return;
    }
    // Never a hang: whatever Logto does, the request is answered by its deadline.
    QTimer::singleShot(config.upstreamTimeout, exchange, [exchange] {
        exchange->respond(GatewayReply::error(504, u"gateway.upstream_unavailable"_s,
                                              u"Logto did not answer in time; try again later."_s));
    });

    if (route == kMetrics) {
        GatewayReply reply;
        reply.addHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        reply.body = metrics.render();
        exchange->respond(reply);
    } else if (route == kHealth) {
        health(exchange);
    } else if (route == kPolicy) {
        exchange->respond(api->policyReply());
    } else {
        exchange->body = request.body();
        QByteArray authorization = request.value("authorization");
        api->handle(exchange, authorization);
        SecretBytes::wipe(authorization);
    }
}

void GatewayServer::Private::health(GatewayExchange *exchange)
{
    // A real Management API call with the gateway's own token: credentials, network and
    // Logto all have to work.
    UserQuery query;
    query.pageSize = 1;
    logto->listUsers(query, exchange, [this, exchange](Result<UserPage> page) {
        if (!page) {
            // Not ready, whatever Logto said: a load balancer reads 503.
            GatewayReply reply = api->upstreamFailure(page.error());
            reply.status = 503;
            exchange->respond(reply);
            return;
        }
        exchange->respond(
            GatewayReply::json(200, QJsonDocument(QJsonObject{{u"status"_s, u"ok"_s}})));
    });
}

void GatewayServer::Private::finish(GatewayExchange *exchange, QPointer<QTcpSocket> socket,
                                    GatewayReply reply)
{
    reply.addHeader("X-Request-Id", exchange->requestId.toLatin1());
    reply.addHeader("Cache-Control", "no-store");
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->respond(reply, draining);
    if (reply.secret)
        SecretBytes::wipe(reply.body);
    metrics.recordRequest(exchange->route.isEmpty() ? u"other"_s : exchange->route,
                          exchange->method, reply.status,
                          double(exchange->clock.nsecsElapsed()) / 1e9);
    if (!exchange->audit.action.isEmpty()) {
        AuditRecord record = exchange->audit;
        record.time = QDateTime::currentDateTimeUtc();
        record.requestId = exchange->requestId;
        record.status = reply.status;
        record.code = reply.code;
        record.clientAddress = exchange->clientAddress;
        audit->write(record);
    }
    --inFlight;
    metrics.setInFlight(inFlight);
    exchange->deleteLater();
    if (draining && inFlight == 0)
        finishDrain();
}

void GatewayServer::Private::finishDrain()
{
    if (drainFinished)
        return;
    drainFinished = true;
    drainTimer.stop();
    if (listener)
        listener->close();
    const QList<QTcpSocket *> sockets = http->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (ConnectionGuard *guard = ConnectionGuard::of(socket))
            guard->closeWhenIdle();
        socket->flush();
    }
    // The last answers must leave before the process may end: drained() waits until every
    // socket has written what it holds (for two seconds at most).
    auto *waiting = new QTimer(q);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(waiting, &QTimer::timeout, q, [this, waiting, clock] {
        const QList<QTcpSocket *> open = http->findChildren<QTcpSocket *>();
        const bool written = std::all_of(open.begin(), open.end(), [](QTcpSocket *socket) {
            return socket->state() == QAbstractSocket::UnconnectedState ||
                   socket->bytesToWrite() == 0;
        });
        if (!written && clock->elapsed() < 2000)
            return;
        waiting->deleteLater();
        emit q->drained();
    });
    waiting->start(10);
}

GatewayServer::GatewayServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->drainTimer.setSingleShot(true);
    connect(&d->drainTimer, &QTimer::timeout, this, [this] { d->finishDrain(); });
}

GatewayServer::~GatewayServer()
{
    // Requests first: their calls hold the client's replies.
    qDeleteAll(findChildren<GatewayExchange *>(Qt::FindDirectChildrenOnly));
    delete d->http;
    delete d->api;
    delete d->bearer;
    delete d->keys;
    delete d->logto;
}

bool GatewayServer::start(GatewayConfig config, QString *errorMessage, AuditLog::Sink auditSink)
{
    QString error;
    if (!errorMessage)
        errorMessage = &error;
    if (d->http) {
        *errorMessage = u"The gateway is already running."_s;
        return false;
    }
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        *errorMessage = problem;
        return false;
    }
    d->config = std::move(config);
    d->audit = std::make_unique<AuditLog>(std::move(auditSink));

    ClientConfig client;
    client.endpoint = d->config.logtoEndpoint;
    client.appId = d->config.appId;
    client.appSecret = d->config.appSecret.clone();
    client.apiIndicator = d->config.apiIndicator;
    client.extraCaCertificates = d->config.extraCaCertificates;
    client.requestTimeout = d->config.upstreamTimeout;
    client.maxAttempts = 2;
    client.maxRetryTime = d->config.upstreamTimeout;
    client.retryBaseDelay = std::chrono::milliseconds(100);
    d->logto = new LogtoClient(std::move(client));
    d->keys = new JwksCache(
        [logto = d->logto](QObject *context, std::function<void(Result<QByteArray>)> done) {
            logto->fetchJwks(context, std::move(done));
        },
        d->config.jwksRefetchInterval);
    d->bearer = new BearerVerifier(
        {d->config.issuer(), d->config.resource, d->config.requiredScope, d->config.clockLeeway},
        d->keys);
    d->api = new GatewayApi(d->config, d->logto, d->bearer, &d->metrics);

    d->http = new QHttpServer;
    for (const Route &route : kRoutes) {
        d->http->route(route.path, [this, path = route.path](const QHttpServerRequest &request,
                                                             QHttpServerResponder &&responder) {
            d->accept(path, request, responder.socket());
        });
    }
    d->http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            d->accept(QString(), request, responder.socket());
        });
    if (!d->listen(errorMessage)) {
        delete d->http;
        d->http = nullptr;
        return false;
    }
    // The keys are wanted by the first request; fetching them now saves it the wait.
    d->keys->refresh(this, [] {});
    return true;
}

QUrl GatewayServer::url() const
{
    return d->url;
}

const GatewayConfig &GatewayServer::config() const
{
    return d->config;
}

void GatewayServer::drain()
{
    if (d->draining)
        return;
    d->draining = true;
    if (d->inFlight == 0) {
        d->finishDrain();
        return;
    }
    d->drainTimer.start(d->config.drainTimeout);
}

bool GatewayServer::isDraining() const
{
    return d->draining;
}

int GatewayServer::requestsInFlight() const
{
    return d->inFlight;
}

} // namespace latchkey
