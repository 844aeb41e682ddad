// CtlIssuedReport: the one way latchkeyctl ends a command that issued a token
// value (create, expire): the offline copy, the value once, and what to keep.
#pragma once

#include "model/operations/issuedtoken.h"
#include "model/operations/tokenresult.h"

namespace latchkey {

class CtlContext;

class CtlIssuedReport
{
public:
    // Fails with the error, or records the token, prints its value (with a note
    // when it replaced an old value or is not in the keychain) and succeeds.
    static void finish(CtlContext &context, const TokenResult<IssuedToken> &result);
};

} // namespace latchkey
