// TokenExchanger: "use a token without exposing it": a PAT from the keychain
// exchanged at Logto's token endpoint (RFC 8693) for a short-lived access token
// for one API resource. Logto answers every PAT problem with the same
// invalid_grant, so a refusal is explained from what Latchkey knows: the
// token's expiry and existence in the current list, the offline snapshot and
// the list of tokens it retired (docs/token-exchange.md).
#pragma once

#include "model/exchange/exchangeclient.h"
#include "model/operations/tokenbackend.h"
#include "model/operations/tokenresult.h"
#include "net/exchangedtoken.h"
#include "net/personalaccesstoken.h"
#include "net/secretbytes.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

namespace latchkey {

class OfflineSnapshot;
struct ConnectionProfile;

struct ExchangeTarget
{
    QString resource; // API resource indicator; empty gives an opaque token
    QStringList scopes;
    QString organizationId;
};

class TokenExchanger : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(TokenResult<T>)>;

    // backend names the connection the token belongs to (its list, cache and
    // retired list); client is who exchanges. Nothing is owned; snapshots may be null.
    TokenExchanger(const TokenBackend &backend, const ExchangeClient &client,
                   const OfflineSnapshot *snapshots, QObject *parent = nullptr);
    ~TokenExchanger() override;

    // The one place that says who exchanges on a connection. An admin
    // connection's M2M app exchanges with its secret; a developer connection
    // (issue 15) will name its Native app here as a public client.
    // Where tokens Latchkey revoked are remembered (for "revoked on …"); may be null.
    void setRetiredLog(RetiredTokenLog *log) { m_backend.retired = log; }

    static ExchangeClient clientFor(const ConnectionProfile &profile, LogtoClient *client);

    // Finds the token by name in the user's list, takes its value from the
    // keychain and exchanges it. Every callback runs once, later, and not at all
    // once context is destroyed.
    void exchange(const QString &userId, const QString &name, const ExchangeTarget &target,
                  QObject *context, Callback<ExchangedToken> done);
    // The PAT itself, after the same checks (listed, not expired, cached).
    void personalToken(const QString &userId, const QString &name, QObject *context,
                       Callback<SecretBytes> done);

    // The sentence for a refused exchange of a token as it was last listed.
    static TokenError explainRefusal(const ApiError &error, const PersonalAccessToken &token,
                                     const ExchangeTarget &target, const ExchangeClient &client,
                                     const QString &connection, const QDateTime &now);

private:
    using Found = std::function<void(TokenResult<PersonalAccessToken>, SecretBytes)>;
    void findCached(const QString &userId, const QString &name, Found found);
    TokenError gone(const QString &userId, const QString &name) const;

    TokenBackend m_backend;
    ExchangeClient m_client;
    const OfflineSnapshot *m_snapshots;
};

} // namespace latchkey
