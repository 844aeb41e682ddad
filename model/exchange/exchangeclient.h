// ExchangeClient: who exchanges a PAT at the token endpoint of a connection:
// the client that sends it and how that client authenticates.
#pragma once

#include "net/tokenexchangerequest.h"

#include <QString>

namespace latchkey {

class LogtoClient;

struct ExchangeClient
{
    LogtoClient *tokenEndpoint = nullptr; // not owned
    TokenExchangeRequest::Client kind = TokenExchangeRequest::Client::AppSecret;
    QString clientId; // the app's id, for messages (and the request, when public)
};

} // namespace latchkey
