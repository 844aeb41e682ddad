// DeveloperSignOut: signs the developer of an open session out, for either
// front: the refresh token is revoked at Logto and deleted from the keychain.
// The values of the user's tokens kept in the keychain stay (they are the
// user's) unless asked to forget them too: then the tokens are found in the
// list (read now while still signed in, else the last one kept) and each
// cached value is forgotten first.
#pragma once

#include "net/usersession.h"

#include <QObject>

#include <functional>

namespace latchkey {

class Session;
class TokenCache;

class DeveloperSignOut : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        UserSession::SignOutOutcome signOut;
        int forgotten = 0;     // cached values removed
        QString forgetProblem; // translated; why some could not be removed
    };
    using Finished = std::function<void(Outcome)>;

    // session and cache must outlive the sign-out; session is a developer's.
    DeveloperSignOut(Session *session, TokenCache *cache, QObject *parent = nullptr);

    void start(bool forgetCached, Finished finished);

private:
    void forget(QList<QByteArray> fingerprints, Outcome outcome);
    void signOut(Outcome outcome);

    Session *m_session;
    TokenCache *m_cache;
    Finished m_finished;
};

} // namespace latchkey
