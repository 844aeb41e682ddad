// SandboxServer wiring: store, signing key, seeded apps/users, the HTTP server and (with test
// hooks) the fault front that owns the public port.
#include "app/sandbox/sandboxserver.h"

#include "app/sandbox/sandboxapi.h"
#include "app/sandbox/sandboxfaultplan.h"
#include "app/sandbox/sandboxfaultproxy.h"
#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxseeder.h"
#include "app/sandbox/sandboxstore.h"
#include "app/sandbox/sandboxtokensigner.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

const QString kApiIndicator = u"https://default.logto.app/api"_s;

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
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    // Qt 6.4 keeps the request target percent-encoded, so the fully encoded form is what the
    // client sent. (A target with a stray '%' gets every '%' re-encoded by QUrl's tolerant
    // parsing; such names then simply match no token, still a 404 as on Logto.)
    r.rawPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    r.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

void respond(QHttpServerResponder &responder, const SandboxResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

std::optional<SandboxFault::Action> actionFromName(const QString &name)
{
    using A = SandboxFault::Action;
    static const QHash<QString, A> names = {
        {u"delay"_s, A::Delay},           {u"status"_s, A::Status},
        {u"reset"_s, A::Reset},           {u"resetAfterHandling"_s, A::ResetAfterHandling},
        {u"truncate"_s, A::Truncate},     {u"malformedJson"_s, A::MalformedJson},
        {u"wrongShape"_s, A::WrongShape}, {u"oversized"_s, A::Oversized},
    };
    const auto it = names.find(name);
    return it == names.end() ? std::nullopt : std::optional<A>(*it);
}

SandboxResponse hookJson(int status, const QJsonObject &object)
{
    SandboxResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace

class SandboxServerPrivate
{
public:
    explicit SandboxServerPrivate(SandboxServer *q)
        : api(store, signer)
        , q(q)
    {}

    bool prepareData(const SandboxOptions &options, QString *errorMessage);
    // A Native app kept under metaKey in the database, made when missing; its id.
    QString ensureUserApp(const QString &metaKey, const QString &name,
                          const QStringList &redirectUris, const QJsonObject &customClientMetadata);
    QTcpServer *makeListener(bool tls);
    SandboxResponse handleHook(const SandboxRequest &request);

    SandboxOptions options;
    SandboxStore store;
    SandboxTokenSigner signer;
    SandboxApi api;
    SandboxFaultPlan faults;
    SandboxFaultProxy *proxy = nullptr;
    QHttpServer *http = nullptr;
    QSslConfiguration tlsConfiguration;
    QUrl endpoint;
    QString appId, appSecret, primaryUserId;
    QByteArray hookKey;
    SandboxServer *q;
};

bool SandboxServerPrivate::prepareData(const SandboxOptions &opts, QString *errorMessage)
{
    if (!store.open(opts.databasePath, errorMessage))
        return false;
    // Keeping the key in the database keeps tokens and the JWKS valid across --db restarts.
    const QByteArray pem = store.meta(u"signing_key"_s);
    if (!signer.load(pem)) {
        *errorMessage = SandboxServer::tr("The sandbox signing key could not be loaded.");
        return false;
    }
    if (pem.isEmpty())
        store.setMeta(u"signing_key"_s, signer.privateKeyPem());

    appId = QString::fromUtf8(store.meta(u"app_id"_s));
    const auto app = appId.isEmpty() ? std::nullopt : store.app(appId);
    if (app) {
        appSecret = app->secret;
    } else {
        const auto created = q->createApp(true, true);
        appId = created.appId;
        appSecret = created.appSecret;
        store.setMeta(u"app_id"_s, appId.toUtf8());
    }

    primaryUserId = QString::fromUtf8(store.meta(u"primary_user_id"_s));
    if (primaryUserId.isEmpty() || !store.user(primaryUserId)) {
        SandboxSeeder seeder(store);
        primaryUserId = seeder.createPrimaryUser();
        if (primaryUserId.isEmpty() ||
            !seeder.seedRandom(opts.seedUsers, opts.seedTokens, primaryUserId) ||
            (opts.demoDirectory && !seeder.seedDemoDirectory(primaryUserId))) {
            *errorMessage = SandboxServer::tr("The sandbox database could not be seeded.");
            return false;
        }
        store.setMeta(u"primary_user_id"_s, primaryUserId.toUtf8());
    }
    return true;
}

QTcpServer *SandboxServerPrivate::makeListener(bool tls)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *sslServer = new QSslServer;
        sslServer->setSslConfiguration(tlsConfiguration);
        server = sslServer;
    } else {
        server = new QTcpServer;
    }
    return server;
}

