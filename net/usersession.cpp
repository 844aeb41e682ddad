// UserSession: the bearer source of a signed-in developer.
#include "net/usersession.h"

#include "net/accesstokenprovider.h"
#include "net/clientconfig.h"
#include "net/netlog.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace latchkey {

namespace {

ApiError signedOut()
{
    return ApiError(ApiError::Kind::SignedOut, 0, {}, {});
}

ApiError keychainProblem(const QString &message)
{
    return ApiError(ApiError::Kind::SignedOut, 0, u"latchkey.keychain"_s, message);
}

} // namespace

UserSession::UserSession(QNetworkAccessManager *manager, const ClientConfig &config,
                         RefreshTokenStore *store, const QString &lockPath, QObject *parent)
    : BearerSource(parent)
    , m_config(config)
    , m_store(store)
    , m_oidc(manager, config)
    , m_lock(lockPath)
{}

UserSession::~UserSession() = default;

BearerSource::Maker UserSession::maker(RefreshTokenStore *store, const QString &lockPath)
{
    return [store, lockPath](QNetworkAccessManager *manager, const ClientConfig &config) {
        return std::make_unique<UserSession>(manager, config, store, lockPath);
    };
}

void UserSession::acquire(QObject *receiver, Ready ready)
{
    if (!m_token.isEmpty() && !m_refreshAt.hasExpired()) {
        ready(m_token.clone());
        return;
    }
    m_waiters.append({receiver, std::move(ready)});
    if (!m_refreshing)
        refresh();
}

void UserSession::invalidate(QByteArrayView staleToken)
{
    if (!m_token.isEmpty() && m_token.view() == staleToken)
        m_token.clear();
}

void UserSession::forget()
{
    m_token.clear();
}

void UserSession::refresh()
{
    m_refreshing = true;
    m_lock.acquire(LockPatience, this, [this](bool acquired) {
        if (!acquired) {
            answerWaiters(ApiError(ApiError::Kind::Timeout, 0, u"latchkey.refresh_lock"_s, {},
                                   u"another process kept refreshing this sign-in"_s));
            return;
        }
        // Read under the lock: another process may have just rotated it.
        m_store->read(this,
                      [this](RefreshTokenStore::Outcome outcome, RefreshTokenStore::Grant stored) {
                          using Status = RefreshTokenStore::Outcome::Status;
                          if (outcome.status == Status::NotFound) {
                              m_lock.release();
                              m_token.clear();
                              setState(State::SignedOut);
                              answerWaiters(signedOut());
                              return;
                          }
                          if (!outcome.ok()) {
                              m_lock.release();
                              answerWaiters(keychainProblem(outcome.message));
                              return;
                          }
                          refreshWith(std::move(stored));
                      });
    });
}

void UserSession::refreshWith(RefreshTokenStore::Grant stored)
{
    QElapsedTimer sentAt;
    sentAt.start();
    const QString clientId = stored.clientId;
    auto used = std::make_shared<SecretBytes>(std::move(stored.refreshToken));
    m_oidc.refresh(clientId, *used, this, [this, clientId, sentAt](Result<UserTokenGrant> result) {
        if (!result) {
            if (result.error().isInvalidGrant()) {
                endSignIn();
                return;
            }
            // Unreachable or failing: the sign-in itself is fine.
            m_lock.release();
            answerWaiters(result.error());
            return;
        }
        auto grant = std::make_shared<UserTokenGrant>(std::move(result).value());
        if (grant->refreshToken.isEmpty()) {
            // Not rotated: the stored token stays good.
            m_lock.release();
            useAccessToken(std::move(grant->accessToken), grant->expiresIn, sentAt);
            return;
        }
        // The old token is spent: the new one must be stored before anything
        // else happens, or the next refresh (any process's) has none.
        RefreshTokenStore::Grant next{clientId, std::move(grant->refreshToken)};
        m_store->write(next, this, [this, grant, sentAt](RefreshTokenStore::Outcome written) {
            m_lock.release();
            if (!written.ok()) {
                m_token.clear();
                setState(State::SignedOut);
                answerWaiters(keychainProblem(written.message));
                return;
            }
            useAccessToken(std::move(grant->accessToken), grant->expiresIn, sentAt);
        });
    });
}

