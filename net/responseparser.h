// ResponseParser: checks and converts Logto's JSON answers into Latchkey's
// types. Token values are turned into fingerprints here, at the edge of net/.
#pragma once

#include "net/createdtoken.h"
#include "net/exchangedtoken.h"
#include "net/personalaccesstoken.h"
#include "net/result.h"
#include "net/user.h"

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
};

} // namespace latchkey
