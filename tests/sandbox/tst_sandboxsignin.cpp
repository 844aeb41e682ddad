// The sandbox's sign-in against what a real Logto 1.42 answers (docs/logto-api.md "Sign-in
// (OIDC)"; /work/shared/docs/logto-oidc.md sections 4 and 6): Native applications, every row
// of the authorization request table, the sign-in page, and code redemption, with the test
// playing the browser over real HTTP.
#include "tests/sandbox/oidctesthelpers.h"

using namespace latchkey;
using namespace sandboxtest;

using Form = QList<QPair<QString, QString>>;

class TestSandboxSignIn : public QObject
{
    Q_OBJECT

private:
    SignInFixture m_fixture;
    QString m_native;    // Native, registered http://127.0.0.1/callback
    QString m_spa;       // SPA, registered http://127.0.0.1/callback
    QString m_localhost; // Native, registered http://localhost/callback
    QString m_port8080;  // Native, registered http://127.0.0.1:8080/callback
    QString m_twoUris;   // Native with two registered URIs

    QUrl endpoint() const { return m_fixture.server.endpoint(); }
    QString issuer() const { return endpoint().toString() + u"/oidc"_s; }

    AuthRequest request(const QString &clientId, const Pkce &pkce = Pkce::make()) const
    {
        AuthRequest r;
        r.clientId = clientId;
        r.codeChallenge = pkce.challenge;
        return r;
    }

    QJsonObject claims(const QString &jwt) const { return jwtPart(jwt.toLatin1(), 1); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        m_native = m_fixture.createApp(u"Native"_s, {kCallback});
        m_spa = m_fixture.createApp(u"SPA"_s, {kCallback});
        m_localhost = m_fixture.createApp(u"Native"_s, {u"http://localhost/callback"_s});
        m_port8080 = m_fixture.createApp(u"Native"_s, {u"http://127.0.0.1:8080/callback"_s});
        m_twoUris = m_fixture.createApp(u"Native"_s, {kCallback, u"http://127.0.0.1/other"_s});
        QVERIFY(!m_native.isEmpty() && !m_spa.isEmpty() && !m_localhost.isEmpty() &&
                !m_port8080.isEmpty() && !m_twoUris.isEmpty());
    }

    // logto-oidc.md section 4: 200 (not 201), no secret, the metadata as sent.
    void createNativeApplication()
    {
        HttpResult r = m_fixture.admin->sendJson(
            "POST", "/api/applications",
            QJsonObject{
                {u"name"_s, u"Latchkey desktop"_s},
                {u"type"_s, u"Native"_s},
                {u"oidcClientMetadata"_s, QJsonObject{{u"redirectUris"_s, QJsonArray{kCallback}},
                                                      {u"postLogoutRedirectUris"_s, QJsonArray()}}},
                {u"customClientMetadata"_s,
                 QJsonObject{{u"allowTokenExchange"_s, true}, {u"unknownKey"_s, 1}}}});
        QCOMPARE(r.status, 200);
        const QJsonObject app = r.object();
        QCOMPARE(app.value(u"type"_s).toString(), u"Native"_s);
        QCOMPARE(app.value(u"name"_s).toString(), u"Latchkey desktop"_s);
        QCOMPARE(app.value(u"isThirdParty"_s).toBool(true), false);
        QVERIFY(!app.contains(u"secret"_s));
        QCOMPARE(app[u"oidcClientMetadata"_s][u"redirectUris"_s].toArray(), QJsonArray{kCallback});
        QCOMPARE(app.value(u"customClientMetadata"_s).toObject(),
                 (QJsonObject{{u"allowTokenExchange"_s, true}}));
        const QString id = app.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());

