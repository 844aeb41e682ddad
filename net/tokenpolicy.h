// TokenPolicy: the rules a latchkey-gateway publishes for new tokens (GET
// /api/me/policy, docs/gateway-api.md), and what a client needs to sign in to it.
#pragma once

#include <QString>

#include <optional>

namespace latchkey {

struct TokenPolicy
{
    int maxLifetimeDays = 0; // 0 = no limit
    bool allowNeverExpires = true;
    int maxTokensPerUser = 0; // 0 = no limit
    int nameMinLength = 1;
    int nameMaxLength = 0; // 0 = no limit
    QString resource;      // the gateway's API resource indicator
    QString scope;         // the scope a developer's token needs; empty = none
    QString issuer;
    QString logtoEndpoint;
};

} // namespace latchkey
