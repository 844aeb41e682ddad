// BearerSource: where a client's API requests get their bearer token. Today's
// only kind is an M2M app's client-credentials grant (AccessTokenProvider); a
// signed-in user's session (authorization code + PKCE, refresh token in the
// keychain) is the second kind the session factory will choose (issue 15).
#pragma once

#include "net/result.h"
#include "net/secretbytes.h"

#include <QByteArrayView>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace latchkey {

struct ClientConfig;

class BearerSource : public QObject
{
    Q_OBJECT
public:
    using Ready = std::function<void(Result<SecretBytes>)>;
    // Builds the source a client's requests use, on the client's manager and
    // config (both outlive the source).
    using Maker = std::function<std::unique_ptr<BearerSource>(QNetworkAccessManager *manager,
                                                              const ClientConfig &config)>;

    using QObject::QObject;

    // Calls ready with a copy of a valid token: at once when one is at hand,
    // else when the (shared) request for one ends. ready is dropped if receiver
    // is destroyed first.
    virtual void acquire(QObject *receiver, Ready ready) = 0;
    // Forgets the token if it is still `staleToken` (a 401 showed it no longer
    // works); a newer token fetched meanwhile is kept.
    virtual void invalidate(QByteArrayView staleToken) = 0;
    // Forgets the token, so that the next acquire asks the server.
    virtual void forget() = 0;
};

} // namespace latchkey
