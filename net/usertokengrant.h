// UserTokenGrant: the token endpoint's answer when a user signed in (code,
// device code) or a sign-in was refreshed.
#pragma once

#include "net/secretbytes.h"

#include <QByteArray>
#include <QString>

namespace latchkey {

struct UserTokenGrant
{
    SecretBytes accessToken;
    int expiresIn = 0;        // seconds
    SecretBytes refreshToken; // empty when none was issued (or the old one stays)
    QByteArray idToken;       // empty when none was issued
    QString scope;
};

} // namespace latchkey
