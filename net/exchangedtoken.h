// ExchangedToken: the token endpoint's answer to a PAT token exchange.
#pragma once

#include "net/secretbytes.h"

#include <QString>

namespace latchkey {

struct ExchangedToken
{
    SecretBytes accessToken; // a JWT when a resource was given
    int expiresIn = 0;       // seconds
    QString scope;
    QString tokenType;
};

} // namespace latchkey
