// TokenExchangeRequest: what a PAT token exchange (RFC 8693) asks Logto's token
// endpoint for, and which client asks (docs/token-exchange.md).
#pragma once

#include <QString>
#include <QStringList>

namespace latchkey {

struct TokenExchangeRequest
{
    enum class Client {
        // The connection's own app, with its secret (HTTP Basic): an M2M app.
        AppSecret,
        // A public client by its id alone, e.g. a developer connection's Native
        // app; Logto allows it once token exchange is switched on for that app.
        Public,
    };

    QString resource; // API resource indicator; empty gives an opaque token
    QStringList scopes;
    QString organizationId; // empty: not an organization token
    Client client = Client::AppSecret;
    QString publicClientId; // with Client::Public
};

} // namespace latchkey
