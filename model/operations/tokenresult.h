// TokenResult<T>: what every TokenService call hands back — the project's one
// Result template with a TokenError (a sentence for the user) as its error.
#pragma once

#include "model/operations/tokenerror.h"
#include "net/result.h"

namespace latchkey {

template<typename T> using TokenResult = Result<T, TokenError>;

} // namespace latchkey
