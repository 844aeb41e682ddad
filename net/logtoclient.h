// LogtoClient: the asynchronous Logto Management API client (or, for a
// developer connection, the same calls through latchkey-gateway under /api/me/). Every call takes
// a context object and a callback; the callback runs once on the context's
// thread, and never after the context is destroyed or the call is aborted.
// The context must live in the client's thread; callbacks always run from the
// event loop, never from inside the call that started them, so a callback may
// start new calls, abort others or destroy the client.
#pragma once

#include "net/bearersource.h"
#include "net/clientconfig.h"
#include "net/createdtoken.h"
#include "net/exchangedtoken.h"
#include "net/oidcendpoints.h"
#include "net/personalaccesstoken.h"
#include "net/result.h"
#include "net/tokenexchangerequest.h"
#include "net/tokenpolicy.h"
#include "net/user.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace latchkey {

// A handle on a call in flight. Owned by the client; it deletes itself after
// the callback ran or the call was aborted.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;
};

class LogtoClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    // Requests get their bearer token from what makeBearer builds; without one,
    // from the config's M2M app (client credentials).
    explicit LogtoClient(ClientConfig config, QObject *parent = nullptr);
    LogtoClient(ClientConfig config, const BearerSource::Maker &makeBearer,
                QObject *parent = nullptr);
    ~LogtoClient() override;

    const ClientConfig &config() const;

    ApiCall *listUsers(const UserQuery &query, QObject *context, Callback<UserPage> done);
    ApiCall *getUser(const QString &userId, QObject *context, Callback<User> done);

    ApiCall *listTokens(const QString &userId, QObject *context,
                        Callback<QList<PersonalAccessToken>> done);
    ApiCall *createToken(const QString &userId, const QString &name,
                         const std::optional<QDateTime> &expiresAt, QObject *context,
                         Callback<CreatedToken> done);
    // The value of one token, found by name in the list (the list's other values
    // are wiped unread); NotFound when the user has no such token. Only for
    // recovering a token whose create answer a killed run never kept.
    ApiCall *fetchTokenValue(const QString &userId, const QString &name, QObject *context,
                             Callback<CreatedToken> done);
    ApiCall *renameToken(const QString &userId, const QString &currentName, const QString &newName,
                         QObject *context, Callback<PersonalAccessToken> done);
    ApiCall *deleteToken(const QString &userId, const QString &name, QObject *context,
                         Callback<Done> done);

    // The PAT token-exchange grant ("token test"): the app's own credentials, for
    // the Management API; needs token exchange allowed for the app.
    ApiCall *exchangeToken(const SecretBytes &pat, QObject *context, Callback<ExchangedToken> done);
    // The same for any resource, scopes and organization, by the client the request names.
    ApiCall *exchangeToken(const SecretBytes &pat, const TokenExchangeRequest &exchange,
                           QObject *context, Callback<ExchangedToken> done);
    // The raw JWKS document from {endpoint}/oidc/jwks.
    ApiCall *fetchJwks(QObject *context, Callback<QByteArray> done);

    // Gets a bearer token from the server now (the "Test connection" button).
    ApiCall *authenticate(QObject *context, Callback<Done> done);

    // A developer connection's gateway (docs/gateway-api.md): GET /healthz, and
    // GET /api/me/policy (no sign-in needed: it names the resource to sign in for).
    ApiCall *gatewayHealth(QObject *context, Callback<Done> done);
    ApiCall *gatewayPolicy(QObject *context, Callback<TokenPolicy> done);
    // The endpoint's OIDC discovery document.
    ApiCall *discover(QObject *context, Callback<OidcEndpoints> done);

    // Where requests get their bearer token (a developer's: a UserSession).
    BearerSource *bearer() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace latchkey