void UserSession::endSignIn()
{
    // Expired, revoked, or a replaced token came back late (which revokes the
    // whole sign-in at Logto): the stored token is of no use to anyone.
    NetLog::info(u"sign-in refused by the server (invalid_grant): signed out"_s);
    m_store->remove(this, [this](RefreshTokenStore::Outcome) {
        m_lock.release();
        m_token.clear();
        setState(State::SignedOut);
        answerWaiters(signedOut());
    });
}

void UserSession::useAccessToken(SecretBytes token, int expiresIn, const QElapsedTimer &sentAt)
{
    m_token = std::move(token);
    // Counted from when the request went out, so the server's clock never matters.
    m_refreshAt = QDeadlineTimer(AccessTokenProvider::usableLifetime(seconds(expiresIn)) -
                                 milliseconds(sentAt.elapsed()));
    NetLog::info(u"user access token valid for %1 s"_s.arg(expiresIn));
    setState(State::SignedIn);
    answerWaiters(ApiError());
}

void UserSession::answerWaiters(const ApiError &error)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.receiver)
            continue;
        if (error.isError() || m_token.isEmpty())
            waiter.ready(error.isError() ? error : signedOut());
        else
            waiter.ready(m_token.clone());
    }
}

void UserSession::adopt(UserTokenGrant grant, const QString &clientId, QObject *context,
                        std::function<void(Result<Done>)> done)
{
    QElapsedTimer sentAt;
    sentAt.start();
    auto kept = std::make_shared<UserTokenGrant>(std::move(grant));
    QPointer<QObject> guard(context);
    m_lock.acquire(
        LockPatience, this,
        [this, kept, clientId, sentAt, guard, done = std::move(done)](bool acquired) {
            if (!acquired) {
                if (guard)
                    done(ApiError(ApiError::Kind::Timeout, 0, u"latchkey.refresh_lock"_s, {}));
                return;
            }
            RefreshTokenStore::Grant next{clientId, std::move(kept->refreshToken)};
            m_store->write(next, this,
                           [this, kept, sentAt, guard, done](RefreshTokenStore::Outcome written) {
                               m_lock.release();
                               if (!written.ok()) {
                                   if (guard)
                                       done(keychainProblem(written.message));
                                   return;
                               }
                               m_token = std::move(kept->accessToken);
                               m_refreshAt = QDeadlineTimer(
                                   AccessTokenProvider::usableLifetime(seconds(kept->expiresIn)) -
                                   milliseconds(sentAt.elapsed()));
                               setState(State::SignedIn);
                               if (guard)
                                   done(Done());
                           });
        });
}

void UserSession::signOut(QObject *context, std::function<void(SignOutOutcome)> done)
{
    QPointer<QObject> guard(context);
    m_lock.acquire(LockPatience, this, [this, guard, done = std::move(done)](bool acquired) {
        auto finish = [this, guard, done](SignOutOutcome outcome) {
            m_lock.release();
            m_token.clear();
            if (outcome.removal.ok())
                setState(State::SignedOut);
            if (guard)
                done(outcome);
        };
        if (!acquired) {
            SignOutOutcome outcome;
            outcome.revokeError =
                ApiError(ApiError::Kind::Timeout, 0, u"latchkey.refresh_lock"_s, {});
            outcome.removal = {RefreshTokenStore::Outcome::Status::Failed, {}};
            if (guard)
                done(outcome);
            return;
        }
        m_store->read(this, [this, finish](RefreshTokenStore::Outcome outcome,
                                           RefreshTokenStore::Grant stored) {
            if (outcome.status == RefreshTokenStore::Outcome::Status::NotFound) {
                finish({});
                return;
            }
            if (!outcome.ok()) {
                finish({ApiError(), outcome});
                return;
            }
            auto token = std::make_shared<SecretBytes>(std::move(stored.refreshToken));
            m_oidc.revoke(stored.clientId, *token, this, [this, finish](Result<Done> revoked) {
                const ApiError revokeError = revoked ? ApiError() : revoked.error();
                m_store->remove(this, [finish, revokeError](RefreshTokenStore::Outcome removal) {
                    finish({revokeError, removal});
                });
            });
        });
    });
}

void UserSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace latchkey
