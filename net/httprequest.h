// HttpRequest: one call to the Logto server as the request runner needs it.
#pragma once

#include "net/secretbytes.h"

#include <QByteArray>
#include <QUrl>

namespace latchkey {

struct HttpRequest
{
    enum class Auth {
        None,        // public documents (JWKS)
        Bearer,      // /api calls: the management access token
        ClientBasic, // /oidc/token: HTTP Basic with the app ID and secret
    };
    // Which error vocabulary the server speaks at this URL.
    enum class Endpoint { Api, Token, Other };

    QByteArray method; // GET, POST, PATCH
    QUrl url;
    QByteArray contentType; // empty when there is no body
    SecretBytes body;       // may hold secrets (subject_token)
    Auth auth = Auth::None;
    Endpoint endpoint = Endpoint::Api;
    // Safe to send again after an attempt whose answer was lost; only the
    // caller knows, see LogtoClient for the reasoning per call.
    bool repeatable = false;
};

} // namespace latchkey
