// ResponseParser: checks and converts Logto's JSON answers into Latchkey's
// types. Token values are turned into fingerprints here, at the edge of net/.
#pragma once

#include "net/createdtoken.h"
#include "net/deviceauthorization.h"
#include "net/exchangedtoken.h"
#include "net/oidcendpoints.h"
#include "net/personalaccesstoken.h"
#include "net/result.h"
#include "net/signedinuser.h"
#include "net/tokenpolicy.h"
#include "net/user.h"
#include "net/usertokengrant.h"

#include <QByteArrayView>

#include <optional>

namespace latchkey {

// The token endpoint's answer to the client credentials grant.
struct AccessTokenGrant
{
    SecretBytes accessToken;
    int expiresIn = 0; // seconds
};

class ResponseParser
{
public:
    // Errors are Kind::Parse with detail naming the field ("users[3].createdAt: ...").
    static Result<User> user(QByteArrayView body);
    static Result<QList<User>> users(QByteArrayView body);
    // totalNumber: the raw Total-Number header.
    static Result<UserPage> userPage(QByteArrayView body, const QByteArray &totalNumber, int page,
                                     int pageSize);
    static Result<PersonalAccessToken> token(QByteArrayView body);
    static Result<QList<PersonalAccessToken>> tokens(QByteArrayView body);
    static Result<CreatedToken> createdToken(QByteArrayView body);
    // The token called `name` in a token list, with its value (nullopt when absent).
    static Result<std::optional<CreatedToken>> findToken(QByteArrayView listBody,
                                                         const QString &name);
    static Result<AccessTokenGrant> accessTokenGrant(QByteArrayView body);
    static Result<ExchangedToken> exchangedToken(QByteArrayView body);

    // Sign-in (docs/logto-api.md, "Signing in as a user").
    static Result<OidcEndpoints> oidcEndpoints(QByteArrayView body);
    static Result<UserTokenGrant> userTokenGrant(QByteArrayView body);
    static Result<DeviceAuthorization> deviceAuthorization(QByteArrayView body);
    // A gateway's GET /api/me: id, and username, name, primaryEmail (null when unset).
    static Result<User> gatewayUser(QByteArrayView body);
    static Result<TokenPolicy> tokenPolicy(QByteArrayView body);
    // The claims of an ID token that came straight from the token endpoint over
    // the connection the client checked, so its signature is not needed (OIDC
    // Core 3.1.3.7); iss must be issuer, aud hold clientId, and nonce (when not
    // empty: the device flow has none) match. Kind::Parse names what failed.
    static Result<SignedInUser> signedInUser(QByteArrayView idToken, const QString &issuer,
                                             const QString &clientId, QByteArrayView nonce);
};

} // namespace latchkey
