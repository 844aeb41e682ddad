// Checks in the order oidc-provider 9.11.3 and Logto 1.42's refresh_token grant make them
// (logto-oidc.md sections 4-6). invalid_grant always says "grant request is invalid", as a
// production Logto does; replaying a used code or device code, or reusing a replaced refresh
// token after the reuse window, revokes the whole grant.
#include "app/sandbox/sandboxoidcgrants.h"

#include "app/sandbox/sandboxclientauth.h"
#include "app/sandbox/sandboxform.h"
#include "app/sandbox/sandboxoidccontext.h"
#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxstore.h"
#include "app/sandbox/sandboxtokenmint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace latchkey {

using namespace sandboxreply;

namespace {

constexpr qint64 kDeviceCodeTtlSeconds = 600;                        // Logto's defaultDeviceCodeTtl
constexpr qint64 kRotationCapMs = qint64(365.25 * 24 * 3600) * 1000; // rotate for a year at most

SandboxResponse invalidGrant()
{
    return oidcError(400, u"invalid_grant"_s, u"grant request is invalid"_s);
}

SandboxResponse missing(const QString &parameter)
{
    return oidcError(400, u"invalid_request"_s,
                     u"missing required parameter '%1'"_s.arg(parameter));
}

SandboxResponse tokenResponse(const QJsonObject &answer)
{
    SandboxResponse r = json(200, answer);
    r.addHeader("Cache-Control", "no-store");
    r.addHeader("Pragma", "no-cache");
    return r;
}

// RFC 7636 section 4.6, S256 (the only method Logto accepts); compared in constant time.
bool verifierMatches(const QString &verifier, const QString &challenge)
{
    const QByteArray expected =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray given = challenge.toLatin1();
    return !verifier.isEmpty() && expected.size() == given.size() &&
           CRYPTO_memcmp(expected.constData(), given.constData(), size_t(given.size())) == 0;
}

std::optional<SandboxResponse> verifierFormatProblem(const QString &verifier)
{
    static const QRegularExpression invalid(u"[^\\w.\\-~]"_s);
    QString problem;
    if (verifier.size() < 43)
        problem = u"code_verifier must be a string with a minimum length of 43 characters"_s;
    else if (verifier.size() > 128)
        problem = u"code_verifier must be a string with a maximum length of 128 characters"_s;
    else if (invalid.match(verifier).hasMatch())
        problem = u"code_verifier contains invalid characters"_s;
    if (problem.isEmpty())
        return std::nullopt;
    return oidcError(400, u"invalid_request"_s, problem);
}

QStringList words(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

// oidc-provider's user codes: 8 characters of base-20 (no vowels, nothing to misread).
QString newUserCode()
{
    return sandboxRandomString(8, "BCDFGHJKLMNPQRSTVWXZ");
}

} // namespace

SandboxOidcGrants::SandboxOidcGrants(SandboxOidcContext &context, SandboxTokenMint &mint)
    : m_context(context)
    , m_mint(mint)
{}

SandboxResponse SandboxOidcGrants::token(const SandboxApp &app, const QString &grantType,
                                         const QHash<QString, QString> &form,
                                         const QStringList &resources)
{
    if (resources.size() > 1)
        return oidcError(400, u"invalid_target"_s,
                         u"only a single resource indicator value must be requested/resolved "
                         "during Access Token Request"_s);
    const QString resource = resources.value(0);
    if (grantType == SandboxClientAuth::kAuthorizationCode)
        return authorizationCode(app, form, resource);
    if (grantType == SandboxClientAuth::kRefreshToken)
        return refreshToken(app, form, resource);
    return deviceCode(app, form, resource);
}

SandboxResponse SandboxOidcGrants::authorizationCode(const SandboxApp &app,
                                                     const QHash<QString, QString> &form,
                                                     const QString &resource)
{
    QString redirectUri = form.value(u"redirect_uri"_s);
    if (redirectUri.isEmpty() && app.redirectUris.size() == 1)
        redirectUri = app.redirectUris.constFirst();
    const QString value = form.value(u"code"_s);
    if (value.isEmpty())
        return missing(u"code"_s);
    if (redirectUri.isEmpty())
        return missing(u"redirect_uri"_s);

    const qint64 now = SandboxOidcContext::nowMs();
    const auto code = m_context.instances().find(u"AuthorizationCode"_s, value);
    if (!code)
        return invalidGrant();
    const auto source = SandboxTokenMint::Source::fromPayload(code->payload);
    if (source.clientId != app.id || code->isExpired(now))
        return invalidGrant();
    const auto grant = m_context.validGrant(source.grantId, app.id, source.accountId);
    if (!grant)
        return invalidGrant();
    const QString verifier = form.value(u"code_verifier"_s);
    if (!verifier.isEmpty()) {
        if (auto problem = verifierFormatProblem(verifier))
            return *problem;
    }
    if (!verifierMatches(verifier, code->payload.value(u"codeChallenge"_s).toString()) ||
        code->payload.value(u"redirectUri"_s).toString() != redirectUri)
        return invalidGrant();
    if (code->consumedAt) {
        // A code used twice: whoever holds it may be an attacker; nothing of that sign-in
        // stays valid (RFC 6749 section 4.1.2).
        m_context.instances().revokeGrant(source.grantId);
        return invalidGrant();
    }
    m_context.instances().consume(u"AuthorizationCode"_s, value, now);
    const auto user = m_context.store().user(source.accountId);
    if (!user)
        return invalidGrant();

    QJsonObject answer = m_mint.tokens(app, source, *user, *grant, resource, words(source.scope));
    if (words(source.scope).contains(u"offline_access"_s) &&
        SandboxClientAuth::grantAllowed(app, SandboxClientAuth::kRefreshToken))
        answer.insert(u"refresh_token"_s, m_mint.refreshToken(app, source, now, 0));
    return tokenResponse(answer);
}

SandboxResponse SandboxOidcGrants::refreshToken(const SandboxApp &app,
                                                const QHash<QString, QString> &form,
                                                const QString &resource)
{
    QString value = form.value(u"refresh_token"_s);
    if (value.isEmpty())
        return missing(u"refresh_token"_s);
    const qint64 now = SandboxOidcContext::nowMs();
    const auto token = m_context.instances().find(u"RefreshToken"_s, value);
    if (!token)
        return invalidGrant();
    auto source = SandboxTokenMint::Source::fromPayload(token->payload);
    if (source.clientId != app.id || token->isExpired(now))
        return invalidGrant();
    const auto grant = m_context.validGrant(source.grantId, app.id, source.accountId);
    if (!grant)
        return invalidGrant();
    const QStringList requested = words(form.value(u"scope"_s));
    QStringList missingScopes;
    for (const QString &scope : requested) {
        if (!words(source.scope).contains(scope))
            missingScopes.append(scope);
    }
    if (!missingScopes.isEmpty())
        return oidcError(400, u"invalid_scope"_s,
                         missingScopes.size() == 1 ? u"refresh token missing requested scope"_s
                                                   : u"refresh token missing requested scopes"_s,
                         {{u"scope"_s, missingScopes.join(u' ')}});
    const auto user = m_context.store().user(source.accountId);
    if (!user)
        return invalidGrant();
    // Logto treats a replaced refresh token as unused for a few seconds (clients that refresh
    // twice at once); a reuse after that is taken as theft and ends the whole sign-in.
    if (token->consumedAt && now - *token->consumedAt > m_context.config().refreshReuseWindowMs) {
        m_context.instances().destroy(u"RefreshToken"_s, value);
        m_context.instances().revokeGrant(source.grantId);
        return invalidGrant();
    }
    // Public clients rotate on every use (for at most a year), unless the app turned it off.
    const qint64 iiat = qint64(token->payload.value(u"iiat"_s).toDouble(double(now)));
    const bool rotate = app.customClientMetadata.value(u"rotateRefreshToken"_s).toBool(true) &&
                        now - iiat < kRotationCapMs;
    if (rotate) {
        m_context.instances().consume(u"RefreshToken"_s, value, now);
        if (!source.gty.endsWith(u"refresh_token"_s))
            source.gty += u" refresh_token"_s;
        value = m_mint.refreshToken(app, source, iiat,
                                    token->payload.value(u"rotations"_s).toInt() + 1);
    }
    QJsonObject answer = m_mint.tokens(app, source, *user, *grant, resource,
                                       requested.isEmpty() ? words(source.scope) : requested);
    answer.insert(u"refresh_token"_s, value);
    return tokenResponse(answer);
}

SandboxResponse SandboxOidcGrants::deviceCode(const SandboxApp &app,
                                              const QHash<QString, QString> &form,
                                              const QString &resource)
{
    const QString value = form.value(u"device_code"_s);
    if (value.isEmpty())
        return missing(u"device_code"_s);
    const qint64 now = SandboxOidcContext::nowMs();
    const auto code = m_context.instances().find(u"DeviceCode"_s, value);
    if (!code)
        return invalidGrant();
    const auto source = SandboxTokenMint::Source::fromPayload(code->payload);
    if (source.clientId != app.id)
        return invalidGrant();
    if (code->isExpired(now))
        return oidcError(400, u"expired_token"_s, u"device code is expired"_s);
    if (source.accountId.isEmpty())
        return oidcError(400, u"authorization_pending"_s,
                         u"authorization request is still pending as the end-user hasn't yet "
                         "completed the user interaction steps"_s);
    if (code->consumedAt) {
        m_context.instances().revokeGrant(source.grantId);
        return invalidGrant();
    }
    m_context.instances().consume(u"DeviceCode"_s, value, now);
    const auto grant = m_context.validGrant(source.grantId, app.id, source.accountId);
    const auto user = m_context.store().user(source.accountId);
    if (!grant || !user)
        return invalidGrant();

    QJsonObject answer = m_mint.tokens(app, source, *user, *grant, resource, words(source.scope));
    if (words(source.scope).contains(u"offline_access"_s))
        answer.insert(u"refresh_token"_s, m_mint.refreshToken(app, source, now, 0));
    return tokenResponse(answer);
}

SandboxResponse SandboxOidcGrants::deviceAuthorization(const SandboxRequest &request)
{
    if (!SandboxClientAuth::isFormBody(request))
        return SandboxClientAuth::notAFormBody();
    const auto items = sandboxform::parseQuery(request.body);
    const QHash<QString, QString> form = sandboxform::parseForm(request.body);
    const auto auth =
        SandboxClientAuth::authenticate(request, form, m_context.store(), m_context.issuer());
    if (auth.error)
        return *auth.error;
    const SandboxApp &app = *auth.app;
    if (!SandboxClientAuth::grantAllowed(app, SandboxClientAuth::kDeviceCode))
        return oidcError(400, u"invalid_request"_s,
                         SandboxClientAuth::kDeviceCode + u" is not allowed for this client"_s);
    const QStringList resources = sandboxform::queryValues(items, u"resource"_s);
    for (const QString &resource : resources) {
        if (!m_context.resource(resource))
            return oidcError(400, u"invalid_target"_s,
                             u"resource indicator is missing, or unknown"_s);
    }
    QStringList scopes;
    for (const QString &scope : words(form.value(u"scope"_s))) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }

