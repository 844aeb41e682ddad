// Answers as oidc-provider 9.11.3 gives them behind Logto 1.42 (logto-oidc.md sections 6-7):
// revocation answers 200 with an empty body for anything it cannot or may not revoke, so that
// nobody learns which tokens exist; structured (JWT) tokens are refused outright.
#include "app/sandbox/sandboxtokenroutes.h"

#include "app/sandbox/sandboxclientauth.h"
#include "app/sandbox/sandboxform.h"
#include "app/sandbox/sandboxoidccontext.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxstore.h"
#include "app/sandbox/sandboxtokenmint.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace latchkey {

using namespace sandboxreply;

namespace {

// jose's decodeProtectedHeader: three parts whose first is base64url JSON.
bool looksLikeJwt(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return false;
    const auto header = QByteArray::fromBase64Encoding(
        parts[0].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                 QByteArray::AbortOnBase64DecodingErrors);
    return header && QJsonDocument::fromJson(*header).isObject();
}

SandboxResponse invalidToken(const QString &issuer, const QString &description)
{
    SandboxResponse r = oidcError(401, u"invalid_token"_s, description);
    r.addHeader("WWW-Authenticate", "Bearer realm=\"" + issuer.toUtf8() +
                                        "\", error=\"invalid_token\", error_description=\"" +
                                        description.toUtf8() + '"');
    return r;
}

} // namespace

SandboxTokenRoutes::SandboxTokenRoutes(SandboxOidcContext &context)
    : m_context(context)
{}

std::optional<SandboxResponse> SandboxTokenRoutes::handle(const SandboxRequest &request)
{
    const QByteArray &path = request.rawPath;
    if (path == "/oidc/token/revocation")
        return request.method == "POST" ? revoke(request) : routeNotFound();
    if (path == "/oidc/token/introspection")
        return request.method == "POST" ? introspect(request) : routeNotFound();
    if (path == "/oidc/me")
        return request.method == "GET" || request.method == "POST" ? userinfo(request)
                                                                   : routeNotFound();
    return std::nullopt;
}

std::optional<SandboxOidcInstance> SandboxTokenRoutes::findToken(const QString &value) const
{
    for (const QString &model : {u"AccessToken"_s, u"RefreshToken"_s}) {
        if (auto token = m_context.instances().find(model, value))
            return token;
    }
    return std::nullopt;
}

SandboxResponse SandboxTokenRoutes::revoke(const SandboxRequest &request)
{
    if (!SandboxClientAuth::isFormBody(request))
        return SandboxClientAuth::notAFormBody();
    const auto form = sandboxform::parseForm(request.body);
    const auto auth =
        SandboxClientAuth::authenticate(request, form, m_context.store(), m_context.issuer());
    if (auth.error)
        return *auth.error;
    const QString value = form.value(u"token"_s);
    if (value.isEmpty())
        return oidcError(400, u"invalid_request"_s, u"missing required parameter 'token'"_s);
    if (looksLikeJwt(value))
        return oidcError(400, u"unsupported_token_type"_s,
                         u"Structured JWT Tokens cannot be revoked via the revocation_endpoint"_s);
    SandboxResponse done;
    done.status = 200;
    done.addHeader("Content-Type", "text/plain; charset=utf-8");
    const auto token = findToken(value);
    if (!token)
        return done;
    if (token->payload.value(u"clientId"_s).toString() != auth.app->id) {
        // A public client learns nothing about other clients' tokens.
        if (auth.app->isPublic())
            return done;
        return oidcError(400, u"invalid_request"_s,
                         u"client is not authorized to revoke the presented token"_s);
    }
    // Revoking either kind of token ends the sign-in it belongs to.
    m_context.instances().destroy(token->model, token->id);
    m_context.instances().revokeGrant(token->grantId);
    return done;
}

