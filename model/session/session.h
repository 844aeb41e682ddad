// Session: one open connection, what either front (window, latchkeyctl) and
// later the gateway work with — its profile and kind, its API client, its token
// operations, and the keeper of its lists and reachability — owned together
// so that closing or switching the connection drops all of them at once.
#pragma once

#include "model/session/sessionkind.h"
#include "model/settings/connectionprofile.h"
#include "net/tokenpolicy.h"
#include "net/usersession.h"

#include <QObject>

#include <memory>
#include <optional>

namespace latchkey {

class ConnectionKeeper;
class KeychainRefreshTokenStore;
class LogtoClient;
class OfflineSnapshot;
class RetiredTokenLog;
class RotationJournal;
class TokenCache;
class TokenExchanger;
class TokenNotes;
class TokenService;

class Session : public QObject
{
    Q_OBJECT
public:
    // cache and journal are not owned and must outlive the session; snapshots
    // (where good lists are kept for offline use) may be null. A developer's
    // session owns the store its client's UserSession keeps the sign-in in.
    Session(SessionKind kind, const ConnectionProfile &profile, std::unique_ptr<LogtoClient> client,
            TokenCache *cache, RotationJournal *journal, const OfflineSnapshot *snapshots,
            std::unique_ptr<KeychainRefreshTokenStore> signInStore = nullptr,
            QObject *parent = nullptr);
    ~Session() override;

    SessionKind kind() const { return m_kind; }
    const ConnectionProfile &profile() const { return m_profile; }
    // The endpoint as TokenCache keys spell it.
    QString endpointKey() const { return m_endpointKey; }
    LogtoClient *client() const { return m_client.get(); }
    TokenService *tokens() const { return m_tokens.get(); }
    // Reads (token lists, users) go through here: it keeps the last good list,
    // knows whether the server answers and says when to try again.
    ConnectionKeeper *keeper() const { return m_keeper.get(); }
    // Exchanges this connection's cached PATs for access tokens to an API.
    TokenExchanger *exchanger() const { return m_exchanger.get(); }
    // Where this session's revokes and rotations note the tokens they retire, and
    // where the exchanger looks to say "revoked"; not owned, may be null.
    void setRetiredLog(RetiredTokenLog *log);
    // The notes on this session's tokens (rotations carry them over); not owned,
    // may be null (no notes).
    void setNotes(TokenNotes *notes);
    TokenNotes *notes() const;

    bool isDeveloper() const { return m_kind == SessionKind::Developer; }
    // A developer's sign-in (null for an admin's session).
    UserSession *userSession() const;
    // Who signed in: the profile's user from now on (a developer's sign-in).
    void setUserId(const QString &userId);

    // A developer's gateway policy, once loadPolicy() got it.
    const std::optional<TokenPolicy> &policy() const { return m_policy; }
    // Asks the gateway for its policy (no sign-in needed); policyChanged follows
    // when it answered.
    void loadPolicy();

signals:
    void policyChanged();
    // A developer's sign-in began or ended.
    void signInStateChanged(latchkey::UserSession::State state);

private:
    SessionKind m_kind;
    ConnectionProfile m_profile;
    QString m_endpointKey;
    std::optional<TokenPolicy> m_policy;
    // Destroyed bottom-up: the keeper and the service use the client, the
    // client's UserSession the store.
    std::unique_ptr<KeychainRefreshTokenStore> m_signInStore;
    std::unique_ptr<LogtoClient> m_client;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<ConnectionKeeper> m_keeper;
    std::unique_ptr<TokenExchanger> m_exchanger;
};

} // namespace latchkey