SandboxResponse SandboxServerPrivate::handleHook(const SandboxRequest &request)
{
    const QByteArray given = request.header(SandboxServer::hookKeyHeader());
    if (hookKey.isEmpty() || given.size() != hookKey.size() ||
        CRYPTO_memcmp(given.constData(), hookKey.constData(), size_t(hookKey.size())) != 0)
        return hookJson(403, {{u"error"_s, u"missing or wrong sandbox key"_s}});
    const QByteArray &path = request.rawPath;
    const QByteArray &method = request.method;
    if (path == "/__sandbox/faults" && method == "DELETE") {
        faults.clear();
        return hookJson(200, {{u"ok"_s, true}});
    }
    if (path == "/__sandbox/stats" && method == "GET") {
        QJsonObject counts;
        for (auto it = proxy->counts().begin(); it != proxy->counts().end(); ++it)
            counts.insert(QString::fromUtf8(it.key()), it.value());
        return hookJson(200, {{u"requests"_s, counts}});
    }
    if (path == "/__sandbox/stats/reset" && method == "POST") {
        proxy->resetCounts();
        return hookJson(200, {{u"ok"_s, true}});
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (path == "/__sandbox/apps" && method == "POST") {
        const auto app = q->createApp(body.value(u"managementApi"_s).toBool(),
                                      body.value(u"tokenExchange"_s).toBool());
        return hookJson(200, {{u"appId"_s, app.appId}, {u"appSecret"_s, app.appSecret}});
    }
    if (path == "/__sandbox/faults" && method == "POST") {
        const auto action = actionFromName(body.value(u"action"_s).toString());
        if (!action)
            return hookJson(400, {{u"error"_s, u"unknown action"_s}});
        SandboxFault fault;
        fault.method = body.value(u"method"_s).toString();
        fault.pathPattern = body.value(u"path"_s).toString();
        fault.bodyContains = body.value(u"bodyContains"_s).toString().toUtf8();
        fault.action = *action;
        fault.times = body.value(u"times"_s).toInt(1);
        fault.delayMs = body.value(u"delayMs"_s).toInt(0);
        fault.status = body.value(u"status"_s).toInt(500);
        fault.body = body.value(u"body"_s).toString().toUtf8();
        fault.retryAfterSeconds = body.value(u"retryAfter"_s).toInt(-1);
        fault.bytes = body.value(u"bytes"_s).toInteger(0);
        faults.add(fault);
        return hookJson(200, {{u"ok"_s, true}});
    }
    return hookJson(404, {{u"error"_s, u"unknown test hook"_s}});
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>(this))
{}

SandboxServer::~SandboxServer()
{
    // Stop serving before the store and the signing key go away.
    delete d->proxy;
    delete d->http;
}

bool SandboxServer::start(const SandboxOptions &options, QString *errorMessage)
{
    QString error;
    if (!errorMessage)
        errorMessage = &error;
    if (d->http) {
        *errorMessage = tr("The sandbox is already running.");
        return false;
    }
    d->options = options;
    const bool tls = !options.tlsCertificateFile.isEmpty() && !options.tlsKeyFile.isEmpty();
    if (tls) {
        QFile certFile(options.tlsCertificateFile);
        QFile keyFile(options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *errorMessage = tr("The TLS certificate or key file could not be read.");
            return false;
        }
        const QList<QSslCertificate> chain =
            QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *errorMessage = tr("The TLS certificate or key is not valid PEM.");
            return false;
        }
        d->tlsConfiguration = QSslConfiguration::defaultConfiguration();
        d->tlsConfiguration.setLocalCertificateChain(chain);
        d->tlsConfiguration.setPrivateKey(key);
        d->tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    }
    if (!d->prepareData(options, errorMessage))
        return false;

    d->http = new QHttpServer(this);
    d->http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(responder, d->api.handle(toSandboxRequest(request)));
        });

    QTcpServer *publicServer = d->makeListener(tls);
    if (!publicServer->listen(QHostAddress::LocalHost, options.port)) {
        *errorMessage = tr("The sandbox could not listen on 127.0.0.1:%1: %2")
                            .arg(options.port)
                            .arg(publicServer->errorString());
        delete publicServer;
        return false;
    }
    if (options.testHooks) {
        d->hookKey = sandboxRandomString(32, kSandboxAlphanumeric).toLatin1();
        auto *inner = new QTcpServer;
        if (!inner->listen(QHostAddress::LocalHost, 0)) {
            *errorMessage =
                tr("The sandbox could not listen on 127.0.0.1: %1").arg(inner->errorString());
            delete inner;
            delete publicServer;
            return false;
        }
        inner->setParent(d->http);
        d->http->bind(inner);
        d->proxy = new SandboxFaultProxy(
            d->faults, [this](const SandboxRequest &request) { return d->handleHook(request); },
            this);
        d->proxy->serve(publicServer, inner->serverPort());
    } else {
        publicServer->setParent(d->http);
        d->http->bind(publicServer);
    }
    d->endpoint.setScheme(tls ? u"https"_s : u"http"_s);
    d->endpoint.setHost(u"127.0.0.1"_s);
    d->endpoint.setPort(publicServer->serverPort());
    d->api.setConfig({d->endpoint.toString(), kApiIndicator, options.tokenLifetimeSeconds,
                      options.refreshReuseWindowMs});
    return true;
}

