// SandboxTokenMint: the tokens the sandbox issues to a signed-in user — a JWT access token for
// a resource or an opaque one for userinfo, the ID token, and rotating refresh tokens.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

class SandboxOidcContext;
struct SandboxApp;
struct SandboxOidcInstance;
struct SandboxUser;

class SandboxTokenMint
{
public:
    // What a token response is issued from: an authorization code, a refresh token or a
    // device code (their payloads share these members).
    struct Source
    {
        QString clientId;
        QString accountId;
        QString grantId;
        QString scope; // space separated
        QString nonce;
        QString gty;           // "authorization_code", "device_code", "... refresh_token"
        QStringList resources; // asked for at the authorization request

        static Source fromPayload(const QJsonObject &payload);
        QJsonObject toPayload() const;
    };

    explicit SandboxTokenMint(SandboxOidcContext &context);

    // The response of the token endpoint without refresh_token: access_token (a JWT when
    // resource is set, else opaque), expires_in, id_token when "openid" is in scopes, scope,
    // token_type. scopes narrows the source's scope (a refresh with `scope`).
    QJsonObject tokens(const SandboxApp &app, const Source &source, const SandboxUser &user,
                       const SandboxOidcInstance &grant, const QString &resource,
                       const QStringList &scopes);
    // A new refresh token for source; iiat is when the first token of the chain was issued.
    QString refreshToken(const SandboxApp &app, const Source &source, qint64 iiatMs, int rotations);
    // An opaque access token (43 characters) that /oidc/me and introspection know.
    QString opaqueAccessToken(const QString &clientId, const QString &accountId,
                              const QString &grantId, const QString &scope, const QString &gty,
                              qint64 lifetimeSeconds);
    QString idToken(const SandboxApp &app, const SandboxUser &user, const QStringList &scopes,
                    const QString &nonce);
    // The claims the scopes release about the user (ID token and userinfo alike).
    static QJsonObject userClaims(const SandboxUser &user, const QStringList &scopes);

private:
    SandboxOidcContext &m_context;
};

} // namespace latchkey
