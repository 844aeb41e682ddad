// ApiError: every failure of a Logto call as a value, with a sentence for the user.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace latchkey {

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::ApiError)

public:
    enum class Kind {
        None,
        Network,      // no connection, DNS, refused, reset
        Timeout,      // no answer within the configured time
        Tls,          // certificate or handshake problem
        Http,         // an HTTP status not covered below
        Unauthorized, // 401, or the token endpoint refused the app credentials
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 422 name exists
        InvalidInput, // 400
        RateLimited,  // 429
        Parse,        // JSON of the wrong shape, oversized body
        Server,       // 5xx
        Cancelled,    // the caller went away or aborted
        Insecure,     // refused by policy before sending (plain HTTP to a remote host)
        SignedOut,    // a developer connection has no sign-in (any more): sign in again
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString code, QString serverMessage, QString detail = {});

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // Logto's dotted error code, e.g. "user.personal_access_token_name_exists";
    // for Kind::Network the cause when known: "connection_refused",
    // "host_not_found" or "remote_closed".
    QString code() const { return m_code; }
    QString serverMessage() const { return m_serverMessage; }
    // Technical detail for diagnostics (field name of a parse error, certificate
    // fingerprint, ...); never contains secrets.
    QString detail() const { return m_detail; }
    // True for network trouble, timeouts, 429 and 502/503/504: trying again later may work.
    bool isRetryable() const;
    // The token endpoint refused a PAT in a token exchange: it was deleted, has
    // expired, or its user is suspended (Kind::InvalidInput, code "invalid_grant").
    bool isInvalidGrant() const;
    // A latchkey-gateway refused the call under its policy (422
    // gateway.policy_violation); serverMessage names the rule.
    bool isPolicyViolation() const;
    bool isError() const { return m_kind != Kind::None; }

    // What happened and what to do, translated.
    QString userMessage() const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_serverMessage;
    QString m_detail;
};

} // namespace latchkey
