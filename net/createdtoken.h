// CreatedToken: a newly created PAT, the one moment a plaintext value travels upwards.
#pragma once

#include "net/personalaccesstoken.h"
#include "net/secretbytes.h"

namespace latchkey {

struct CreatedToken
{
    PersonalAccessToken token;
    SecretBytes value;
    // True when the create's answer was lost and the token was found by listing.
    bool reconciled = false;
};

} // namespace latchkey