        r = m_fixture.admin->send("GET", "/api/applications/" + id.toLatin1());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"id"_s).toString(), id);
        QVERIFY(!r.object().contains(u"secret"_s));
        QCOMPARE(m_fixture.admin->send("DELETE", "/api/applications/" + id.toLatin1()).status, 204);
        QCOMPARE(m_fixture.admin->send("GET", "/api/applications/" + id.toLatin1()).code(),
                 u"entity.not_exists_with_id"_s);
    }

    void applicationValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        auto app = [](const QString &type, const QJsonArray &uris, const QJsonObject &custom = {}) {
            return QJsonObject{
                {u"name"_s, u"x"_s},
                {u"type"_s, type},
                {u"oidcClientMetadata"_s, QJsonObject{{u"redirectUris"_s, uris},
                                                      {u"postLogoutRedirectUris"_s, QJsonArray()}}},
                {u"customClientMetadata"_s, custom}};
        };
        // Logto's zod guard: no '*' in a port (logto-oidc.md section 4, last registration row).
        QTest::newRow("wildcard port") << app(u"Native"_s, {u"http://127.0.0.1:*/callback"_s})
                                       << 400 << u"guard.invalid_input"_s;
        QTest::newRow("not a URL")
            << app(u"Native"_s, {u"not a url"_s}) << 400 << u"guard.invalid_input"_s;
        QTest::newRow("dot segments") << app(u"SPA"_s, {u"http://127.0.0.1/a/../callback"_s}) << 400
                                      << u"guard.invalid_input"_s;
        QTest::newRow("unknown type")
            << app(u"Desktop"_s, {kCallback}) << 400 << u"guard.invalid_input"_s;
        QTest::newRow("device flow on an SPA")
            << app(u"SPA"_s, {kCallback}, {{u"isDeviceFlow"_s, true}}) << 422
            << u"application.device_flow_native_only"_s;
        QTest::newRow("isDeviceFlow not a boolean")
            << app(u"Native"_s, {}, {{u"isDeviceFlow"_s, u"yes"_s}}) << 400
            << u"guard.invalid_input"_s;
        QJsonObject noPostLogout = app(u"Native"_s, {kCallback});
        noPostLogout[u"oidcClientMetadata"_s] =
            QJsonObject{{u"redirectUris"_s, QJsonArray{kCallback}}};
        QTest::newRow("postLogoutRedirectUris missing")
            << noPostLogout << 400 << u"guard.invalid_input"_s;
        QTest::newRow("no name") << QJsonObject{{u"type"_s, u"Native"_s}} << 400
                                 << u"guard.invalid_input"_s;
        // Created by Logto, but checked only when someone signs in with them (below).
        QTest::newRow("mobile scheme")
            << app(u"Native"_s, {u"com.latchkey.app://callback"_s}) << 200 << QString();
        QTest::newRow("http on another host")
            << app(u"Native"_s, {u"http://example.com/cb"_s}) << 200 << QString();
        QTest::newRow("javascript") << app(u"Native"_s, {u"javascript://x"_s}) << 200 << QString();
        QTest::newRow("wildcard host")
            << app(u"SPA"_s, {u"https://*.example.com/callback"_s}) << 200 << QString();
    }

    void applicationValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult r = m_fixture.admin->sendJson("POST", "/api/applications", body);
        QCOMPARE(r.status, status);
        if (!code.isEmpty())
            QCOMPARE(r.code(), code);
    }

    // Every row of logto-oidc.md section 4's table. location: "sign-in" for the sign-in page,
    // "redirect" for an error sent to the redirect_uri, empty for a JSON 400.
    void authorizationRequest_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");

        const QString invalidRedirect =
            u"redirect_uri did not match any of the client's registered redirect_uris"_s;
        QTest::newRow("unregistered port")
            << u"native"_s << kLoopbackRedirect << QString() << 303 << QString() << QString();
        QTest::newRow("exact") << u"native"_s << kCallback << QString() << 303 << QString()
                               << QString();
        QTest::newRow("localhost")
            << u"native"_s << u"http://localhost:53682/callback"_s << QString() << 400
            << u"invalid_redirect_uri"_s << invalidRedirect;
        QTest::newRow("[::1]") << u"native"_s << u"http://[::1]:53682/callback"_s << QString()
                               << 400 << u"invalid_redirect_uri"_s << invalidRedirect;
        QTest::newRow("https") << u"native"_s << u"https://127.0.0.1:53682/callback"_s << QString()
                               << 400 << u"invalid_redirect_uri"_s << invalidRedirect;
        QTest::newRow("other path") << u"native"_s << u"http://127.0.0.1:53682/other"_s << QString()
                                    << 400 << u"invalid_redirect_uri"_s << invalidRedirect;
        QTest::newRow("extra query")
            << u"native"_s << u"http://127.0.0.1:53682/callback?x=1"_s << QString() << 400
            << u"invalid_redirect_uri"_s << invalidRedirect;
        QTest::newRow("registered localhost, localhost")
            << u"localhost"_s << u"http://localhost:53682/callback"_s << QString() << 303
            << QString() << QString();
        QTest::newRow("registered localhost, 127.0.0.1")
            << u"localhost"_s << kLoopbackRedirect << QString() << 400 << u"invalid_redirect_uri"_s
            << invalidRedirect;
        QTest::newRow("registered :8080, other port")
            << u"port8080"_s << kLoopbackRedirect << QString() << 303 << QString() << QString();
        QTest::newRow("registered :8080, no port")
            << u"port8080"_s << kCallback << QString() << 303 << QString() << QString();
        QTest::newRow("SPA, other port") << u"spa"_s << kLoopbackRedirect << QString() << 400
                                         << u"invalid_redirect_uri"_s << invalidRedirect;
        QTest::newRow("redirect_uri omitted, one registered")
            << u"native"_s << QString() << QString() << 303 << QString() << QString();
        QTest::newRow("redirect_uri omitted, two registered")
            << u"two"_s << QString() << QString() << 400 << u"invalid_request"_s
            << u"missing required parameter 'redirect_uri'"_s;
        QTest::newRow("no code_challenge")
            << u"native"_s << kLoopbackRedirect << u"no challenge"_s << 303 << u"invalid_request"_s
            << u"Authorization Server policy requires PKCE to be used for this request"_s;
        QTest::newRow("plain") << u"native"_s << kLoopbackRedirect << u"plain"_s << 303
                               << u"invalid_request"_s
                               << u"not supported value of code_challenge_method"_s;
        QTest::newRow("challenge without method")
            << u"native"_s << kLoopbackRedirect << u"no method"_s << 303 << u"invalid_request"_s
            << u"code_challenge_method must be provided"_s;
        QTest::newRow("unknown resource")
            << u"native"_s << kLoopbackRedirect << u"unknown resource"_s << 303
            << u"invalid_target"_s << u"resource indicator is missing, or unknown"_s;
        QTest::newRow("no resource, no openid")
            << u"native"_s << kLoopbackRedirect << u"bare"_s << 303 << QString() << QString();
        QTest::newRow("unknown client") << u"nope"_s << kLoopbackRedirect << QString() << 400
                                        << u"invalid_client"_s << u"invalid client nope"_s;
        QTest::newRow("response_type token")
            << u"native"_s << kLoopbackRedirect << u"token"_s << 303
            << u"unsupported_response_type"_s << u"unsupported response_type requested"_s;
        // An error before the redirect_uri was checked still never goes to an unregistered one.
        QTest::newRow("no challenge, unregistered redirect")
            << u"native"_s << u"http://localhost:53682/callback"_s << u"no challenge"_s << 400
            << u"invalid_redirect_uri"_s << invalidRedirect;
    }

    void authorizationRequest()
    {
        QFETCH(QString, app);
        QFETCH(QString, redirectUri);
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        const QHash<QString, QString> apps = {
            {u"native"_s, m_native},     {u"spa"_s, m_spa},     {u"localhost"_s, m_localhost},
            {u"port8080"_s, m_port8080}, {u"two"_s, m_twoUris}, {u"nope"_s, u"nope"_s}};
        AuthRequest request = this->request(apps.value(app));
        request.redirectUri = redirectUri;
        if (change == u"no challenge"_s) {
            request.codeChallenge = QString();
            request.codeChallengeMethod = QString();
        } else if (change == u"plain"_s) {
            request.codeChallengeMethod = u"plain"_s;
        } else if (change == u"no method"_s) {
            request.codeChallengeMethod = QString();
        } else if (change == u"unknown resource"_s) {
            request.resources = {u"https://unknown.example/api"_s};
        } else if (change == u"bare"_s) {
            request.resources.clear();
            request.scope = u"profile"_s;
        } else if (change == u"token"_s) {
            request.responseType = u"token"_s;
        }

        Browser browser(endpoint());
        const HttpResult r = browser.get(request.target());
        QCOMPARE(r.status, status);
        if (status == 400) {
            // JSON, whatever the browser accepts; state and iss come along.
            QVERIFY(r.header("Content-Type").startsWith("application/json"));
            const QJsonObject body = r.object();
            QCOMPARE(body.value(u"error"_s).toString(), error);
            QCOMPARE(body.value(u"code"_s).toString(), u"oidc."_s + error);
            QCOMPARE(body.value(u"error_description"_s).toString(), description);
            QVERIFY(!body.value(u"message"_s).toString().isEmpty());
            QCOMPARE(body.value(u"state"_s).toString(), u"st123"_s);
            QCOMPARE(body.value(u"iss"_s).toString(), issuer());
            QVERIFY(r.header("Location").isEmpty());
            return;
        }
        const QUrl location = browser.location(r);
        if (error.isEmpty()) {
            // The sign-in page, relative as on Logto, with the interaction cookie.
            QVERIFY2(r.header("Location").startsWith("/sign-in?app_id="), r.header("Location"));
            QCOMPARE(QUrlQuery(location).queryItemValue(u"app_id"_s), request.clientId);
            QVERIFY(r.header("Set-Cookie").startsWith("_interaction="));
            return;
        }
        // An error sent back to the (registered) redirect_uri, in this order.
        QVERIFY2(r.header("Location").startsWith(kLoopbackRedirect.toLatin1() + "?error="),
                 r.header("Location"));
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(u"error"_s), error);
        // URLSearchParams: spaces travel as '+'.
        QCOMPARE(QUrl::fromPercentEncoding(
                     query.queryItemValue(u"error_description"_s, QUrl::FullyEncoded)
                         .replace(u'+', u' ')
                         .toUtf8()),
                 description);
        QCOMPARE(query.queryItemValue(u"state"_s), u"st123"_s);
        QCOMPARE(query.queryItemValue(u"iss"_s, QUrl::FullyDecoded), issuer());
    }

    // logto-oidc.md section 4: oidc-provider's rules for a Native client's registered URIs,
    // checked when /oidc/auth loads the client.
    void registeredUriRules_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("description");
        QTest::newRow("custom scheme") << u"com.latchkey.app://callback"_s << QString();
        QTest::newRow("private-use scheme") << u"latchkey:/callback"_s << QString();
        QTest::newRow("localhost") << u"http://localhost/callback"_s << QString();
        QTest::newRow("http on another host")
            << u"http://example.com/callback"_s
            << u"redirect_uris for native clients using http as a protocol can only use loopback "
               "addresses as hostnames"_s;
        QTest::newRow("https on 127.0.0.1")
            << u"https://127.0.0.1/callback"_s
            << u"redirect_uris for native clients using claimed HTTPS URIs must not be using "
               "127.0.0.1 as hostname"_s;
        QTest::newRow("javascript")
            << u"javascript://x"_s << u"redirect_uris must not use the javascript URI scheme"_s;
    }

    void registeredUriRules()
    {
        QFETCH(QString, registered);
        QFETCH(QString, description);
        const QString app = m_fixture.createApp(u"Native"_s, {registered});
        QVERIFY(!app.isEmpty());
        AuthRequest request = this->request(app);
        request.redirectUri = registered;
        Browser browser(endpoint());
        const HttpResult r = browser.get(request.target());
        if (description.isEmpty()) {
            QCOMPARE(r.status, 303);
            QVERIFY(r.header("Location").startsWith("/sign-in"));
        } else {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_redirect_uri"_s);
            QCOMPARE(r.object().value(u"error_description"_s).toString(), description);
        }
    }

    void wildcardRedirect()
    {
        const QString app = m_fixture.createApp(u"SPA"_s, {u"https://*.example.com/cb/*"_s});
        QVERIFY(!app.isEmpty());
        AuthRequest request = this->request(app);
        Browser browser(endpoint());
        request.redirectUri = u"https://tenant.example.com/cb/done"_s;
        QCOMPARE(browser.get(request.target()).status, 303);
        request.redirectUri = u"https://a.b.example.com/cb/done"_s; // one label per '*'
        QCOMPARE(browser.get(request.target()).status, 400);
        request.redirectUri = u"https://tenant.example.com/other"_s;
        QCOMPARE(browser.get(request.target()).status, 400);
    }

    // The page: plain HTML, a username field and a Continue button, no script; in German when
    // the browser asks for it.
    void signInPage()
    {
        Browser browser(endpoint());
        const HttpResult auth = browser.get(request(m_native).target());
        QCOMPARE(auth.status, 303);
        HttpResult page = browser.get(Browser::pathAndQuery(browser.location(auth)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(u"<form method=\"post\" action=\"/sign-in\">"_s));
        QVERIFY(html.contains(u"name=\"username\""_s));
        QVERIFY(html.contains(u">Continue</button>"_s));
        QVERIFY(html.contains(u"Test app"_s));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));

        page =
            browser.get(Browser::pathAndQuery(browser.location(auth)), "de-DE,de;q=0.9,en;q=0.5");
        QVERIFY(QString::fromUtf8(page.body).contains(u">Weiter</button>"_s));
        page = browser.get(Browser::pathAndQuery(browser.location(auth)), "zh-CN");
        QVERIFY(QString::fromUtf8(page.body).contains(u">继续</button>"_s));

        // Without the interaction cookie (another browser) there is nothing to sign in to.
        Browser stranger(endpoint());
        const HttpResult lost = stranger.get(Browser::pathAndQuery(browser.location(auth)));
        QCOMPARE(lost.status, 400);
        QVERIFY(!QString::fromUtf8(lost.body).contains(u"name=\"username\""_s));
        QCOMPARE(stranger.postForm("/sign-in", {{u"username"_s, u"dev"_s}}).status, 400);
    }

    void unknownUsername()
    {
        Browser browser(endpoint());
        QCOMPARE(browser.get(request(m_native).target()).status, 303);
        HttpResult r = browser.postForm("/sign-in", {{u"username"_s, u"nobody<b>"_s}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Location").isEmpty());
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains(u"No account has this username."_s));
        QVERIFY(html.contains(u"nobody&lt;b&gt;"_s)); // what was typed comes back, escaped
        // The same sign-in then still completes.
        r = browser.postForm("/sign-in", {{u"username"_s, u"DEV"_s}});
        QCOMPARE(r.status, 303);
        QVERIFY(!redirectQuery(r).queryItemValue(u"code"_s).isEmpty());
    }

    // logto-oidc.md section 4, "Redeeming the code": with prompt=consent and the resource at
    // the token request, a JWT for the gateway, an ID token and a refresh token.
    void codeFlowWithResource()
    {
        const Pkce pkce = Pkce::make();
        AuthRequest auth = request(m_native, pkce);
        auth.nonce = u"n-0S6_WzA2Mj"_s;
        // The resource's scopes asked for; the user's role holds gateway:use only.
        auth.scope = u"openid offline_access profile gateway:use gateway:admin"_s;
        Browser browser(endpoint());
        const HttpResult signedIn = browser.signIn(auth, u"dev"_s);
        QCOMPARE(signedIn.status, 303);
        QVERIFY2(signedIn.header("Location").startsWith(kLoopbackRedirect.toLatin1() + "?code="),
                 signedIn.header("Location"));
        const QUrlQuery query = redirectQuery(signedIn);
        QCOMPARE(query.queryItemValue(u"state"_s), u"st123"_s);
        QCOMPARE(query.queryItemValue(u"iss"_s, QUrl::FullyDecoded), issuer());
        const QString code = query.queryItemValue(u"code"_s);
        QCOMPARE(code.size(), 43);

        const HttpResult r =
            redeemCode(endpoint(), m_native, code, pkce.verifier, kLoopbackRedirect);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject tokens = r.object();
        QCOMPARE(tokens.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(tokens.value(u"scope"_s).toString(), u"gateway:use"_s);
        QCOMPARE(tokens.value(u"refresh_token"_s).toString().size(), 43);

        const QByteArray at = tokens.value(u"access_token"_s).toString().toLatin1();
        const QJsonObject header = jwtPart(at, 0);
        QCOMPARE(header.value(u"alg"_s).toString(), u"ES384"_s);
        QCOMPARE(header.value(u"typ"_s).toString(), u"at+jwt"_s);
        const QJsonObject jwks = HttpClient(endpoint()).send("GET", "/oidc/jwks").object();
        QVERIFY(verifyEs384(at, jwks[u"keys"_s][0].toObject()));
        const QJsonObject c = claims(QString::fromLatin1(at));
        QCOMPARE(c.value(u"aud"_s).toString(), kGatewayResource);
        QCOMPARE(c.value(u"sub"_s).toString(), m_fixture.developerId);
        QCOMPARE(c.value(u"client_id"_s).toString(), m_native);
        QCOMPARE(c.value(u"iss"_s).toString(), issuer());
        QCOMPARE(c.value(u"scope"_s).toString(), u"gateway:use"_s);
        QCOMPARE(c.value(u"exp"_s).toInteger() - c.value(u"iat"_s).toInteger(), 3600);

        const QString idToken = tokens.value(u"id_token"_s).toString();
        QVERIFY(verifyEs384(idToken.toLatin1(), jwks[u"keys"_s][0].toObject()));
        QVERIFY(!jwtPart(idToken.toLatin1(), 0).contains(u"typ"_s));
        const QJsonObject id = claims(idToken);
        QCOMPARE(id.value(u"aud"_s).toString(), m_native);
        QCOMPARE(id.value(u"sub"_s).toString(), m_fixture.developerId);
        QCOMPARE(id.value(u"username"_s).toString(), u"dev"_s);
        QCOMPARE(id.value(u"preferred_username"_s).toString(), u"dev"_s);
        QCOMPARE(id.value(u"name"_s).toString(), u"Dana Developer"_s);
        QCOMPARE(id.value(u"nonce"_s).toString(), auth.nonce);
        QCOMPARE(id.value(u"iss"_s).toString(), issuer());
    }

    // Resource scopes are granted only when asked for in `scope` (consent's rs_scopes_missing
    // check, from source).
    void resourceScopeNotAskedFor()
    {
        const Pkce pkce = Pkce::make();
        Browser browser(endpoint());
        const QString code = m_fixture.signIn(browser, request(m_native, pkce));
        const HttpResult r =
            redeemCode(endpoint(), m_native, code, pkce.verifier, kLoopbackRedirect);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"scope"_s).toString(), QString());
        QVERIFY(!claims(r.object().value(u"access_token"_s).toString()).contains(u"scope"_s));
    }

    // Without prompt=consent offline_access is dropped: no refresh token; without a resource
    // the access token is opaque, and /oidc/me answers with it.
    void codeFlowWithoutConsentOrResource()
    {
        const Pkce pkce = Pkce::make();
        AuthRequest auth = request(m_native, pkce);
        auth.prompt = QString();
        Browser browser(endpoint());
        const QString code = m_fixture.signIn(browser, auth);
        QVERIFY(!code.isEmpty());
        const HttpResult r =
            redeemCode(endpoint(), m_native, code, pkce.verifier, kLoopbackRedirect, QString());
        QCOMPARE(r.status, 200);
        const QJsonObject tokens = r.object();
        QVERIFY(!tokens.contains(u"refresh_token"_s));
        QCOMPARE(tokens.value(u"scope"_s).toString(), u"openid profile"_s);
        QVERIFY(tokens.contains(u"id_token"_s));
        const QString opaque = tokens.value(u"access_token"_s).toString();
        QCOMPARE(opaque.size(), 43);
        QVERIFY(!opaque.contains(u'.'));

        HttpClient client(endpoint());
        client.setBearer(opaque.toLatin1());
        const HttpResult me = client.send("GET", "/oidc/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(u"sub"_s).toString(), m_fixture.developerId);
        QCOMPARE(me.object().value(u"username"_s).toString(), u"dev"_s);
        QCOMPARE(me.object().value(u"name"_s).toString(), u"Dana Developer"_s);
    }

    // A verifier that does not match is refused without using the code up.
    void pkceMismatch()
    {
        const Pkce pkce = Pkce::make();
        Browser browser(endpoint());
        const QString code = m_fixture.signIn(browser, request(m_native, pkce));
        QVERIFY(!code.isEmpty());
        HttpResult r =
            redeemCode(endpoint(), m_native, code, Pkce::make().verifier, kLoopbackRedirect);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"code"_s, u"oidc.invalid_grant"_s},
                              {u"message"_s, u"Grant request is invalid."_s},
                              {u"error_uri"_s, u"https://openid.sh/debug/invalid_grant"_s},
                              {u"error"_s, u"invalid_grant"_s},
                              {u"error_description"_s, u"grant request is invalid"_s}}));
        r = redeemCode(endpoint(), m_native, code, QString(), kLoopbackRedirect);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_grant"_s);
        r = redeemCode(endpoint(), m_native, code, u"short"_s, kLoopbackRedirect);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_request"_s);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"code_verifier must be a string with a minimum length of 43 characters"_s);
        // The redirect_uri must be the one of the authorization request, port included.
        r = redeemCode(endpoint(), m_native, code, pkce.verifier,
                       u"http://127.0.0.1:53683/callback"_s);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_grant"_s);
        r = redeemCode(endpoint(), m_native, code, pkce.verifier, kLoopbackRedirect);
        QCOMPARE(r.status, 200);
    }

    // A code used twice: invalid_grant, and the refresh token of its first use dies too.
    void codeReplayRevokesTheGrant()
    {
        const Pkce pkce = Pkce::make();
        Browser browser(endpoint());
        const QString code = m_fixture.signIn(browser, request(m_native, pkce));
        HttpResult r = redeemCode(endpoint(), m_native, code, pkce.verifier, kLoopbackRedirect);
        QCOMPARE(r.status, 200);
        const QString refreshToken = r.object().value(u"refresh_token"_s).toString();
        QVERIFY(!refreshToken.isEmpty());
        r = redeemCode(endpoint(), m_native, code, pkce.verifier, kLoopbackRedirect);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_grant"_s);
        r = refresh(endpoint(), m_native, refreshToken);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    // A code is bound to the client it was issued to.
    void codeOfAnotherClient()
    {
        const Pkce pkce = Pkce::make();
        Browser browser(endpoint());
        const QString code = m_fixture.signIn(browser, request(m_native, pkce));
        const HttpResult r =
            redeemCode(endpoint(), m_port8080, code, pkce.verifier, kLoopbackRedirect);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    // logto-oidc.md section 6.
    void tokenEndpointErrors_data()
    {
        QTest::addColumn<Form>("form");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        const QString native = u"<native>"_s;
        QTest::newRow("garbage code") << Form{{u"grant_type"_s, u"authorization_code"_s},
                                              {u"code"_s, u"garbage"_s},
                                              {u"redirect_uri"_s, kLoopbackRedirect},
                                              {u"code_verifier"_s, Pkce::make().verifier},
                                              {u"client_id"_s, native}}
                                      << 400 << u"invalid_grant"_s << u"grant request is invalid"_s;
        QTest::newRow("garbage refresh token")
            << Form{{u"grant_type"_s, u"refresh_token"_s},
                    {u"refresh_token"_s, u"garbage"_s},
                    {u"client_id"_s, native}}
            << 400 << u"invalid_grant"_s << u"grant request is invalid"_s;
        QTest::newRow("refresh_token missing")
            << Form{{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, native}} << 400
            << u"invalid_request"_s << u"missing required parameter 'refresh_token'"_s;
        QTest::newRow("unknown client") << Form{{u"grant_type"_s, u"refresh_token"_s},
                                                {u"refresh_token"_s, u"x"_s},
                                                {u"client_id"_s, u"nope"_s}}
                                        << 400 << u"invalid_client"_s << u"invalid client nope"_s;
        QTest::newRow("password grant")
            << Form{{u"grant_type"_s, u"password"_s}, {u"client_id"_s, native}} << 400
            << u"unsupported_grant_type"_s << u"unsupported grant_type requested"_s;
        QTest::newRow("client_credentials for a Native app")
            << Form{{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, native}} << 400
            << u"invalid_request"_s << u"requested grant type is not allowed for this client"_s;
        QTest::newRow("no client")
            << Form{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"x"_s}} << 400
            << u"invalid_request"_s << u"no client authentication mechanism provided"_s;
        QTest::newRow("unknown resource")
            << Form{{u"grant_type"_s, u"refresh_token"_s},
                    {u"refresh_token"_s, u"x"_s},
                    {u"client_id"_s, native},
                    {u"resource"_s, u"https://unknown.example/api"_s}}
            << 400 << u"invalid_target"_s << u"resource indicator is missing, or unknown"_s;
    }

    void tokenEndpointErrors()
    {
        QFETCH(Form, form);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        for (auto &[key, value] : form) {
            if (value == u"<native>"_s)
                value = m_native;
        }
        const HttpResult r = postForm(endpoint(), "/oidc/token", form);
        QCOMPARE(r.status, status);
        QCOMPARE(r.object().value(u"code"_s).toString(), u"oidc."_s + error);
        QCOMPARE(r.object().value(u"error"_s).toString(), error);
        QCOMPARE(r.object().value(u"error_description"_s).toString(), description);
        QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
        QCOMPARE(r.object().contains(u"error_uri"_s), error == u"invalid_grant"_s);
    }

    // logto-oidc.md section 3, last rows: a public Native app allowed to exchange tokens does
    // so with its client_id alone; without the flag it may not.
    void nativeTokenExchange()
    {
        const QString exchanging =
            m_fixture.createApp(u"Native"_s, {kCallback}, {{u"allowTokenExchange"_s, true}});
        const QString pat = m_fixture.admin
                                ->sendJson("POST",
                                           "/api/users/" + m_fixture.developerId.toLatin1() +
                                               "/personal-access-tokens",
                                           QJsonObject{{u"name"_s, u"exchange me"_s}})
                                .object()
                                .value(u"value"_s)
                                .toString();
        QList<QPair<QString, QString>> form{
            {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:token-exchange"_s},
            {u"client_id"_s, exchanging},
            {u"subject_token"_s, pat},
            {u"subject_token_type"_s, u"urn:logto:token-type:personal_access_token"_s},
            {u"resource"_s, kGatewayResource}};
        HttpResult r = postForm(endpoint(), "/oidc/token", form);
        QCOMPARE(r.status, 200);
        const QJsonObject c = claims(r.object().value(u"access_token"_s).toString());
        QCOMPARE(c.value(u"aud"_s).toString(), kGatewayResource);
        QCOMPARE(c.value(u"client_id"_s).toString(), exchanging);
        form[1].second = m_native; // created without allowTokenExchange
        r = postForm(endpoint(), "/oidc/token", form);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_request"_s);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"requested grant type is not allowed for this client"_s);
    }

    // The endpoints discovery names for sign-in are served (not 404).
    void discoveryEndpointsAreServed()
    {
        HttpClient client(endpoint());
        const QJsonObject document =
            client.send("GET", "/oidc/.well-known/openid-configuration").object();
        QCOMPARE(document.value(u"authorization_endpoint"_s).toString(), issuer() + u"/auth"_s);
        QCOMPARE(document.value(u"code_challenge_methods_supported"_s).toArray(),
                 QJsonArray{u"S256"_s});
        QVERIFY(document.value(u"authorization_response_iss_parameter_supported"_s).toBool());
        for (const QString &field : {u"revocation_endpoint"_s, u"introspection_endpoint"_s,
                                     u"device_authorization_endpoint"_s}) {
            const QUrl url(document.value(field).toString());
            QCOMPARE(url.host(), endpoint().host());
            QCOMPARE(url.port(), endpoint().port());
            const HttpResult r = client.send("POST", url.path().toLatin1(), "client_id=nope",
                                             "application/x-www-form-urlencoded");
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_client"_s);
        }
        const QUrl userinfo(document.value(u"userinfo_endpoint"_s).toString());
        QCOMPARE(client.send("GET", userinfo.path().toLatin1()).status, 401);
    }

    // What latchkey-sandbox --gateway prints: a Native app for 127.0.0.1/callback that may
    // exchange tokens, a device-flow app, and a developer with a few tokens to sign in as.
    void developerSignIn()
    {
        const SandboxServer::DeveloperSignIn first = m_fixture.server.ensureDeveloperSignIn();
        QVERIFY(!first.nativeAppId.isEmpty());
        QVERIFY(!first.deviceAppId.isEmpty());
        QCOMPARE(first.developer, u"alex_developer"_s);
        const SandboxServer::DeveloperSignIn again = m_fixture.server.ensureDeveloperSignIn();
        QCOMPARE(again.nativeAppId, first.nativeAppId);
        QCOMPARE(again.deviceAppId, first.deviceAppId);

        HttpResult r =
            m_fixture.admin->send("GET", "/api/applications/" + first.nativeAppId.toLatin1());
        QCOMPARE(r.object()[u"oidcClientMetadata"_s][u"redirectUris"_s].toArray(),
                 QJsonArray{kCallback});
        QVERIFY(r.object()[u"customClientMetadata"_s][u"allowTokenExchange"_s].toBool());
        r = m_fixture.admin->send("GET", "/api/applications/" + first.deviceAppId.toLatin1());
        QVERIFY(r.object()[u"customClientMetadata"_s][u"isDeviceFlow"_s].toBool());
        r = m_fixture.admin->send("GET", "/api/users/" +
                                             m_fixture.server.primaryUserId().toLatin1() +
                                             "/personal-access-tokens");
        QVERIFY(r.array().size() >= 3);

        const Pkce pkce = Pkce::make();
        AuthRequest auth = request(first.nativeAppId, pkce);
        auth.redirectUri = u"http://127.0.0.1:40123/callback"_s;
        Browser browser(endpoint());
        const QString code = m_fixture.signIn(browser, auth, first.developer);
        QVERIFY(!code.isEmpty());
        r = redeemCode(endpoint(), first.nativeAppId, code, pkce.verifier, auth.redirectUri);
        QCOMPARE(r.status, 200);
        QCOMPARE(claims(r.object().value(u"access_token"_s).toString()).value(u"sub"_s).toString(),
                 m_fixture.server.primaryUserId());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSignIn)
#include "tst_sandboxsignin.moc"
