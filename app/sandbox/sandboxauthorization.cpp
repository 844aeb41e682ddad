// The authorization endpoint follows oidc-provider 9.11.3's chain and error handler as Logto
// 1.42 runs it (logto-oidc.md section 4, docs/logto-api.md "Sign-in (OIDC)"): problems with the
// client or the redirect_uri answer a JSON 400; once the redirect_uri is known to be
// registered, every later problem goes back to it as error, error_description, state and iss.
// Logto's sign-in experience is replaced by a username form.
#include "app/sandbox/sandboxauthorization.h"

#include "app/sandbox/sandboxform.h"
#include "app/sandbox/sandboxoidccontext.h"
#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxredirecturis.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxsigninpage.h"
#include "app/sandbox/sandboxstore.h"
#include "app/sandbox/sandboxtokenmint.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace latchkey {

using namespace sandboxreply;

namespace {

constexpr qint64 kInteractionTtlMs = 3600 * 1000; // Logto's Interaction TTL
constexpr qint64 kCodeTtlMs = 60 * 1000;          // oidc-provider's AuthorizationCode TTL
const QByteArray kInteractionCookie = "_interaction";
const QStringList kResponseTypes = {u"code id_token"_s, u"code"_s, u"id_token"_s, u"none"_s};
const QStringList kResponseModes = {u"query"_s, u"fragment"_s, u"form_post"_s};
const QStringList kPrompts = {u"none"_s, u"login"_s, u"consent"_s};

// An OAuth error on its way out of the authorization endpoint.
struct AuthError
{
    QString error;
    QString description;
};

AuthError invalidRequest(const QString &description)
{
    return {u"invalid_request"_s, description};
}

AuthError missing(const QString &parameter)
{
    return invalidRequest(u"missing required parameter '%1'"_s.arg(parameter));
}

// RFC 7636 section 4.1: 43 to 128 characters of [A-Za-z0-9-._~].
std::optional<AuthError> pkceFormatProblem(const QString &value, const QString &parameter)
{
    static const QRegularExpression invalid(u"[^\\w.\\-~]"_s);
    if (value.size() < 43)
        return invalidRequest(
            u"%1 must be a string with a minimum length of 43 characters"_s.arg(parameter));
    if (value.size() > 128)
        return invalidRequest(
            u"%1 must be a string with a maximum length of 128 characters"_s.arg(parameter));
    if (invalid.match(value).hasMatch())
        return invalidRequest(u"%1 contains invalid characters"_s.arg(parameter));
    return std::nullopt;
}

QStringList uniqueWords(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!words.contains(word))
            words.append(word);
    }
    return words;
}

QByteArray cookieValue(const SandboxRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : header.second.split(';')) {
            const QByteArray item = part.trimmed();
            if (item.startsWith(name + '='))
                return item.mid(name.size() + 1);
        }
    }
    return {};
}

SandboxResponse seeOther(const QByteArray &location)
{
    SandboxResponse r;
    r.status = 303;
    r.addHeader("Location", location);
    r.addHeader("Cache-Control", "no-store");
    return r;
}

// oidc-provider's user codes: 8 characters of base-20 shown as XXXX-XXXX; what a person types
// is upper-cased and stripped of anything else.
QString normalisedUserCode(const QString &typed)
{
    static const QString alphabet = u"BCDFGHJKLMNPQRSTVWXZ"_s;
    QString code;
    for (const QChar c : typed.toUpper()) {
        if (alphabet.contains(c))
            code.append(c);
    }
    return code;
}

} // namespace

SandboxAuthorization::SandboxAuthorization(SandboxOidcContext &context)
    : m_context(context)
{}

std::optional<SandboxResponse> SandboxAuthorization::handle(const SandboxRequest &request)
{
    const QByteArray &path = request.rawPath;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == "/oidc/auth" && (get || post))
        return authorize(request);
    if (path == "/sign-in" && get)
        return signInPage(request);
    if (path == "/sign-in" && post)
        return signIn(request);
    if (path == "/device" && get)
        return devicePage(request);
    if (path == "/device" && post)
        return deviceCode(request);
    if (path == "/device/success" && get)
        return SandboxSignInPage(
                   SandboxSignInPage::fromAcceptLanguage(request.header("Accept-Language")))
            .deviceDone();
    return std::nullopt;
}

