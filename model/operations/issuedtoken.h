// IssuedToken: a token whose plaintext TokenService hands to the caller, exactly once.
#pragma once

#include "net/personalaccesstoken.h"
#include "net/secretbytes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace latchkey {

struct IssuedToken
{
    PersonalAccessToken token;
    SecretBytes value; // show it, then let it go (SecretBytes wipes itself)
    bool cached = false;
    QString cacheError;      // translated: why the value is not in the keychain, when !cached
    bool reconciled = false; // the create's answer was lost; the token was found by listing
    bool replaced = false;   // set expiry: the value changed and the old value no longer works
    // Set expiry with an overlap: the old value works until then, under oldAsideName.
    std::optional<QDateTime> oldRevokedAt;
    QString oldAsideName;
};

} // namespace latchkey
