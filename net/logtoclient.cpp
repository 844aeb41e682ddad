#include "net/logtoclient.h"

#include "net/accesstokenprovider.h"
#include "net/apirequest.h"
#include "net/formencoding.h"
#include "net/pendingcall.h"
#include "net/responseparser.h"
#include "net/retrypolicy.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace latchkey {

namespace {

SecretBytes jsonBody(const QJsonObject &object)
{
    return SecretBytes(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Server and client clocks differ; a token that the lost create made carries
// the server's time, so "created after the call started" allows this much skew.
constexpr milliseconds reconcileClockSkew = 2min;

} // namespace

class LogtoClient::Private
{
public:
    Private(ClientConfig config, const BearerSource::Maker &makeBearer)
        : config(std::move(config))
        , tokens(makeBearer(&manager, this->config))
    {
        // One thread, so lists are delivered in the order they arrived.
        parser.setMaxThreadCount(1);
        // Fingerprints are hashed on the parser's thread. OpenSSL's first use loads
        // its configuration and leaves error state on the thread that does it,
        // freed by a thread-local destructor that a pool's wait() does not wait
        // for. Done here, on the owner's thread, it leaves the parser's thread
        // with no OpenSSL state to outlive the process's exit (reliability.md).
        OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
    }

    // The two dialects (docs/gateway-api.md): an admin's M2M app reaches any
    // user under /api/users/{id}/ of the Management API; a developer reaches
    // only themselves, under /api/me/ of their gateway. The answers are the same.
    QString userPath(const QString &userId) const
    {
        if (config.usesGateway())
            return u"/api/me"_s;
        return u"/api/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(userId));
    }

    QString tokensPath(const QString &userId) const
    {
        return userPath(userId) + u"/personal-access-tokens"_s;
    }

    HttpRequest request(QByteArray method, const QString &encodedPath, bool repeatable) const
    {
        HttpRequest r;
        r.method = std::move(method);
        r.url =
            config.usesGateway() ? config.gatewayUrl(encodedPath) : config.endpointUrl(encodedPath);
        r.auth = HttpRequest::Auth::Bearer;
        r.endpoint = HttpRequest::Endpoint::Api;
        r.repeatable = repeatable;
        return r;
    }

    // Runs `request` as the call's current step; `then` sees its outcome
    // unless the call was aborted or its context destroyed meanwhile.
    void run(PendingCall *call, HttpRequest request, std::function<void(ApiRequest::Outcome)> then)
    {
        auto *step = new ApiRequest(&manager, config, tokens.get(), std::move(request), call);
        call->setStep(step);
        step->start(std::move(then));
    }

    // A token list is parsed on the parser thread: for 10k tokens the JSON and
    // a SHA-256 per value take ~30 ms, which would freeze the GUI thread. The
    // body (every plaintext value) is wiped there; the result is delivered
    // on the call's thread, and not at all once the call is gone. A small list
    // (a developer's handful; 16 KiB is ~80 tokens, well under a millisecond)
    // is parsed here instead when no parse is pending (so lists still arrive in
    // order): the hand-over and back are two thread wake-ups, which on a busy
    // machine cost more than the parse (the gateway, docs/benchmarks.md §7).
    void parseTokens(LogtoClient *owner, PendingCall *call, SecretBytes body,
                     const Callback<QList<PersonalAccessToken>> &done)
    {
        using Tokens = QList<PersonalAccessToken>;
        constexpr qsizetype inlineParseBytes = 16 * 1024;
        if (pendingParses == 0 && body.size() <= inlineParseBytes) {
            Result<Tokens> result = ResponseParser::tokens(body.view());
            body.clear();
            deliver<Tokens>(call, done, std::move(result));
            return;
        }
        ++pendingParses;
        auto promise = std::make_shared<QPromise<Result<Tokens>>>();
        QFuture<Result<Tokens>> parsed = promise->future();
        promise->start();
        parser.start([promise, body = std::make_shared<SecretBytes>(std::move(body))] {
            promise->addResult(ResponseParser::tokens(body->view()));
            body->clear();
            promise->finish();
        });
        // On the owner, not the call: the count must drop even when the call is gone.
        parsed.then(owner, [this, call = QPointer<PendingCall>(call), done](Result<Tokens> result) {
            --pendingParses;
            if (call)
                deliver<Tokens>(call, done, std::move(result));
        });
    }

    template<typename T>
    static void deliver(PendingCall *call, const Callback<T> &done, Result<T> result)
    {
        call->finish([&] {
            if (done)
                done(std::move(result));
        });
    }

    // One create across its attempts (see attemptCreate).
    struct CreateState
    {
        QString userId;
        QString name;
        QJsonObject body;
        qint64 startedAt = 0;
        QElapsedTimer clock;
        int attempts = 0;
        Callback<CreatedToken> done;
    };
    void attemptCreate(PendingCall *call, std::shared_ptr<CreateState> state);

    ClientConfig config;
    QNetworkAccessManager manager;
    std::unique_ptr<BearerSource> tokens;
    int pendingParses = 0; // handed to the parser and not yet delivered
    QThreadPool parser;    // destroyed first: waits for a parse in progress
};

LogtoClient::LogtoClient(ClientConfig config, QObject *parent)
    : LogtoClient(std::move(config), AccessTokenProvider::maker(), parent)
{}

LogtoClient::LogtoClient(ClientConfig config, const BearerSource::Maker &makeBearer,
                         QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(config), makeBearer))
{}

LogtoClient::~LogtoClient()
{
    // Calls go first: their requests hold replies of the manager that d owns.
    qDeleteAll(findChildren<PendingCall *>(Qt::FindDirectChildrenOnly));
}

const ClientConfig &LogtoClient::config() const
{
    return d->config;
}

ApiCall *LogtoClient::listUsers(const UserQuery &query, QObject *context, Callback<UserPage> done)
{
    auto *call = new PendingCall(context, this);
    if (d->config.usesGateway()) {
        // A gateway has no directory: a developer sees only themselves.
        QMetaObject::invokeMethod(
            call,
            [call, done = std::move(done)] {
                Private::deliver<UserPage>(call, done,
                                           ApiError(ApiError::Kind::Forbidden, 0,
                                                    u"latchkey.developer_connection"_s, {},
                                                    u"no user directory"_s));
            },
            Qt::QueuedConnection);
        return call;
    }
    HttpRequest request = d->request("GET", u"/api/users"_s, true);
    QByteArray q = "page=" + QByteArray::number(query.page) +
                   "&page_size=" + QByteArray::number(query.pageSize);
    // Logto's search uses SQL LIKE: '%' around the text finds it anywhere.
    if (!query.search.isEmpty())
        q += "&search=" + QUrl::toPercentEncoding(u'%' + query.search + u'%');
    request.url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    d->run(call, std::move(request),
           [call, done = std::move(done), query](ApiRequest::Outcome outcome) {
               Private::deliver<UserPage>(
                   call, done,
                   outcome.error.isError()
                       ? Result<UserPage>(outcome.error)
                       : ResponseParser::userPage(outcome.response.body.view(),
                                                  outcome.response.header("Total-Number"),
                                                  query.page, query.pageSize));
           });
    return call;
}

ApiCall *LogtoClient::getUser(const QString &userId, QObject *context, Callback<User> done)
{
    auto *call = new PendingCall(context, this);
    d->run(call, d->request("GET", d->userPath(userId), true),
           [call, gateway = d->config.usesGateway(),
            done = std::move(done)](ApiRequest::Outcome outcome) {
               // A gateway's /api/me carries only id, username, name and primaryEmail.
               Private::deliver<User>(
                   call, done,
                   outcome.error.isError()
                       ? Result<User>(outcome.error)
                       : (gateway ? ResponseParser::gatewayUser(outcome.response.body.view())
                                  : ResponseParser::user(outcome.response.body.view())));
           });
    return call;
}

ApiCall *LogtoClient::listTokens(const QString &userId, QObject *context,
                                 Callback<QList<PersonalAccessToken>> done)
{
    using Tokens = QList<PersonalAccessToken>;
    auto *call = new PendingCall(context, this);
    d->run(call, d->request("GET", d->tokensPath(userId), true),
           [this, call, done = std::move(done)](ApiRequest::Outcome outcome) {
               if (outcome.error.isError())
                   Private::deliver<Tokens>(call, done, Result<Tokens>(outcome.error));
               else
                   d->parseTokens(this, call, std::move(outcome.response.body), done);
           });
    return call;
}

ApiCall *LogtoClient::createToken(const QString &userId, const QString &name,
                                  const std::optional<QDateTime> &expiresAt, QObject *context,
                                  Callback<CreatedToken> done)
{
    auto *call = new PendingCall(context, this);
    auto state = std::make_shared<Private::CreateState>();
    state->userId = userId;
    state->name = name;
    state->body = QJsonObject{{u"name"_s, name}};
    if (expiresAt)
        state->body.insert(u"expiresAt"_s, double(expiresAt->toMSecsSinceEpoch()));
    state->startedAt = QDateTime::currentMSecsSinceEpoch();
    state->clock.start();
    state->done = std::move(done);
    d->attemptCreate(call, state);
    return call;
}

void LogtoClient::Private::attemptCreate(PendingCall *call, std::shared_ptr<CreateState> state)
{
    // A create is never repeated blindly: if the first one was carried out,
    // a second would fail with "name exists" and hide the token made by the first.
    HttpRequest post = request("POST", tokensPath(state->userId), false);
    post.contentType = "application/json";
    post.body = jsonBody(state->body);
    run(call, std::move(post), [this, call, state](ApiRequest::Outcome outcome) {
        state->attempts += outcome.attempts;
        Result<CreatedToken> created =
            outcome.error.isError() ? Result<CreatedToken>(outcome.error)
                                    : ResponseParser::createdToken(outcome.response.body.view());
        // A busy or failing proxy (429, 502, 503, 504) may or may not have passed
        // the create on: look before trying again.
        const int status = outcome.response.status;
        const bool transient = outcome.error.isError() &&
                               (status == 429 || status == 502 || status == 503 || status == 504);
        // Sent but unanswered, or answered unreadably: the token may exist.
        const bool mayExist = transient || outcome.anyAttemptAmbiguous ||
                              (!created && created.error().kind() == ApiError::Kind::Parse);
        if (created || !mayExist) {
            deliver<CreatedToken>(call, state->done, std::move(created));
            return;
        }
        const ApiError original = created.error();
        auto last = std::make_shared<HttpResponse>(std::move(outcome.response));
        last->body.clear();
        run(call, request("GET", tokensPath(state->userId), true),
            [this, call, state, original, transient, last](ApiRequest::Outcome listed) {
                if (listed.error.isError()) {
                    deliver<CreatedToken>(call, state->done, original);
                    return;
                }
                auto found = ResponseParser::findToken(listed.response.body.view(), state->name);
                if (found && found.value() &&
                    found.value()->token.createdAt.toMSecsSinceEpoch() >=
                        state->startedAt - reconcileClockSkew.count()) {
                    CreatedToken token = std::move(*found.value());
                    token.reconciled = true;
                    deliver<CreatedToken>(call, state->done, std::move(token));
                    return;
                }
                // Surely not made: the create may be sent again, within the budget
                // a repeatable request has (and after Retry-After).
                const RetryPolicy policy(config.maxAttempts, config.maxRetryTime,
                                         config.retryBaseDelay);
                const auto delay =
                    transient && found && !found.value()
                        ? policy.delayBeforeNextAttempt(*last, state->attempts,
                                                        milliseconds(state->clock.elapsed()))
                        : std::nullopt;
                if (!delay) {
                    deliver<CreatedToken>(call, state->done, original);
                    return;
                }
                QTimer::singleShot(*delay, call,
                                   [this, call, state] { attemptCreate(call, state); });
            });
    });
}

ApiCall *LogtoClient::fetchTokenValue(const QString &userId, const QString &name, QObject *context,
                                      Callback<CreatedToken> done)
{
    auto *call = new PendingCall(context, this);
    d->run(call, d->request("GET", d->tokensPath(userId), true),
           [call, done = std::move(done), name](ApiRequest::Outcome outcome) {
               if (outcome.error.isError()) {
                   Private::deliver<CreatedToken>(call, done, outcome.error);
                   return;
               }
               auto found = ResponseParser::findToken(outcome.response.body.view(), name);
               if (!found) {
                   Private::deliver<CreatedToken>(call, done, found.error());
                   return;
               }
               if (!found.value()) {
                   Private::deliver<CreatedToken>(
                       call, done,
                       ApiError(ApiError::Kind::NotFound, 404, u"entity.not_exists"_s, {},
                                u"no token named \"%1\" in the list"_s.arg(name)));
                   return;
               }
               Private::deliver<CreatedToken>(call, done, std::move(*found.value()));
           });
    return call;
}

ApiCall *LogtoClient::renameToken(const QString &userId, const QString &currentName,
                                  const QString &newName, QObject *context,
                                  Callback<PersonalAccessToken> done)
{
    auto *call = new PendingCall(context, this);
    // Repeating a rename is harmless: if the first attempt went through, the
    // repeat answers 404 entity.not_exists for currentName; the list then
    // shows whether newName exists, which means the rename landed.
    HttpRequest request = d->request("PATCH", d->tokensPath(userId), true);
    request.contentType = "application/json";
    request.body = jsonBody(QJsonObject{{u"currentName"_s, currentName}, {u"name"_s, newName}});
    auto shared = std::make_shared<Callback<PersonalAccessToken>>(std::move(done));

    d->run(call, std::move(request),
           [this, call, shared, userId, newName](ApiRequest::Outcome outcome) {
               if (!outcome.error.isError()) {
                   Private::deliver<PersonalAccessToken>(
                       call, *shared, ResponseParser::token(outcome.response.body.view()));
                   return;
               }
               if (!(outcome.anyAttemptAmbiguous &&
                     outcome.error.kind() == ApiError::Kind::NotFound)) {
                   Private::deliver<PersonalAccessToken>(call, *shared, outcome.error);
                   return;
               }
               const ApiError original = outcome.error;
               d->run(call, d->request("GET", d->tokensPath(userId), true),
                      [call, shared, newName, original](ApiRequest::Outcome listed) {
                          if (!listed.error.isError()) {
                              auto found =
                                  ResponseParser::findToken(listed.response.body.view(), newName);
                              if (found && found.value()) {
                                  Private::deliver<PersonalAccessToken>(call, *shared,
                                                                        found.value()->token);
                                  return;
                              }
                          }
                          Private::deliver<PersonalAccessToken>(call, *shared, original);
                      });
           });
    return call;
}

ApiCall *LogtoClient::deleteToken(const QString &userId, const QString &name, QObject *context,
                                  Callback<Done> done)
{
    auto *call = new PendingCall(context, this);
    // Repeating a delete is harmless: if the first attempt went through, the
    // repeat answers 404, which after an unanswered attempt means success.
    HttpRequest request = d->request("POST", d->tokensPath(userId) + u"/delete"_s, true);
    request.contentType = "application/json";
    request.body = jsonBody(QJsonObject{{u"name"_s, name}});
    d->run(call, std::move(request), [call, done = std::move(done)](ApiRequest::Outcome outcome) {
        const bool gone =
            !outcome.error.isError() ||
            (outcome.anyAttemptAmbiguous && outcome.error.kind() == ApiError::Kind::NotFound);
        Private::deliver<Done>(call, done,
                               gone ? Result<Done>(Done()) : Result<Done>(outcome.error));
    });
    return call;
}

ApiCall *LogtoClient::exchangeToken(const SecretBytes &pat, QObject *context,
                                    Callback<ExchangedToken> done)
{
    TokenExchangeRequest exchange;
    exchange.resource = d->config.effectiveApiIndicator();
    // A developer connection's Native app has no secret: it exchanges as a public client.
    if (d->config.isPublicClient()) {
        exchange.client = TokenExchangeRequest::Client::Public;
        exchange.publicClientId = d->config.appId;
    }
    return exchangeToken(pat, exchange, context, std::move(done));
}

ApiCall *LogtoClient::exchangeToken(const SecretBytes &pat, const TokenExchangeRequest &exchange,
                                    QObject *context, Callback<ExchangedToken> done)
{
    auto *call = new PendingCall(context, this);
    const QByteArray resource = exchange.resource.toUtf8();
    const QByteArray scope = exchange.scopes.join(u' ').toUtf8();
    const QByteArray organization = exchange.organizationId.toUtf8();
    const QByteArray clientId = exchange.publicClientId.toUtf8();
    QList<QPair<QByteArray, QByteArrayView>> fields{
        {"grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"},
        {"subject_token", pat.view()},
        {"subject_token_type", "urn:logto:token-type:personal_access_token"}};
    if (!resource.isEmpty())
        fields.append({"resource", resource});
    if (!scope.isEmpty())
        fields.append({"scope", scope});
    if (!organization.isEmpty())
        fields.append({"organization_id", organization});
    const bool publicClient = exchange.client == TokenExchangeRequest::Client::Public;
    if (publicClient)
        fields.append({"client_id", clientId});
    HttpRequest request;
    request.method = "POST";
    request.url = d->config.endpointUrl(u"/oidc/token"_s);
    request.contentType = "application/x-www-form-urlencoded";
    request.body = FormEncoding::body(fields);
    request.auth = publicClient ? HttpRequest::Auth::None : HttpRequest::Auth::ClientBasic;
    request.endpoint = HttpRequest::Endpoint::Token;
    // An exchange does not use up the PAT, so a repeat is harmless.
    request.repeatable = true;
    d->run(call, std::move(request), [call, done = std::move(done)](ApiRequest::Outcome outcome) {
        Private::deliver<ExchangedToken>(
            call, done,
            outcome.error.isError() ? Result<ExchangedToken>(outcome.error)
                                    : ResponseParser::exchangedToken(outcome.response.body.view()));
    });
    return call;
}

ApiCall *LogtoClient::fetchJwks(QObject *context, Callback<QByteArray> done)
{
    auto *call = new PendingCall(context, this);
    HttpRequest request;
    request.method = "GET";
    request.url = d->config.endpointUrl(u"/oidc/jwks"_s);
    request.endpoint = HttpRequest::Endpoint::Other;
    request.repeatable = true;
    d->run(call, std::move(request), [call, done = std::move(done)](ApiRequest::Outcome outcome) {
        Private::deliver<QByteArray>(call, done,
                                     outcome.error.isError()
                                         ? Result<QByteArray>(outcome.error)
                                         : Result<QByteArray>(outcome.response.body.bytes()));
    });
    return call;
}

ApiCall *LogtoClient::authenticate(QObject *context, Callback<Done> done)
{
    auto *call = new PendingCall(context, this);
    // "Test connection" must ask the server, not trust a cached token.
    d->tokens->forget();
    d->tokens->acquire(call, [call, done = std::move(done)](Result<SecretBytes> token) {
        Private::deliver<Done>(call, done,
                               token ? Result<Done>(Done()) : Result<Done>(token.error()));
    });
    return call;
}

ApiCall *LogtoClient::gatewayHealth(QObject *context, Callback<Done> done)
{
    auto *call = new PendingCall(context, this);
    HttpRequest request;
    request.method = "GET";
    request.url = d->config.gatewayUrl(u"/healthz"_s);
    request.repeatable = true;
    d->run(call, std::move(request), [call, done = std::move(done)](ApiRequest::Outcome outcome) {
        Private::deliver<Done>(call, done,
                               outcome.error.isError() ? Result<Done>(outcome.error)
                                                       : Result<Done>(Done()));
    });
    return call;
}

ApiCall *LogtoClient::gatewayPolicy(QObject *context, Callback<TokenPolicy> done)
{
    auto *call = new PendingCall(context, this);
    HttpRequest request;
    request.method = "GET";
    request.url = d->config.gatewayUrl(u"/api/me/policy"_s);
    request.repeatable = true;
    d->run(call, std::move(request), [call, done = std::move(done)](ApiRequest::Outcome outcome) {
        Private::deliver<TokenPolicy>(
            call, done,
            outcome.error.isError() ? Result<TokenPolicy>(outcome.error)
                                    : ResponseParser::tokenPolicy(outcome.response.body.view()));
    });
    return call;
}

ApiCall *LogtoClient::discover(QObject *context, Callback<OidcEndpoints> done)
{
    auto *call = new PendingCall(context, this);
    HttpRequest request;
    request.method = "GET";
    request.url = d->config.endpointUrl(u"/oidc/.well-known/openid-configuration"_s);
    request.endpoint = HttpRequest::Endpoint::Other;
    request.repeatable = true;
    d->run(call, std::move(request), [call, done = std::move(done)](ApiRequest::Outcome outcome) {
        Private::deliver<OidcEndpoints>(
            call, done,
            outcome.error.isError() ? Result<OidcEndpoints>(outcome.error)
                                    : ResponseParser::oidcEndpoints(outcome.response.body.view()));
    });
    return call;
}

BearerSource *LogtoClient::bearer() const
{
    return d->tokens.get();
}

} // namespace latchkey
