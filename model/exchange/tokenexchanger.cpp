#include "model/exchange/tokenexchanger.h"

#include "model/domain/expiryformatter.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/offline/retiredtokenlog.h"
#include "model/settings/connectionprofile.h"
#include "net/logtoclient.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

template<typename Fn> auto guarded(QObject *context, Fn fn)
{
    return [guard = QPointer<QObject>(context), fn = std::move(fn)](auto &&...args) {
        if (guard)
            fn(std::forward<decltype(args)>(args)...);
    };
}

TokenError expired(const PersonalAccessToken &token)
{
    return TokenError::make(
        TokenError::Kind::Expired,
        TokenExchanger::tr("The token \"%1\" expired on %2, so Logto no longer accepts it. Give "
                           "it a new expiry or make a new token.")
            .arg(token.name, ExpiryFormatter::absolute(*token.expiresAt)));
}

} // namespace

TokenExchanger::TokenExchanger(const TokenBackend &backend, const ExchangeClient &client,
                               const OfflineSnapshot *snapshots, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_client(client)
    , m_snapshots(snapshots)
{}

TokenExchanger::~TokenExchanger() = default;

ExchangeClient TokenExchanger::clientFor(const ConnectionProfile &profile, LogtoClient *client)
{
    // A developer connection has no secret: its Native app exchanges as a public client.
    if (profile.kind == SessionKind::Developer)
        return {client, TokenExchangeRequest::Client::Public, profile.appId};
    return {client, TokenExchangeRequest::Client::AppSecret, profile.appId};
}

void TokenExchanger::exchange(const QString &userId, const QString &name,
                              const ExchangeTarget &target, QObject *context,
                              Callback<ExchangedToken> done)
{
    auto reply = guarded(context, std::move(done));
    findCached(userId, name,
               [this, reply, target](TokenResult<PersonalAccessToken> found, SecretBytes value) {
                   if (!found) {
                       reply(found.error());
                       return;
                   }
                   TokenExchangeRequest request;
                   request.resource = target.resource;
                   request.scopes = target.scopes;
                   request.organizationId = target.organizationId;
                   request.client = m_client.kind;
                   request.publicClientId = m_client.clientId;
                   const PersonalAccessToken token = found.value();
                   m_client.tokenEndpoint->exchangeToken(
                       value, request, this,
                       [this, reply, token, target](Result<ExchangedToken> exchanged) {
                           if (!exchanged) {
                               reply(explainRefusal(exchanged.error(), token, target, m_client,
                                                    m_backend.profile,
                                                    QDateTime::currentDateTimeUtc()));
                               return;
                           }
                           reply(std::move(exchanged.value()));
                       });
                   // The client copied what it sends.
                   value.clear();
               });
}

void TokenExchanger::personalToken(const QString &userId, const QString &name, QObject *context,
                                   Callback<SecretBytes> done)
{
    auto reply = guarded(context, std::move(done));
    findCached(userId, name, [reply](TokenResult<PersonalAccessToken> found, SecretBytes value) {
        if (!found) {
            reply(found.error());
            return;
        }
        reply(std::move(value));
    });
}

void TokenExchanger::findCached(const QString &userId, const QString &name, Found found)
{
    m_backend.client->listTokens(
        userId, this, [this, userId, name, found](Result<QList<PersonalAccessToken>> listed) {
            if (!listed) {
                found(TokenError::fromApi(listed.error(), userId), {});
                return;
            }
            const auto token =
                std::find_if(listed.value().cbegin(), listed.value().cend(),
                             [&](const PersonalAccessToken &t) { return t.name == name; });
            if (token == listed.value().cend()) {
                found(gone(userId, name), {});
                return;
            }
            // An expired PAT is not worth sending anywhere.
            if (token->expiresAt && *token->expiresAt <= QDateTime::currentDateTimeUtc()) {
                found(expired(*token), {});
                return;
            }
            m_backend.cache->fetch(
                m_backend.endpoint, token->fingerprint, this,
                [found, token = *token](SecretStore::Outcome outcome, SecretBytes value) {
                    if (!outcome.ok()) {
                        TokenError error = TokenError::fromKeychain(outcome);
                        if (error.kind == TokenError::Kind::NotCached)
                            error.message =
                                tr("The keychain holds no value for \"%1\": Latchkey keeps the "
                                   "values of the tokens it made on this computer only. Make "
                                   "a new token to use it here.")
                                    .arg(token.name);
                        found(std::move(error), {});
                        return;
                    }
                    found(token, std::move(value));
                });
        });
}

TokenError TokenExchanger::gone(const QString &userId, const QString &name) const
{
    if (m_backend.retired) {
        const QList<RetiredTokenLog::Entry> entries = m_backend.retired->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->profile == m_backend.profile && it->userId == userId && it->name == name &&
                it->reason == RetiredTokenLog::Entry::Reason::Revoked)
                return TokenError::make(
                    TokenError::Kind::Revoked,
                    tr("The token \"%1\" was revoked on %2; Logto no longer accepts it. Make a "
                       "new token, and replace the old one wherever it is used.")
                        .arg(name, ExpiryFormatter::absolute(it->retiredAt)));
        }
    }
    if (m_snapshots) {
        if (const std::optional<OfflineSnapshot::Data> last =
                m_snapshots->load(m_backend.profile, userId)) {
            for (const PersonalAccessToken &token : last->tokens) {
                if (token.name == name)
                    return TokenError::make(
                        TokenError::Kind::Revoked,
                        tr("The token \"%1\" is no longer on the server (it was there on %2): "
                           "it was revoked. Make a new token, and replace the old one wherever "
                           "it is used.")
                            .arg(name, ExpiryFormatter::absolute(last->takenAt)));
            }
        }
    }
    return TokenError::make(TokenError::Kind::NoSuchToken,
                            tr("Latchkey knows no token named \"%1\" of user %2 on %3: it is not "
                               "on the server and was never in a list Latchkey saw. Check the "
                               "name in the token list.")
                                .arg(name, userId, m_backend.profile));
}

TokenError TokenExchanger::explainRefusal(const ApiError &error, const PersonalAccessToken &token,
                                          const ExchangeTarget &target,
                                          const ExchangeClient &client, const QString &connection,
                                          const QDateTime &now)
{
    TokenError result;
    result.api = error;
    if (error.isInvalidGrant()) {
        if (token.expiresAt && *token.expiresAt <= now)
            return expired(token);
        result.kind = TokenError::Kind::Refused;
        result.message = tr("Logto refused the token \"%1\" although %2 lists it and it has not "
                            "expired: it may have been revoked a moment ago, or its user is "
                            "suspended. Refresh the token list and try again.")
                             .arg(token.name, connection);
        return result;
    }
    if (error.code() == u"invalid_target"_s) {
        result.kind = TokenError::Kind::UnknownResource;
        result.message = tr("Logto does not know the API resource \"%1\". Check its indicator "
                            "under API resources in the Logto Console.")
                             .arg(target.resource);
        return result;
    }
    if ((error.code() == u"invalid_request"_s || error.code() == u"unauthorized_client"_s) &&
        error.serverMessage().contains(u"not allowed"_s)) {
        result.kind = TokenError::Kind::ExchangeOff;
        result.message = tr("Token exchange is switched off for the app %1 of %2. In the Logto "
                            "Console, open Applications, choose that app and switch on token "
                            "exchange (customClientMetadata.allowTokenExchange).")
                             .arg(client.clientId, connection);
        return result;
    }
    result.kind = TokenError::Kind::Server;
    result.message = error.userMessage();
    return result;
}

} // namespace latchkey
