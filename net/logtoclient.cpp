#include "logtoclient.h"

#include "accesstokenprovider.h"
#include "apirequest.h"
#include "formencoding.h"
#include "pendingcall.h"
#include "responseparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace latchkey {

namespace {

QString userPath(const QString &userId)
{
    return u"/api/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(userId));
}

QString tokensPath(const QString &userId)
{
    return userPath(userId) + u"/personal-access-tokens"_s;
}

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
    Private(ClientConfig config)
        : config(std::move(config))
        , tokens(&manager, this->config)
    {}

    HttpRequest request(QByteArray method, const QString &encodedPath, bool repeatable) const
    {
        HttpRequest r;
        r.method = std::move(method);
        r.url = config.endpointUrl(encodedPath);
        r.auth = HttpRequest::Auth::Bearer;
        r.endpoint = HttpRequest::Endpoint::Api;
        r.repeatable = repeatable;
        return r;
    }

    // Runs `request` as the call's current step; `then` sees its outcome
    // unless the call was aborted or its context destroyed meanwhile.
    void run(PendingCall *call, HttpRequest request, std::function<void(ApiRequest::Outcome)> then)
    {
        auto *step = new ApiRequest(&manager, config, &tokens, std::move(request), call);
        call->setStep(step);
        step->start(std::move(then));
    }

    template<typename T>
    static void deliver(PendingCall *call, const Callback<T> &done, Result<T> result)
    {
        call->finish([&] {
            if (done)
                done(std::move(result));
        });
    }

    ClientConfig config;
    QNetworkAccessManager manager;
    AccessTokenProvider tokens;
};

LogtoClient::LogtoClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(config)))
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
    d->run(call, d->request("GET", userPath(userId), true),
           [call, done = std::move(done)](ApiRequest::Outcome outcome) {
               Private::deliver<User>(call, done,
                                      outcome.error.isError()
                                          ? Result<User>(outcome.error)
                                          : ResponseParser::user(outcome.response.body.view()));
           });
    return call;
}

ApiCall *LogtoClient::listTokens(const QString &userId, QObject *context,
                                 Callback<QList<PersonalAccessToken>> done)
{
    using Tokens = QList<PersonalAccessToken>;
    auto *call = new PendingCall(context, this);
    d->run(call, d->request("GET", tokensPath(userId), true),
           [call, done = std::move(done)](ApiRequest::Outcome outcome) {
               Private::deliver<Tokens>(call, done,
                                        outcome.error.isError()
                                            ? Result<Tokens>(outcome.error)
                                            : ResponseParser::tokens(outcome.response.body.view()));
           });
    return call;
}

ApiCall *LogtoClient::createToken(const QString &userId, const QString &name,
                                  const std::optional<QDateTime> &expiresAt, QObject *context,
                                  Callback<CreatedToken> done)
{
    auto *call = new PendingCall(context, this);
    QJsonObject body{{u"name"_s, name}};
    if (expiresAt)
        body.insert(u"expiresAt"_s, double(expiresAt->toMSecsSinceEpoch()));
    // A create is never repeated blindly: if the first one was carried out,
    // a second would fail with "name exists" and hide the token made by the first.
    HttpRequest request = d->request("POST", tokensPath(userId), false);
    request.contentType = "application/json";
    request.body = jsonBody(body);
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    auto shared = std::make_shared<Callback<CreatedToken>>(std::move(done));

    d->run(call, std::move(request),
           [this, call, shared, userId, name, startedAt](ApiRequest::Outcome outcome) {
               Result<CreatedToken> created =
                   outcome.error.isError()
                       ? Result<CreatedToken>(outcome.error)
                       : ResponseParser::createdToken(outcome.response.body.view());
               // Sent but unanswered, or answered unreadably: the token may exist.
               const bool mayExist = outcome.anyAttemptAmbiguous ||
                                     (!created && created.error().kind() == ApiError::Kind::Parse);
               if (created || !mayExist) {
                   Private::deliver<CreatedToken>(call, *shared, std::move(created));
                   return;
               }
               const ApiError original = created.error();
               d->run(call, d->request("GET", tokensPath(userId), true),
                      [call, shared, name, startedAt, original](ApiRequest::Outcome listed) {
                          if (listed.error.isError()) {
                              Private::deliver<CreatedToken>(call, *shared, original);
                              return;
                          }
                          auto found = ResponseParser::findToken(listed.response.body.view(), name);
                          if (found && found.value() &&
                              found.value()->token.createdAt.toMSecsSinceEpoch() >=
                                  startedAt - reconcileClockSkew.count()) {
                              CreatedToken token = std::move(*found.value());
                              token.reconciled = true;
                              Private::deliver<CreatedToken>(call, *shared, std::move(token));
                              return;
                          }
                          Private::deliver<CreatedToken>(call, *shared, original);
                      });
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
    HttpRequest request = d->request("PATCH", tokensPath(userId), true);
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
               d->run(call, d->request("GET", tokensPath(userId), true),
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
    HttpRequest request = d->request("POST", tokensPath(userId) + u"/delete"_s, true);
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
    auto *call = new PendingCall(context, this);
    const QByteArray resource = d->config.effectiveApiIndicator().toUtf8();
    HttpRequest request;
    request.method = "POST";
    request.url = d->config.endpointUrl(u"/oidc/token"_s);
    request.contentType = "application/x-www-form-urlencoded";
    request.body =
        FormEncoding::body({{"grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"},
                            {"subject_token", pat.view()},
                            {"subject_token_type", "urn:logto:token-type:personal_access_token"},
                            {"resource", resource}});
    request.auth = HttpRequest::Auth::ClientBasic;
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
    d->tokens.forget();
    d->tokens.acquire(call, [call, done = std::move(done)](Result<SecretBytes> token) {
        Private::deliver<Done>(call, done,
                               token ? Result<Done>(Done()) : Result<Done>(token.error()));
    });
    return call;
}

} // namespace latchkey