SandboxResponse SandboxTokenRoutes::introspect(const SandboxRequest &request)
{
    if (!SandboxClientAuth::isFormBody(request))
        return SandboxClientAuth::notAFormBody();
    const auto form = sandboxform::parseForm(request.body);
    const auto auth =
        SandboxClientAuth::authenticate(request, form, m_context.store(), m_context.issuer());
    if (auth.error)
        return *auth.error;
    const QString value = form.value(u"token"_s);
    if (value.isEmpty())
        return oidcError(400, u"invalid_request"_s, u"missing required parameter 'token'"_s);
    if (looksLikeJwt(value))
        return oidcError(
            400, u"unsupported_token_type"_s,
            u"Structured JWT Tokens cannot be introspected via the introspection_endpoint"_s);
    QJsonObject answer{{u"active"_s, false}};
    auto reply = [&answer] {
        SandboxResponse r = json(200, answer);
        r.addHeader("Cache-Control", "no-store");
        return r;
    };
    const qint64 now = SandboxOidcContext::nowMs();
    const auto token = findToken(value);
    if (!token || token->isExpired(now))
        return reply();
    const bool refresh = token->model == u"RefreshToken"_s;
    if (token->consumedAt &&
        (!refresh || now - *token->consumedAt > m_context.config().refreshReuseWindowMs))
        return reply();
    const QString clientId = token->payload.value(u"clientId"_s).toString();
    const QString accountId = token->payload.value(u"accountId"_s).toString();
    if (!token->grantId.isEmpty() && !m_context.validGrant(token->grantId, clientId, accountId))
        return reply();
    if (auth.app->isPublic() && clientId != auth.app->id)
        return reply();
    answer = {{u"active"_s, true},
              {u"client_id"_s, clientId},
              {u"exp"_s, double(token->expiresAt / 1000)},
              {u"iss"_s, m_context.issuer()}};
    answer.insert(u"iat"_s, token->payload.value(u"iat"_s));
    if (!accountId.isEmpty())
        answer.insert(u"sub"_s, accountId);
    const QString scope = token->payload.value(u"scope"_s).toString();
    if (!scope.isEmpty())
        answer.insert(u"scope"_s, scope);
    if (!refresh)
        answer.insert(u"token_type"_s, u"Bearer"_s);
    return reply();
}

SandboxResponse SandboxTokenRoutes::userinfo(const SandboxRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    QString value;
    if (!authorization.isEmpty()) {
        const QList<QByteArray> parts = authorization.split(' ');
        if (parts.size() != 2)
            return oidcError(400, u"invalid_request"_s,
                             u"invalid authorization header value format"_s);
        if (parts[0].toLower() != "bearer")
            return oidcError(400, u"invalid_request"_s,
                             u"authorization header scheme must be `Bearer`"_s);
        value = QString::fromLatin1(parts[1]);
    } else if (request.method == "POST" && SandboxClientAuth::isFormBody(request)) {
        value = sandboxform::parseForm(request.body).value(u"access_token"_s);
    }
    if (value.isEmpty()) {
        SandboxResponse r = oidcError(401, u"invalid_token"_s, u"no access token provided"_s);
        r.addHeader("WWW-Authenticate", "Bearer realm=\"" + m_context.issuer().toUtf8() + '"');
        return r;
    }
    const QString invalid = u"invalid token provided"_s;
    const auto token = m_context.instances().find(u"AccessToken"_s, value);
    if (!token || token->isExpired(SandboxOidcContext::nowMs()))
        return invalidToken(m_context.issuer(), invalid);
    const QStringList scopes =
        token->payload.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    if (!scopes.contains(u"openid"_s)) {
        SandboxResponse r =
            oidcError(403, u"insufficient_scope"_s, u"access token missing openid scope"_s,
                      {{u"scope"_s, u"openid"_s}});
        r.addHeader("WWW-Authenticate",
                    "Bearer realm=\"" + m_context.issuer().toUtf8() +
                        "\", error=\"insufficient_scope\", error_description=\"access token "
                        "missing openid scope\", scope=\"openid\"");
        return r;
    }
    const QString clientId = token->payload.value(u"clientId"_s).toString();
    const QString accountId = token->payload.value(u"accountId"_s).toString();
    const auto user = m_context.store().user(accountId);
    if (!m_context.store().app(clientId) || !user ||
        (!token->grantId.isEmpty() && !m_context.validGrant(token->grantId, clientId, accountId)))
        return invalidToken(m_context.issuer(), invalid);
    SandboxResponse r = json(200, SandboxTokenMint::userClaims(*user, scopes));
    r.addHeader("Cache-Control", "no-store");
    return r;
}

} // namespace latchkey
