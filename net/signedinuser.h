// SignedInUser: who signed in, from the ID token the token endpoint returned
// with the access token (checked: issuer, audience, nonce).
#pragma once

#include <QString>

namespace latchkey {

struct SignedInUser
{
    QString subject;  // the Logto user id (sub)
    QString username; // may be empty
    QString name;     // may be empty
};

} // namespace latchkey
