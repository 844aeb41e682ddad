// AccessTokenProvider: the bearer source of an M2M app: the management access
// token (client credentials grant), cached until shortly before it expires;
// callers that need one at the same time share a single token request.
#pragma once

#include "net/bearersource.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>

namespace latchkey {

class ApiRequest;
struct ClientConfig;

class AccessTokenProvider : public BearerSource
{
    Q_OBJECT
public:
    AccessTokenProvider(QNetworkAccessManager *manager, const ClientConfig &config,
                        QObject *parent = nullptr);
    ~AccessTokenProvider() override;

    // The maker a client or a session factory passes for an M2M app.
    static BearerSource::Maker maker();

    void acquire(QObject *receiver, Ready ready) override;
    void invalidate(QByteArrayView staleToken) override;
    void forget() override;

    // How long a token with this lifetime is used: until 60 s or 10 % of its
    // lifetime, whichever is less, and one more second before it runs out.
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