    SandboxTokenMint::Source source;
    source.clientId = app.id;
    source.scope = scopes.join(u' ');
    source.gty = u"device_code"_s;
    source.resources = resources;
    SandboxOidcInstance code;
    code.model = u"DeviceCode"_s;
    code.id = sandboxRandomString(43, kSandboxUrlSafe);
    code.userCode = newUserCode();
    code.expiresAt = SandboxOidcContext::nowMs() + kDeviceCodeTtlSeconds * 1000;
    code.payload = source.toPayload();
    code.payload.remove(u"accountId"_s);
    code.payload.remove(u"grantId"_s);
    if (!m_context.instances().save(code))
        return logtoError(500, u"unknown"_s, u"The sandbox database failed."_s);

    // Logto's verification page is /device on the tenant's own origin; there is no interval.
    const QString shown = code.userCode.left(4) + u'-' + code.userCode.mid(4);
    const QString verification = m_context.config().endpoint + u"/device"_s;
    return tokenResponse({{u"device_code"_s, code.id},
                          {u"user_code"_s, shown},
                          {u"verification_uri"_s, verification},
                          {u"verification_uri_complete"_s, verification + u"?user_code="_s + shown},
                          {u"expires_in"_s, double(kDeviceCodeTtlSeconds)}});
}

} // namespace latchkey
