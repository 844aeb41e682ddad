// ErrorMapper: turns an HTTP error answer (JSON or not) into an ApiError.
#pragma once

#include "net/apierror.h"
#include "net/httprequest.h"

#include <QByteArrayView>

namespace latchkey {

class ErrorMapper
{
public:
    // The kind follows the status; code and server message come from Logto's
    // {"code","message"} body, or, at the token endpoint, from the OAuth
    // {"error","error_description"} fields (code() is then the OAuth error,
    // e.g. "invalid_grant", so that callers need not know Logto's prefix).
    // A body that is not JSON still gives the status and a short excerpt.
    static ApiError fromResponse(int status, QByteArrayView body, QByteArrayView contentType,
                                 HttpRequest::Endpoint endpoint);
    static ApiError::Kind kindForStatus(int status);
};

} // namespace latchkey