SandboxResponse SandboxAuthorization::authorize(const SandboxRequest &request)
{
    const auto items = sandboxform::parseQuery(
        request.method == "POST" &&
                request.header("Content-Type").startsWith("application/x-www-form-urlencoded")
            ? request.body
            : request.rawQuery);
    QHash<QString, QString> params;
    QStringList resources;
    std::optional<AuthError> duplicate;
    for (const auto &[key, value] : items) {
        if (key == u"resource"_s) {
            resources.append(value);
        } else if (params.contains(key)) {
            if (!duplicate)
                duplicate = invalidRequest(u"'%1' parameter must only be provided once"_s.arg(key));
        } else if (!value.isEmpty()) {
            params.insert(key, value);
        }
    }
    const QString clientId = params.value(u"client_id"_s);
    const QString state = params.value(u"state"_s);
    std::optional<SandboxApp> app;
    bool redirectChecked = false;

    // oidc-provider's authorization error handler: render (JSON 400) unless the client is known
    // and the redirect_uri registered; then send the error back to the redirect_uri.
    auto fail = [&](AuthError error) {
        const int status = 400;
        if (app && !redirectChecked && error.error != u"invalid_redirect_uri"_s) {
            if (!params.contains(u"redirect_uri"_s) && app->redirectUris.size() == 1)
                params.insert(u"redirect_uri"_s, app->redirectUris.constFirst());
            const QString redirect = params.value(u"redirect_uri"_s);
            if (!redirect.isEmpty() && !SandboxRedirectUris::allowed(*app, redirect))
                error = {u"invalid_redirect_uri"_s,
                         u"redirect_uri did not match any of the client's registered "
                         "redirect_uris"_s};
        }
        const QString redirect = params.value(u"redirect_uri"_s);
        QJsonObject extra;
        if (!state.isEmpty())
            extra.insert(u"state"_s, state);
        extra.insert(u"iss"_s, m_context.issuer());
        if (!app || redirect.isEmpty() || error.error == u"invalid_redirect_uri"_s ||
            error.error == u"invalid_client"_s)
            return oidcError(status, error.error, error.description, extra);
        QList<QPair<QString, QString>> out{{u"error"_s, error.error},
                                           {u"error_description"_s, error.description}};
        if (!state.isEmpty())
            out.append({u"state"_s, state});
        out.append({u"iss"_s, m_context.issuer()});
        QString mode = params.value(u"response_mode"_s);
        if (!kResponseModes.contains(mode))
            mode = QString();
        return respond(redirect, mode, out);
    };

    if (clientId.isEmpty())
        return fail(duplicate ? *duplicate : missing(u"client_id"_s));
    app = m_context.store().app(clientId);
    if (app && duplicate && SandboxRedirectUris::clientProblem(*app).isEmpty())
        return fail(*duplicate);
    if (!app)
        return fail({u"invalid_client"_s, u"invalid client %1"_s.arg(clientId)});
    // oidc-provider validates a client's metadata when it loads it: a Native app whose
    // registered URIs break its rules cannot sign anyone in.
    if (const QString problem = SandboxRedirectUris::clientProblem(*app); !problem.isEmpty()) {
        app.reset();
        const QString kind = problem.startsWith(u"redirect_uris"_s) ? u"invalid_redirect_uri"_s
                                                                    : u"invalid_client_metadata"_s;
        return fail({kind, problem});
    }

    const QString responseMode = params.value(u"response_mode"_s);
    if (!responseMode.isEmpty() && !kResponseModes.contains(responseMode))
        return fail({u"unsupported_response_mode"_s, u"unsupported response_mode requested"_s});
    if (!params.contains(u"redirect_uri"_s) && app->redirectUris.size() == 1) {
        params.insert(u"redirect_uri"_s, app->redirectUris.constFirst());
        redirectChecked = true;
    }
    if (!params.contains(u"response_type"_s))
        return fail(missing(u"response_type"_s));
    QStringList responseType = uniqueWords(params.value(u"response_type"_s));
    responseType.sort();
    if (!kResponseTypes.contains(responseType.join(u' ')))
        return fail({u"unsupported_response_type"_s, u"unsupported response_type requested"_s});
    // Native and SPA apps may ask for a code only; a device-flow app for nothing here.
    if (responseType != QStringList{u"code"_s} || app->isDeviceFlow() || !app->isPublic())
        return fail(invalidRequest(u"requested response_type is not allowed for this client"_s));
    if (!params.contains(u"redirect_uri"_s))
        return fail(missing(u"redirect_uri"_s));

    const QStringList prompts = uniqueWords(params.value(u"prompt"_s));
    for (const QString &prompt : prompts) {
        if (!kPrompts.contains(prompt))
            return fail(invalidRequest(u"unsupported prompt value requested"_s));
    }
    if (prompts.contains(u"none"_s) && prompts.size() != 1)
        return fail(invalidRequest(u"prompt none must only be used alone"_s));
    // OpenID Connect Core 11: offline_access only with prompt=consent (first-party apps are
    // consented without a screen, so this is the only way a Native app gets a refresh token).
    QStringList scopes = uniqueWords(params.value(u"scope"_s));
    if (!prompts.contains(u"consent"_s))
        scopes.removeAll(u"offline_access"_s);

    if (!redirectChecked) {
        if (!SandboxRedirectUris::allowed(*app, params.value(u"redirect_uri"_s)))
            return fail({u"invalid_redirect_uri"_s,
                         u"redirect_uri did not match any of the client's registered "
                         "redirect_uris"_s});
        redirectChecked = true;
    }

    const QString challenge = params.value(u"code_challenge"_s);
    const QString method = params.value(u"code_challenge_method"_s);
    if (method.isEmpty() && !challenge.isEmpty())
        return fail(invalidRequest(u"code_challenge_method must be provided"_s));
    if (!method.isEmpty()) {
        if (method != u"S256"_s)
            return fail(invalidRequest(u"not supported value of code_challenge_method"_s));
        if (challenge.isEmpty())
            return fail(
                invalidRequest(u"code_challenge must be provided with code_challenge_method"_s));
    }
    // Logto requires PKCE of every client that is not authenticated with client_secret_basic.
    if (challenge.isEmpty())
        return fail(invalidRequest(
            u"Authorization Server policy requires PKCE to be used for this request"_s));
    if (const auto problem = pkceFormatProblem(challenge, u"code_challenge"_s))
        return fail(*problem);

    for (const QString &resource : std::as_const(resources)) {
        const QUrl url(resource, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            return fail({u"invalid_target"_s, u"resource indicator must be an absolute URI"_s});
        if (url.hasFragment())
            return fail({u"invalid_target"_s,
                         u"resource indicator must not contain a fragment component"_s});
        if (!m_context.resource(resource))
            return fail({u"invalid_target"_s, u"resource indicator is missing, or unknown"_s});
    }
    // The sandbox keeps no login session, so nothing can be answered without a sign-in.
    if (prompts.contains(u"none"_s))
        return fail({u"login_required"_s, u"End-User authentication is required"_s});

    QJsonObject payload{{u"kind"_s, u"authorization"_s},
                        {u"clientId"_s, app->id},
                        {u"redirectUri"_s, params.value(u"redirect_uri"_s)},
                        {u"responseMode"_s, responseMode},
                        {u"scope"_s, scopes.join(u' ')},
                        {u"resource"_s, QJsonArray::fromStringList(resources)},
                        {u"codeChallenge"_s, challenge},
                        {u"codeChallengeMethod"_s, method}};
    if (!state.isEmpty())
        payload.insert(u"state"_s, state);
    if (params.contains(u"nonce"_s))
        payload.insert(u"nonce"_s, params.value(u"nonce"_s));
    return startInteraction(*app, payload);
}

SandboxResponse SandboxAuthorization::startInteraction(const SandboxApp &app,
                                                       const QJsonObject &payload)
{
    SandboxOidcInstance interaction;
    interaction.model = u"Interaction"_s;
    interaction.id = sandboxRandomString(21, kSandboxUrlSafe);
    interaction.expiresAt = SandboxOidcContext::nowMs() + kInteractionTtlMs;
    interaction.payload = payload;
    if (!m_context.instances().save(interaction))
        return logtoError(500, u"unknown"_s, u"The sandbox database failed."_s);
    // Relative, as Logto answers: the sign-in page is on the same origin.
    SandboxResponse r = seeOther("/sign-in?app_id=" + sandboxform::encode(app.id));
    r.addHeader("Set-Cookie",
                kInteractionCookie + '=' + interaction.id.toLatin1() + "; Path=/; Max-Age=" +
                    QByteArray::number(kInteractionTtlMs / 1000) + "; HttpOnly; SameSite=Lax");
    return r;
}

std::optional<SandboxOidcInstance> SandboxAuthorization::interaction(const SandboxRequest &request)
{
    const QByteArray id = cookieValue(request, kInteractionCookie);
    if (id.isEmpty())
        return std::nullopt;
    auto found = m_context.instances().find(u"Interaction"_s, QString::fromLatin1(id));
    if (!found || found->isExpired(SandboxOidcContext::nowMs()))
        return std::nullopt;
    return found;
}

SandboxResponse SandboxAuthorization::signInPage(const SandboxRequest &request)
{
    const SandboxSignInPage page(
        SandboxSignInPage::fromAcceptLanguage(request.header("Accept-Language")));
    const auto pending = interaction(request);
    const auto app = pending
                         ? m_context.store().app(pending->payload.value(u"clientId"_s).toString())
                         : std::nullopt;
    if (!app)
        return page.notice(SandboxSignInPage::Notice::RequestExpired, 400);
    return page.signIn(app->name, QString(), SandboxSignInPage::Notice::None);
}

SandboxResponse SandboxAuthorization::signIn(const SandboxRequest &request)
{
    const SandboxSignInPage page(
        SandboxSignInPage::fromAcceptLanguage(request.header("Accept-Language")));
    const auto pending = interaction(request);
    const auto app = pending
                         ? m_context.store().app(pending->payload.value(u"clientId"_s).toString())
                         : std::nullopt;
    if (!app)
        return page.notice(SandboxSignInPage::Notice::RequestExpired, 400);
    const QString username = sandboxform::parseForm(request.body).value(u"username"_s).trimmed();
    const auto user =
        username.isEmpty() ? std::nullopt : m_context.store().userByUsername(username);
    if (!user)
        return page.signIn(app->name, username, SandboxSignInPage::Notice::UnknownUser);
    if (user->isSuspended)
        return page.signIn(app->name, username, SandboxSignInPage::Notice::SuspendedUser);
    if (pending->payload.value(u"kind"_s).toString() == u"device"_s)
        return finishDevice(*pending, user->id, page);
    return finishAuthorization(*pending, *app, user->id);
}

SandboxResponse SandboxAuthorization::finishAuthorization(const SandboxOidcInstance &interaction,
                                                          const SandboxApp &app,
                                                          const QString &userId)
{
    const QJsonObject &p = interaction.payload;
    QStringList resources;
    for (const QJsonValue &v : p.value(u"resource"_s).toArray())
        resources.append(v.toString());
    QString grantedScope;
    const QString grantId = m_context.createGrant(
        app.id, userId, p.value(u"scope"_s).toString().split(u' '), resources, &grantedScope);

    SandboxTokenMint::Source source;
    source.clientId = app.id;
    source.accountId = userId;
    source.grantId = grantId;
    source.scope = grantedScope;
    source.nonce = p.value(u"nonce"_s).toString();
    source.gty = u"authorization_code"_s;
    source.resources = resources;
    SandboxOidcInstance code;
    code.model = u"AuthorizationCode"_s;
    code.id = sandboxRandomString(43, kSandboxUrlSafe);
    code.grantId = grantId;
    code.expiresAt = SandboxOidcContext::nowMs() + kCodeTtlMs;
    code.payload = source.toPayload();
    code.payload.insert(u"redirectUri"_s, p.value(u"redirectUri"_s));
    code.payload.insert(u"codeChallenge"_s, p.value(u"codeChallenge"_s));
    code.payload.insert(u"codeChallengeMethod"_s, p.value(u"codeChallengeMethod"_s));
    if (grantId.isEmpty() || !m_context.instances().save(code))
        return logtoError(500, u"unknown"_s, u"The sandbox database failed."_s);
    m_context.instances().destroy(u"Interaction"_s, interaction.id);

    QList<QPair<QString, QString>> out{{u"code"_s, code.id}};
    if (p.contains(u"state"_s))
        out.append({u"state"_s, p.value(u"state"_s).toString()});
    out.append({u"iss"_s, m_context.issuer()});
    SandboxResponse r =
        respond(p.value(u"redirectUri"_s).toString(), p.value(u"responseMode"_s).toString(), out);
    r.addHeader("Set-Cookie", kInteractionCookie + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    return r;
}

SandboxResponse
SandboxAuthorization::respond(const QString &redirectUri, const QString &responseMode,
                              const QList<QPair<QString, QString>> &parameters) const
{
    if (responseMode == u"form_post"_s) {
        // oidc-provider submits this form with a script; without one, the user presses the
        // button.
        QString inputs;
        for (const auto &[key, value] : parameters)
            inputs += u"<input type=\"hidden\" name=\"%1\" value=\"%2\">\n"_s.arg(
                key.toHtmlEscaped(), value.toHtmlEscaped());
        SandboxResponse r;
        r.status = 200;
        r.addHeader("Content-Type", "text/html; charset=utf-8");
        r.addHeader("Cache-Control", "no-store");
        r.body = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Submit</title>"
                 "</head><body><form method=\"post\" action=\"%1\">\n%2"
                 "<button type=\"submit\">Continue</button></form></body></html>\n"_s
                     .arg(redirectUri.toHtmlEscaped(), inputs)
                     .toUtf8();
        return r;
    }
    const QByteArray encoded = sandboxform::encode(parameters);
    QByteArray location = redirectUri.toUtf8();
    if (responseMode == u"fragment"_s)
        location += '#' + encoded;
    else
        location += (redirectUri.contains(u'?') ? '&' : '?') + encoded;
    return seeOther(location);
}

SandboxResponse SandboxAuthorization::devicePage(const SandboxRequest &request)
{
    const SandboxSignInPage page(
        SandboxSignInPage::fromAcceptLanguage(request.header("Accept-Language")));
    const QString userCode =
        sandboxform::queryValue(sandboxform::parseQuery(request.rawQuery), u"user_code"_s);
    return page.deviceCode(userCode, SandboxSignInPage::Notice::None);
}

SandboxResponse SandboxAuthorization::deviceCode(const SandboxRequest &request)
{
    const SandboxSignInPage page(
        SandboxSignInPage::fromAcceptLanguage(request.header("Accept-Language")));
    const QString typed = sandboxform::parseForm(request.body).value(u"user_code"_s);
    const QString userCode = normalisedUserCode(typed);
    const auto device =
        userCode.size() == 8 ? m_context.instances().findByUserCode(userCode) : std::nullopt;
    const auto app = device ? m_context.store().app(device->payload.value(u"clientId"_s).toString())
                            : std::nullopt;
    if (!device || !app || device->isExpired(SandboxOidcContext::nowMs()) || device->consumedAt ||
        device->payload.contains(u"accountId"_s))
        return page.deviceCode(typed, SandboxSignInPage::Notice::InvalidUserCode);
    return startInteraction(*app, QJsonObject{{u"kind"_s, u"device"_s},
                                              {u"clientId"_s, app->id},
                                              {u"deviceCode"_s, device->id}});
}

SandboxResponse SandboxAuthorization::finishDevice(const SandboxOidcInstance &interaction,
                                                   const QString &userId,
                                                   const SandboxSignInPage &page)
{
    auto device = m_context.instances().find(u"DeviceCode"_s,
                                             interaction.payload.value(u"deviceCode"_s).toString());
    if (!device || device->isExpired(SandboxOidcContext::nowMs()) || device->consumedAt ||
        device->payload.contains(u"accountId"_s))
        return page.notice(SandboxSignInPage::Notice::InvalidUserCode, 400);
    QStringList resources;
    for (const QJsonValue &v : device->payload.value(u"resource"_s).toArray())
        resources.append(v.toString());
    QString grantedScope;
    const QString clientId = device->payload.value(u"clientId"_s).toString();
    const QString grantId = m_context.createGrant(
        clientId, userId, device->payload.value(u"scope"_s).toString().split(u' '), resources,
        &grantedScope);
    device->payload.insert(u"accountId"_s, userId);
    device->payload.insert(u"grantId"_s, grantId);
    device->payload.insert(u"scope"_s, grantedScope);
    device->grantId = grantId;
    if (grantId.isEmpty() || !m_context.instances().save(*device))
        return logtoError(500, u"unknown"_s, u"The sandbox database failed."_s);
    m_context.instances().destroy(u"Interaction"_s, interaction.id);
    SandboxResponse r = seeOther("/device/success");
    r.addHeader("Set-Cookie", kInteractionCookie + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    return r;
}

} // namespace latchkey