QString SandboxServer::hookKey() const
{
    return QString::fromLatin1(d->hookKey);
}

QUrl SandboxServer::endpoint() const
{
    return d->endpoint;
}

QString SandboxServer::appId() const
{
    return d->appId;
}

QString SandboxServer::appSecret() const
{
    return d->appSecret;
}

QString SandboxServer::apiIndicator() const
{
    return kApiIndicator;
}

QString SandboxServer::primaryUserId() const
{
    return d->primaryUserId;
}

SandboxServer::AppCredentials SandboxServer::createApp(bool managementApiAccess, bool tokenExchange)
{
    SandboxApp app;
    app.id = sandboxRandomString(21, kSandboxLowerAlphanumeric);
    app.secret = sandboxRandomString(32, kSandboxAlphanumeric);
    app.managementApi = managementApiAccess;
    app.tokenExchange = tokenExchange;
    app.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (!d->store.insertApp(app))
        return {};
    return {app.id, app.secret};
}

int SandboxServer::requestCount(const QString &methodAndPathPattern) const
{
    if (!d->proxy)
        return 0;
    const qsizetype space = methodAndPathPattern.indexOf(u' ');
    const QByteArray method =
        space < 0 ? QByteArray() : methodAndPathPattern.left(space).toLatin1();
    const QByteArray pattern =
        (space < 0 ? methodAndPathPattern : methodAndPathPattern.mid(space + 1)).toUtf8();
    int total = 0;
    for (auto it = d->proxy->counts().begin(); it != d->proxy->counts().end(); ++it) {
        const qsizetype keySpace = it.key().indexOf(' ');
        if (!method.isEmpty() && it.key().left(keySpace) != method)
            continue;
        if (SandboxFaultPlan::pathMatches(pattern, QByteArrayView(it.key()).sliced(keySpace + 1)))
            total += it.value();
    }
    return total;
}

int SandboxServer::requestsInProgress() const
{
    return d->proxy ? d->proxy->requestsInProgress() : 0;
}

int SandboxServer::openConnections() const
{
    return d->proxy ? d->proxy->openConnections() : 0;
}

void SandboxServer::resetStats()
{
    if (d->proxy)
        d->proxy->resetCounts();
}

void SandboxServer::addFault(const SandboxFault &fault)
{
    if (d->proxy)
        d->faults.add(fault);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

QByteArray SandboxServer::signWithSandboxKey(const QJsonObject &header,
                                             const QJsonObject &claims) const
{
    if (!d->options.testHooks)
        return {};
    return d->signer.sign(header, claims);
}

QString SandboxServer::ensureResource(const QString &indicator, const QString &name)
{
    if (const auto existing = d->store.resourceByIndicator(indicator))
        return existing->id;
    const SandboxResource resource{sandboxRandomString(21, kSandboxLowerAlphanumeric), name,
                                   indicator, d->options.tokenLifetimeSeconds};
    return d->store.insertResource(resource) ? resource.id : QString();
}

QString SandboxServerPrivate::ensureUserApp(const QString &metaKey, const QString &name,
                                            const QStringList &redirectUris,
                                            const QJsonObject &customClientMetadata)
{
    const QString known = QString::fromUtf8(store.meta(metaKey));
    if (!known.isEmpty() && store.app(known))
        return known;
    SandboxApp app;
    app.id = sandboxRandomString(21, kSandboxLowerAlphanumeric);
    app.secret = u"internal_"_s + sandboxRandomString(32, kSandboxAlphanumeric);
    app.type = u"Native"_s;
    app.name = name;
    app.redirectUris = redirectUris;
    app.customClientMetadata = customClientMetadata;
    app.tokenExchange = customClientMetadata.value(u"allowTokenExchange"_s).toBool();
    app.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (!store.insertApp(app) || !store.setMeta(metaKey, app.id.toUtf8()))
        return {};
    return app.id;
}

SandboxServer::DeveloperSignIn SandboxServer::ensureDeveloperSignIn()
{
    DeveloperSignIn result;
    result.nativeAppId =
        d->ensureUserApp(u"native_app_id"_s, u"Latchkey"_s, {u"http://127.0.0.1/callback"_s},
                         {{u"allowTokenExchange"_s, true}});
    result.deviceAppId =
        d->ensureUserApp(u"device_app_id"_s, u"Latchkey (device)"_s, {},
                         {{u"isDeviceFlow"_s, true}, {u"allowTokenExchange"_s, true}});
    const auto developer = d->store.user(d->primaryUserId);
    if (!developer || !SandboxSeeder(d->store).ensureTokens(developer->id))
        return result;
    result.developer = developer->username;
    return result;
}

} // namespace latchkey
