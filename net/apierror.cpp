#include "net/apierror.h"

using namespace Qt::StringLiterals;

namespace latchkey {

ApiError::ApiError(Kind kind, int httpStatus, QString code, QString serverMessage, QString detail)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
    , m_serverMessage(std::move(serverMessage))
    , m_detail(std::move(detail))
{}

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

bool ApiError::isInvalidGrant() const
{
    return m_kind == Kind::InvalidInput && m_code == u"invalid_grant";
}

bool ApiError::isPolicyViolation() const
{
    return m_kind == Kind::Conflict && m_code == u"gateway.policy_violation";
}

QString ApiError::userMessage() const
{
    const QString server = m_serverMessage.isEmpty()
                               ? QString()
                               : u" "_s + tr("The server said: %1").arg(m_serverMessage);
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the Logto server. Check the network connection and the "
                  "endpoint URL, then try again.");
    case Kind::Timeout:
        return tr("The Logto server did not answer in time. Try again; if this keeps happening, "
                  "check the network connection or the server.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted, so nothing was sent. If your "
                  "organisation uses its own certificate authority, add its certificate to the "
                  "profile; compare the fingerprint in the details with your administrator's.");
    case Kind::Http:
        return tr("The server answered with HTTP status %1, which Latchkey did not expect. Check "
                  "the endpoint URL and try again.")
                   .arg(m_httpStatus) +
               server;
    case Kind::Unauthorized:
        if (m_code == u"invalid_client")
            return tr("The Logto server refused the app ID or app secret. Check both in the "
                      "profile.");
        return tr("The Logto server refused Latchkey's access (HTTP %1). Check the app ID, app "
                  "secret and API indicator in the profile.")
            .arg(m_httpStatus);
    case Kind::Forbidden:
        return tr("The app may not use the Logto Management API. In the Logto Console, give the "
                  "app a role with Management API access.");
    case Kind::NotFound:
        if (m_code == u"entity.relation_foreign_key_not_found")
            return tr("This user no longer exists. Refresh the user list.");
        if (m_code == u"entity.not_exists")
            return tr("No token with this name exists for this user any more. Refresh the token "
                      "list.");
        if (m_code.startsWith(u"entity."))
            return tr("The user or token no longer exists. Refresh the list.");
        return tr("The server answered HTTP 404 Not Found. Check the endpoint URL; a request "
                  "that is too large also gets this answer from Logto.") +
               server;
    case Kind::Conflict:
        // The gateway's message names the rule (docs/gateway-api.md, "Policy").
        if (isPolicyViolation())
            return tr("Your organisation's policy does not allow this: %1").arg(m_serverMessage);
        if (m_code == u"user.personal_access_token_name_exists")
            return tr("A token with this name already exists for this user. Choose another name.");
        return tr("The server refused the change because it conflicts with existing data (HTTP "
                  "%1). Refresh and try again.")
                   .arg(m_httpStatus) +
               server;
    case Kind::InvalidInput:
        if (m_code == u"invalid_grant")
            return tr("This token is not valid: deleted, expired, or its user is suspended.");
        if (m_code == u"invalid_target")
            return tr("The Logto server does not know the API indicator. Check the API indicator "
                      "in the profile.");
        if (m_code == u"invalid_request" || m_code == u"unauthorized_client")
            return tr("The Logto server refused the request from this app. For a token test, "
                      "turn on token exchange for the app in the Logto Console.") +
                   server;
        return tr("The server refused the request as invalid. Correct the input and try again.") +
               server;
    case Kind::RateLimited:
        return tr("The server is receiving too many requests. Wait a minute, then try again.");
    case Kind::Parse:
        return tr("The server's answer could not be understood (%1). Check that the endpoint URL "
                  "points to a Logto server.")
            .arg(m_detail);
    case Kind::Server:
        return tr("The Logto server had a problem (HTTP %1). Try again later.").arg(m_httpStatus) +
               server;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Insecure:
        return tr("Latchkey does not send credentials over plain HTTP to a remote host. Use an "
                  "https:// endpoint URL.");
    case Kind::SignedOut:
        // The sign-in is kept in the keychain; when that cannot be read, say why.
        if (m_code == u"latchkey.keychain")
            return tr("Your sign-in could not be read from or written to the keychain: %1")
                .arg(m_serverMessage);
        return tr("You are signed out of this connection. Sign in to go on.");
    }
    return {};
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::InvalidInput:
        return u"invalid-input"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Parse:
        return u"parse"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Insecure:
        return u"insecure"_s;
    case Kind::SignedOut:
        return u"signed-out"_s;
    }
    return {};
}

} // namespace latchkey
