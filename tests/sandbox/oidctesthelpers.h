// Test helpers for the sandbox's sign-in: PKCE pairs, a "browser" over QNetworkAccessManager
// (cookies kept, redirects never followed, so every hop is asserted), the authorization
// request, and the sandbox set up with a gateway resource, a scope and a user who holds it.
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtesthelpers.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace sandboxtest {

inline const QString kGatewayResource = u"https://gateway.latchkey.test/api"_s;
inline const QString kCallback = u"http://127.0.0.1/callback"_s;
inline const QString kLoopbackRedirect = u"http://127.0.0.1:53682/callback"_s;

inline QByteArray formEncode(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

struct Pkce
{
    QString verifier;
    QString challenge;

    static Pkce make()
    {
        static const char alphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        Pkce p;
        for (int i = 0; i < 64; ++i)
            p.verifier.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(66)]));
        p.challenge = QString::fromLatin1(
            QCryptographicHash::hash(p.verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        return p;
    }
};

// The parameters of GET /oidc/auth; a member left null is not sent.
struct AuthRequest
{
    QString clientId;
    QString redirectUri = kLoopbackRedirect;
    QString responseType = u"code"_s;
    QString scope = u"openid offline_access profile"_s;
    QStringList resources{kGatewayResource};
    QString state = u"st123"_s;
    QString prompt = u"consent"_s;
    QString codeChallenge;
    QString codeChallengeMethod = u"S256"_s;
    QString nonce;

    QByteArray target() const
    {
        QList<QPair<QString, QString>> pairs;
        auto add = [&pairs](const QString &key, const QString &value) {
            if (!value.isNull())
                pairs.append({key, value});
        };
        add(u"response_type"_s, responseType);
        add(u"client_id"_s, clientId);
        add(u"redirect_uri"_s, redirectUri);
        add(u"scope"_s, scope);
        for (const QString &resource : resources)
            add(u"resource"_s, resource);
        add(u"code_challenge"_s, codeChallenge);
        add(u"code_challenge_method"_s, codeChallengeMethod);
        add(u"state"_s, state);
        add(u"prompt"_s, prompt);
        add(u"nonce"_s, nonce);
        return "/oidc/auth?" + formEncode(pairs);
    }
};

// A browser: one cookie jar, no automatic redirects.
class Browser
{
public:
    explicit Browser(const QUrl &endpoint)
        : m_endpoint(endpoint)
        , m_client(endpoint)
    {
        m_client.manager().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    HttpResult get(const QByteArray &target, const QByteArray &language = "en")
    {
        return m_client.send("GET", target, {}, {}, {{"Accept-Language", language}});
    }
    HttpResult postForm(const QByteArray &target, const QList<QPair<QString, QString>> &form,
                        const QByteArray &language = "en")
    {
        return m_client.send("POST", target, formEncode(form), "application/x-www-form-urlencoded",
                             {{"Accept-Language", language}});
    }

    // The redirect target of an answer, resolved against the sandbox's origin.
    QUrl location(const HttpResult &r) const
    {
        return m_endpoint.resolved(QUrl::fromEncoded(r.header("Location")));
    }
    static QByteArray pathAndQuery(const QUrl &url)
    {
        return url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    }

    // /oidc/auth, then the sign-in page as `username`: the final answer (a 303 to the
    // redirect_uri when all went well).
    HttpResult signIn(const AuthRequest &request, const QString &username)
    {
        const HttpResult auth = get(request.target());
        if (auth.status != 303 || !location(auth).path().endsWith(u"/sign-in"_s))
            return auth;
        const HttpResult page = get(pathAndQuery(location(auth)));
        if (page.status != 200)
            return page;
        return postForm("/sign-in", {{u"username"_s, username}});
    }

private:
    QUrl m_endpoint;
    HttpClient m_client;
};

inline QUrlQuery redirectQuery(const HttpResult &r)
{
    return QUrlQuery(QUrl::fromEncoded(r.header("Location")));
}

// POST /oidc/token (or another form endpoint) as a public client.
inline HttpResult postForm(const QUrl &endpoint, const QByteArray &target,
                           const QList<QPair<QString, QString>> &form)
{
    HttpClient client(endpoint);
    return client.send("POST", target, formEncode(form), "application/x-www-form-urlencoded");
}

inline HttpResult redeemCode(const QUrl &endpoint, const QString &clientId, const QString &code,
                             const QString &verifier, const QString &redirectUri,
                             const QString &resource = kGatewayResource)
{
    QList<QPair<QString, QString>> form{{u"grant_type"_s, u"authorization_code"_s},
                                        {u"client_id"_s, clientId},
                                        {u"code"_s, code},
                                        {u"code_verifier"_s, verifier},
                                        {u"redirect_uri"_s, redirectUri}};
    if (!resource.isEmpty())
        form.append({u"resource"_s, resource});
    return postForm(endpoint, "/oidc/token", form);
}

inline HttpResult refresh(const QUrl &endpoint, const QString &clientId,
                          const QString &refreshToken, const QString &resource = kGatewayResource)
{
    QList<QPair<QString, QString>> form{{u"grant_type"_s, u"refresh_token"_s},
                                        {u"client_id"_s, clientId},
                                        {u"refresh_token"_s, refreshToken}};
    if (!resource.isEmpty())
        form.append({u"resource"_s, resource});
    return postForm(endpoint, "/oidc/token", form);
}

// A sandbox with the gateway resource (scopes gateway:use and gateway:admin), a role granting
// gateway:use, and the developer "dev" holding that role.
class SignInFixture
{
public:
    bool start(const latchkey::SandboxOptions &options = {})
    {
        QString error;
        if (!server.start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        admin = std::make_unique<HttpClient>(server.endpoint());
        if (!admin->authenticate(server.appId(), server.appSecret())) {
            qWarning("fixture: %s",
                     admin->clientCredentials(server.appId(), server.appSecret()).body.constData());
            return false;
        }
        resourceId = admin
                         ->sendJson("POST", "/api/resources",
                                    QJsonObject{{u"indicator"_s, kGatewayResource},
                                                {u"name"_s, u"Latchkey gateway"_s}})
                         .object()
                         .value(u"id"_s)
                         .toString();
        const QByteArray scopes = "/api/resources/" + resourceId.toLatin1() + "/scopes";
        const QString use =
            admin->sendJson("POST", scopes, QJsonObject{{u"name"_s, u"gateway:use"_s}})
                .object()
                .value(u"id"_s)
                .toString();
        admin->sendJson("POST", scopes, QJsonObject{{u"name"_s, u"gateway:admin"_s}});
        const QString role = admin
                                 ->sendJson("POST", "/api/roles",
                                            QJsonObject{{u"name"_s, u"developer"_s},
                                                        {u"description"_s, u"Uses the gateway"_s},
                                                        {u"scopeIds"_s, QJsonArray{use}}})
                                 .object()
                                 .value(u"id"_s)
                                 .toString();
        developerId = createUser(u"dev"_s, u"Dana Developer"_s);
        admin->sendJson("POST", "/api/users/" + developerId.toLatin1() + "/roles",
                        QJsonObject{{u"roleIds"_s, QJsonArray{role}}});
        if (resourceId.isEmpty() || use.isEmpty() || role.isEmpty() || developerId.isEmpty()) {
            qWarning("fixture: resource %s, scope %s, role %s, developer %s",
                     qPrintable(resourceId), qPrintable(use), qPrintable(role),
                     qPrintable(developerId));
            return false;
        }
        return true;
    }

    QString createUser(const QString &username, const QString &name)
    {
        return admin
            ->sendJson("POST", "/api/users",
                       QJsonObject{{u"username"_s, username}, {u"name"_s, name}})
            .object()
            .value(u"id"_s)
            .toString();
    }

    // POST /api/applications; the created app's id (empty on failure).
    QString createApp(const QString &type, const QStringList &redirectUris,
                      const QJsonObject &custom = {})
    {
        const HttpResult r = admin->sendJson(
            "POST", "/api/applications",
            QJsonObject{{u"name"_s, u"Test app"_s},
                        {u"type"_s, type},
                        {u"oidcClientMetadata"_s,
                         QJsonObject{{u"redirectUris"_s, QJsonArray::fromStringList(redirectUris)},
                                     {u"postLogoutRedirectUris"_s, QJsonArray()}}},
                        {u"customClientMetadata"_s, custom}});
        return r.status == 200 ? r.object().value(u"id"_s).toString() : QString();
    }

    // A full sign-in as `username`: the code from the redirect (empty when none came).
    QString signIn(Browser &browser, const AuthRequest &request, const QString &username = u"dev"_s)
    {
        const HttpResult r = browser.signIn(request, username);
        if (r.status != 303)
            return {};
        return redirectQuery(r).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    }

    latchkey::SandboxServer server;
    std::unique_ptr<HttpClient> admin;
    QString resourceId;
    QString developerId;
};

} // namespace sandboxtest
