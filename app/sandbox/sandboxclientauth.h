// SandboxClientAuth: who is calling an OIDC endpoint (token, revocation, introspection, device
// authorization), and which grant types that application may use.
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"
#include "app/sandbox/sandboxstore.h"

#include <QHash>
#include <QString>

#include <optional>

namespace latchkey {

class SandboxClientAuth
{
public:
    struct Result
    {
        std::optional<SandboxApp> app;        // set when the client is authenticated
        std::optional<SandboxResponse> error; // set otherwise: the answer to send
    };
    // HTTP Basic or client_id (+ client_secret) in the form. Public apps (Native, SPA) send only
    // their client_id; the sandbox's M2M apps must present their secret.
    static Result authenticate(const SandboxRequest &request, const QHash<QString, QString> &form,
                               const SandboxStore &store, const QString &issuer);

    // Logto's grant types per application type (and isDeviceFlow, allowTokenExchange).
    static bool grantAllowed(const SandboxApp &app, const QString &grantType);

    static bool isFormBody(const SandboxRequest &request);
    static SandboxResponse notAFormBody();

    static const QString kAuthorizationCode;
    static const QString kRefreshToken;
    static const QString kClientCredentials;
    static const QString kDeviceCode;
    static const QString kTokenExchange;
};

} // namespace latchkey
