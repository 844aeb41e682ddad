// OidcEndpoints: where a Logto tenant signs users in, from its discovery
// document ({endpoint}/oidc/.well-known/openid-configuration).
#pragma once

#include <QString>
#include <QUrl>

namespace latchkey {

struct OidcEndpoints
{
    QString issuer;            // {endpoint}/oidc
    QUrl authorization;        // the browser's sign-in
    QUrl token;                // code redemption, refresh, device polling
    QUrl revocation;           // sign out (may be empty: then nothing is revoked)
    QUrl deviceAuthorization;  // empty when the server has no device flow
    bool supportsS256 = false; // code_challenge_methods_supported holds S256
};

} // namespace latchkey
