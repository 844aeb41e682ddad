// Token shapes observed on Logto 1.42 (logto-oidc.md section 4): a resource's access token is
// the same ES384 at+jwt as the token exchange's (aud = indicator, client_id = the app); an
// opaque one has 43 characters; the ID token's header has no typ.
#include "app/sandbox/sandboxtokenmint.h"

#include "app/sandbox/sandboxoidccontext.h"
#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxstore.h"
#include "app/sandbox/sandboxtokensigner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr qint64 kIdTokenTtlSeconds = 3600;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QStringList intersect(const QStringList &wanted, const QStringList &allowed)
{
    QStringList kept;
    for (const QString &scope : wanted) {
        if (allowed.contains(scope) && !kept.contains(scope))
            kept.append(scope);
    }
    return kept;
}

} // namespace

SandboxTokenMint::Source SandboxTokenMint::Source::fromPayload(const QJsonObject &payload)
{
    Source s;
    s.clientId = payload.value(u"clientId"_s).toString();
    s.accountId = payload.value(u"accountId"_s).toString();
    s.grantId = payload.value(u"grantId"_s).toString();
    s.scope = payload.value(u"scope"_s).toString();
    s.nonce = payload.value(u"nonce"_s).toString();
    s.gty = payload.value(u"gty"_s).toString();
    for (const QJsonValue &v : payload.value(u"resource"_s).toArray())
        s.resources.append(v.toString());
    return s;
}

QJsonObject SandboxTokenMint::Source::toPayload() const
{
    QJsonObject payload{
        {u"clientId"_s, clientId}, {u"accountId"_s, accountId},
        {u"grantId"_s, grantId},   {u"scope"_s, scope},
        {u"gty"_s, gty},           {u"resource"_s, QJsonArray::fromStringList(resources)}};
    if (!nonce.isEmpty())
        payload.insert(u"nonce"_s, nonce);
    return payload;
}

SandboxTokenMint::SandboxTokenMint(SandboxOidcContext &context)
    : m_context(context)
{}

QJsonObject SandboxTokenMint::tokens(const SandboxApp &app, const Source &source,
                                     const SandboxUser &user, const SandboxOidcInstance &grant,
                                     const QString &resource, const QStringList &scopes)
{
    QJsonObject answer{{u"token_type"_s, u"Bearer"_s}};
    qint64 lifetime = m_context.config().tokenLifetimeSeconds;
    QString scope;
    if (const auto target = m_context.resource(resource)) {
        // The grant's scopes for this resource that the user's roles still hold; a resource
        // the authorization request did not name gets a token without scope.
        const QStringList granted = grant.payload.value(u"resources"_s)
                                        .toObject()
                                        .value(resource)
                                        .toString()
                                        .split(u' ', Qt::SkipEmptyParts);
        scope = intersect(intersect(scopes, granted), m_context.userScopes(user.id, *target))
                    .join(u' ');
        lifetime = target->accessTokenTtl;
        answer.insert(u"access_token"_s,
                      QString::fromLatin1(m_context.signer().issueAccessToken(
                          m_context.issuer(), user.id, app.id, scope, resource, lifetime)));
    } else {
        scope =
            intersect(scopes, grant.payload.value(u"openid"_s).toString().split(u' ')).join(u' ');
        answer.insert(u"access_token"_s, opaqueAccessToken(app.id, user.id, source.grantId, scope,
                                                           source.gty, lifetime));
    }
    answer.insert(u"expires_in"_s, double(lifetime));
    answer.insert(u"scope"_s, scope);
    if (scopes.contains(u"openid"_s)) {
        const QStringList idScopes =
            intersect(scopes, grant.payload.value(u"openid"_s).toString().split(u' '));
        answer.insert(u"id_token"_s, idToken(app, user, idScopes, source.nonce));
    }
    return answer;
}

QString SandboxTokenMint::refreshToken(const SandboxApp &app, const Source &source, qint64 iiatMs,
                                       int rotations)
{
    const qint64 ttlDays = app.customClientMetadata.value(u"refreshTokenTtlInDays"_s).toInteger(14);
    SandboxOidcInstance token;
    token.model = u"RefreshToken"_s;
    token.id = sandboxRandomString(43, kSandboxUrlSafe);
    token.grantId = source.grantId;
    token.expiresAt = SandboxOidcContext::nowMs() + ttlDays * kDayMs;
    token.payload = source.toPayload();
    token.payload.insert(u"iiat"_s, double(iiatMs));
    token.payload.insert(u"iat"_s, double(SandboxOidcContext::nowMs() / 1000));
    token.payload.insert(u"rotations"_s, rotations);
    return m_context.instances().save(token) ? token.id : QString();
}

QString SandboxTokenMint::opaqueAccessToken(const QString &clientId, const QString &accountId,
                                            const QString &grantId, const QString &scope,
                                            const QString &gty, qint64 lifetimeSeconds)
{
    SandboxOidcInstance token;
    token.model = u"AccessToken"_s;
    token.id = sandboxRandomString(43, kSandboxUrlSafe);
    token.grantId = grantId;
    const qint64 now = SandboxOidcContext::nowMs();
    token.expiresAt = now + lifetimeSeconds * 1000;
    token.payload = {{u"clientId"_s, clientId},
                     {u"accountId"_s, accountId},
                     {u"grantId"_s, grantId},
                     {u"scope"_s, scope},
                     {u"gty"_s, gty},
                     {u"iat"_s, double(now / 1000)},
                     {u"exp"_s, double(token.expiresAt / 1000)}};
    return m_context.instances().save(token) ? token.id : QString();
}

QString SandboxTokenMint::idToken(const SandboxApp &app, const SandboxUser &user,
                                  const QStringList &scopes, const QString &nonce)
{
    const qint64 now = SandboxOidcContext::nowMs() / 1000;
    QJsonObject claims = userClaims(user, scopes);
    claims.insert(u"aud"_s, app.id);
    claims.insert(u"iat"_s, double(now));
    claims.insert(u"exp"_s, double(now + kIdTokenTtlSeconds));
    claims.insert(u"iss"_s, m_context.issuer());
    if (!nonce.isEmpty())
        claims.insert(u"nonce"_s, nonce);
    const QJsonObject header{{u"alg"_s, u"ES384"_s}, {u"kid"_s, m_context.signer().keyId()}};
    return QString::fromLatin1(m_context.signer().sign(header, claims));
}

QJsonObject SandboxTokenMint::userClaims(const SandboxUser &user, const QStringList &scopes)
{
    QJsonObject claims{{u"sub"_s, user.id}};
    if (scopes.contains(u"profile"_s)) {
        claims.insert(u"name"_s, nullable(user.name));
        claims.insert(u"picture"_s, nullable(user.avatar));
        claims.insert(u"username"_s, nullable(user.username));
        // Logto falls back to the username (scope.ts getPreferredUsername); absent without one.
        if (!user.username.isNull())
            claims.insert(u"preferred_username"_s, user.username);
        claims.insert(u"created_at"_s, double(user.createdAt));
        claims.insert(u"updated_at"_s, double(user.updatedAt));
    }
    if (scopes.contains(u"email"_s)) {
        claims.insert(u"email"_s, nullable(user.primaryEmail));
        claims.insert(u"email_verified"_s, !user.primaryEmail.isEmpty());
    }
    if (scopes.contains(u"phone"_s)) {
        claims.insert(u"phone_number"_s, nullable(user.primaryPhone));
        claims.insert(u"phone_number_verified"_s, !user.primaryPhone.isEmpty());
    }
    return claims;
}

} // namespace latchkey
