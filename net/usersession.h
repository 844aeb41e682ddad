// UserSession: the bearer source of a developer who signed in as themselves
// (authorization code + PKCE, or the device flow): the access token lives only
// in memory, the refresh token only in the RefreshTokenStore (the keychain).
// The access token is refreshed shortly before it expires and once after a
// 401; one refresh of a profile runs at a time across every process (a
// RefreshLock), and the rotated refresh token is stored before the new access
// token is used. A refresh the server refuses (revoked, expired, a replaced
// token reused) ends the sign-in: state SignedOut, the token is deleted, and
// every request fails with ApiError::Kind::SignedOut until the user signs in
// again — no retries, nothing else touched.
#pragma once

#include "net/bearersource.h"
#include "net/oidcclient.h"
#include "net/refreshlock.h"
#include "net/refreshtokenstore.h"
#include "net/usertokengrant.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>

#include <chrono>

namespace latchkey {

class UserSession : public BearerSource
{
    Q_OBJECT
public:
    enum class State {
        Unknown,   // nothing tried yet: the keychain may hold a sign-in
        SignedIn,  // a refresh or a sign-in gave an access token
        SignedOut, // no sign-in in the keychain, or the server ended it
    };
    Q_ENUM(State)

    struct SignOutOutcome
    {
        ApiError revokeError; // None when the server revoked it (or there was nothing)
        RefreshTokenStore::Outcome removal; // Ok when the keychain holds none any more
    };

    // manager and config must outlive the session; store too. lockPath names
    // the profile's RefreshLock, the same in every process.
    UserSession(QNetworkAccessManager *manager, const ClientConfig &config,
                RefreshTokenStore *store, const QString &lockPath, QObject *parent = nullptr);
    ~UserSession() override;

    // The maker a session factory passes for a developer connection.
    static BearerSource::Maker maker(RefreshTokenStore *store, const QString &lockPath);

    void acquire(QObject *receiver, Ready ready) override;
    void invalidate(QByteArrayView staleToken) override;
    void forget() override;

    State state() const { return m_state; }
    // The sign-in flows run their calls on this.
    OidcClient *oidc() { return &m_oidc; }

    // Keeps a new sign-in: under the lock, the refresh token (issued to
    // clientId) is stored first; only then is the access token used.
    void adopt(UserTokenGrant grant, const QString &clientId, QObject *context,
               std::function<void(Result<Done>)> done);
    // Revokes the stored refresh token at the server (RFC 7009) and deletes it;
    // the keychain copy goes even when the server cannot be reached.
    void signOut(QObject *context, std::function<void(SignOutOutcome)> done);

    // How long a request waits for another process's refresh of this profile.
    static constexpr std::chrono::milliseconds LockPatience{90000};

signals:
    void stateChanged(latchkey::UserSession::State state);

private:
    struct Waiter
    {
        QPointer<QObject> receiver;
        Ready ready;
    };
    void refresh();
    void refreshWith(RefreshTokenStore::Grant stored);
    void endSignIn();
    void useAccessToken(SecretBytes token, int expiresIn, const QElapsedTimer &sentAt);
    void answerWaiters(const ApiError &error);
    void setState(State state);

    const ClientConfig &m_config;
    RefreshTokenStore *m_store;
    OidcClient m_oidc;
    RefreshLock m_lock;
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
    SecretBytes m_token;
    QDeadlineTimer m_refreshAt;
    State m_state = State::Unknown;
};

} // namespace latchkey
