// ConnectionSession: what the window works with while one connection is open —
// its profile, its API client and its token operations — owned together so
// that switching connections drops all of them at once.
#pragma once

#include "model/settings/connectionprofile.h"

#include <QObject>

namespace latchkey {

class LogtoClient;
class TokenService;

class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of client and service (reparents them).
    ConnectionSession(const ConnectionProfile &profile, LogtoClient *client, TokenService *tokens,
                      QObject *parent = nullptr);
    ~ConnectionSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    LogtoClient *client() const { return m_client; }
    TokenService *tokens() const { return m_tokens; }
    // The endpoint as TokenCache keys spell it.
    QString endpointKey() const { return m_endpointKey; }

private:
    ConnectionProfile m_profile;
    LogtoClient *m_client;
    TokenService *m_tokens;
    QString m_endpointKey;
};

} // namespace latchkey
