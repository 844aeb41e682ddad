// AccessTokenProvider: the management access token (client credentials
// grant), cached until shortly before it expires; callers that need one at
// the same time share a single token request.
#pragma once

#include "net/result.h"
#include "net/secretbytes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace latchkey {

class ApiRequest;
struct ClientConfig;

class AccessTokenProvider : public QObject
{
    Q_OBJECT
public:
    using Ready = std::function<void(Result<SecretBytes>)>;

    AccessTokenProvider(QNetworkAccessManager *manager, const ClientConfig &config,
                        QObject *parent = nullptr);
    ~AccessTokenProvider() override;

    // Calls ready with a copy of a valid token: at once when one is cached,
    // else when the (shared) token request ends. ready is dropped if receiver
    // is destroyed first.
    void acquire(QObject *receiver, Ready ready);
    // Forgets the cached token if it is still `staleToken` (a 401 showed it no
    // longer works); a newer token fetched meanwhile is kept.
    void invalidate(QByteArrayView staleToken);
    // Forgets the cached token, so that the next acquire asks the server.
    void forget();

    // How long a token with this lifetime is used: until 60 s or 10 % of its
    // lifetime, whichever is less, before it runs out.
    static std::chrono::milliseconds usableLifetime(std::chrono::seconds expiresIn);

private:
    struct Waiter
    {
        QPointer<QObject> receiver;
        Ready ready;
    };
    void fetch();

    QNetworkAccessManager *m_manager;
    const ClientConfig &m_config;
    QList<Waiter> m_waiters;
    ApiRequest *m_fetch = nullptr;
    SecretBytes m_token;
    QDeadlineTimer m_refreshAt;
};

} // namespace latchkey
