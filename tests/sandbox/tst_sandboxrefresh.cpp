// Refresh tokens, revocation, introspection and userinfo in the sandbox against what a real
// Logto 1.42 answers (docs/logto-api.md "Sign-in (OIDC)"; /work/shared/docs/logto-oidc.md
// sections 4, 6 and 8): rotation on every use, the reuse window, grant revocation after it.
#include "tests/sandbox/oidctesthelpers.h"

#include <QElapsedTimer>

using namespace latchkey;
using namespace sandboxtest;

namespace {

// Shorter than Logto's 3 s so that the test waits less; long enough that a request made right
// after a rotation is always inside it.
constexpr int kReuseWindowMs = 1000;

} // namespace

class TestSandboxRefresh : public QObject
{
    Q_OBJECT

private:
    SignInFixture m_fixture;
    QString m_native;

    QUrl endpoint() const { return m_fixture.server.endpoint(); }

    // A sign-in with prompt=consent: the token response of the code's redemption.
    QJsonObject signIn(const QString &scope = u"openid offline_access profile gateway:use"_s)
    {
        const Pkce pkce = Pkce::make();
        AuthRequest auth;
        auth.clientId = m_native;
        auth.codeChallenge = pkce.challenge;
        auth.scope = scope;
        Browser browser(endpoint());
        const QString code = m_fixture.signIn(browser, auth);
        return redeemCode(endpoint(), m_native, code, pkce.verifier, kLoopbackRedirect).object();
    }

    static QString errorOf(const HttpResult &r) { return r.object().value(u"error"_s).toString(); }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.refreshReuseWindowMs = kReuseWindowMs;
        options.tokenLifetimeSeconds = 120;
        QVERIFY(m_fixture.start(options));
        m_native = m_fixture.createApp(u"Native"_s, {kCallback});
        QVERIFY(!m_native.isEmpty());
    }

    // Every refresh gives a new refresh token; a resource's JWT, even for a resource the
    // authorization request did not name (then without scope); opaque without one.
    void rotationAndResources()
    {
        const QJsonObject first = signIn();
        const QString rt1 = first.value(u"refresh_token"_s).toString();
        QVERIFY(!rt1.isEmpty());

        HttpResult r = refresh(endpoint(), m_native, rt1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QString rt2 = r.object().value(u"refresh_token"_s).toString();
        QCOMPARE(rt2.size(), 43);
        QVERIFY(rt2 != rt1);
        QCOMPARE(r.object().value(u"scope"_s).toString(), u"gateway:use"_s);
        QJsonObject claims = jwtPart(r.object().value(u"access_token"_s).toString().toLatin1(), 1);
        QCOMPARE(claims.value(u"aud"_s).toString(), kGatewayResource);
        QCOMPARE(claims.value(u"client_id"_s).toString(), m_native);
        QCOMPARE(claims.value(u"sub"_s).toString(), m_fixture.developerId);
        QVERIFY(r.object().contains(u"id_token"_s));

        // The Management API was not in the authorization request: a JWT for it, no scope.
        r = refresh(endpoint(), m_native, rt2, m_fixture.server.apiIndicator());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"scope"_s).toString(), QString());
        claims = jwtPart(r.object().value(u"access_token"_s).toString().toLatin1(), 1);
        QCOMPARE(claims.value(u"aud"_s).toString(), m_fixture.server.apiIndicator());
        QVERIFY(!claims.contains(u"scope"_s));
        const QString rt3 = r.object().value(u"refresh_token"_s).toString();

        r = refresh(endpoint(), m_native, rt3, QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"scope"_s).toString(), u"openid offline_access profile"_s);
        QCOMPARE(r.object().value(u"access_token"_s).toString().size(), 43);
        QCOMPARE(r.object().value(u"expires_in"_s).toInt(), 120); // tokenLifetimeSeconds

        r = refresh(endpoint(), m_native, r.object().value(u"refresh_token"_s).toString(),
                    u"https://unknown.example/api"_s);
        QCOMPARE(errorOf(r), u"invalid_target"_s);
    }

    // A replaced refresh token still works right after the rotation (two refreshes at once).
    void reuseWithinTheWindow()
    {
        const QString rt1 = signIn().value(u"refresh_token"_s).toString();
        HttpResult r = refresh(endpoint(), m_native, rt1);
        QCOMPARE(r.status, 200);
        const QString rt2 = r.object().value(u"refresh_token"_s).toString();
        r = refresh(endpoint(), m_native, rt1);
        QCOMPARE(r.status, 200);
        const QString rt2b = r.object().value(u"refresh_token"_s).toString();
        QVERIFY(rt2b != rt2);
        QCOMPARE(refresh(endpoint(), m_native, rt2).status, 200);
        QCOMPARE(refresh(endpoint(), m_native, rt2b).status, 200);
    }

    // Reused after the window: invalid_grant, and the whole sign-in is revoked — the newest
    // refresh token and the opaque access tokens die too.
    void reuseAfterTheWindowRevokesTheGrant()
    {
        const QJsonObject first = signIn();
        const QString rt1 = first.value(u"refresh_token"_s).toString();
        QElapsedTimer rotated;
        HttpResult r = refresh(endpoint(), m_native, rt1, QString());
        rotated.start();
        QCOMPARE(r.status, 200);
        const QString rt2 = r.object().value(u"refresh_token"_s).toString();
        const QByteArray opaque = r.object().value(u"access_token"_s).toString().toLatin1();
        HttpClient me(endpoint());
        me.setBearer(opaque);
        QCOMPARE(me.send("GET", "/oidc/me").status, 200);

        // Wait out the window (the reuse itself would reopen it), then reuse once.
        QTest::qWait(int(qMax<qint64>(0, kReuseWindowMs + 300 - rotated.elapsed())));
        r = refresh(endpoint(), m_native, rt1);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_grant"_s);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"grant request is invalid"_s);
        r = refresh(endpoint(), m_native, rt2);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_grant"_s);
        QCOMPARE(me.send("GET", "/oidc/me").status, 401);
    }

    // Without rotation the same refresh token comes back.
    void rotationOff()
    {
        const QString app =
            m_fixture.createApp(u"Native"_s, {kCallback}, {{u"rotateRefreshToken"_s, false}});
        const Pkce pkce = Pkce::make();
        AuthRequest auth;
        auth.clientId = app;
        auth.codeChallenge = pkce.challenge;
        Browser browser(endpoint());
        const QString code = m_fixture.signIn(browser, auth);
        const QString rt = redeemCode(endpoint(), app, code, pkce.verifier, kLoopbackRedirect)
                               .object()
                               .value(u"refresh_token"_s)
                               .toString();
        const HttpResult r = refresh(endpoint(), app, rt);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"refresh_token"_s).toString(), rt);
    }

    // A refresh token is bound to its client; `scope` may narrow, never widen.
    void clientAndScope()
    {
        const QString rt = signIn().value(u"refresh_token"_s).toString();
        const QString other = m_fixture.createApp(u"Native"_s, {kCallback});
        QCOMPARE(errorOf(refresh(endpoint(), other, rt)), u"invalid_grant"_s);
        HttpResult r = postForm(endpoint(), "/oidc/token",
                                {{u"grant_type"_s, u"refresh_token"_s},
                                 {u"client_id"_s, m_native},
                                 {u"refresh_token"_s, rt},
                                 {u"scope"_s, u"openid email"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_scope"_s);
        QCOMPARE(r.object().value(u"scope"_s).toString(), u"email"_s);
        r = postForm(endpoint(), "/oidc/token",
                     {{u"grant_type"_s, u"refresh_token"_s},
                      {u"client_id"_s, m_native},
                      {u"refresh_token"_s, rt},
                      {u"scope"_s, u"openid"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"scope"_s).toString(), u"openid"_s);
    }

    // logto-oidc.md section 2: the resource's accessTokenTtl is the JWT's lifetime.
    void accessTokenLifetime()
    {
        const QString rt = signIn().value(u"refresh_token"_s).toString();
        QCOMPARE(m_fixture.admin
                     ->sendJson("PATCH", "/api/resources/" + m_fixture.resourceId.toLatin1(),
                                QJsonObject{{u"accessTokenTtl"_s, 5}})
                     .status,
                 200);
        const HttpResult r = refresh(endpoint(), m_native, rt);
        m_fixture.admin->sendJson("PATCH", "/api/resources/" + m_fixture.resourceId.toLatin1(),
                                  QJsonObject{{u"accessTokenTtl"_s, 3600}});
        QCOMPARE(r.object().value(u"expires_in"_s).toInt(), 5);
        const QJsonObject claims =
            jwtPart(r.object().value(u"access_token"_s).toString().toLatin1(), 1);
        QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 5);
    }

    // logto-oidc.md section 6.
    void revocation()
    {
        const QJsonObject tokens = signIn();
        const QString rt = tokens.value(u"refresh_token"_s).toString();
        const QString jwt = tokens.value(u"access_token"_s).toString();

        HttpResult r = postForm(endpoint(), "/oidc/token/revocation",
                                {{u"token"_s, u"garbage"_s}, {u"client_id"_s, m_native}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        r = postForm(endpoint(), "/oidc/token/revocation",
                     {{u"token"_s, u"garbage"_s},
                      {u"token_type_hint"_s, u"refresh_token"_s},
                      {u"client_id"_s, m_native}});
        QCOMPARE(r.status, 200);
        r = postForm(endpoint(), "/oidc/token/revocation", {{u"token"_s, rt}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"no client authentication mechanism provided"_s);
        r = postForm(endpoint(), "/oidc/token/revocation",
                     {{u"token"_s, rt}, {u"client_id"_s, u"nope"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_client"_s);
        r = postForm(endpoint(), "/oidc/token/revocation", {{u"client_id"_s, m_native}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"missing required parameter 'token'"_s);
        r = postForm(endpoint(), "/oidc/token/revocation",
                     {{u"token"_s, jwt}, {u"client_id"_s, m_native}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"unsupported_token_type"_s);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"Structured JWT Tokens cannot be revoked via the revocation_endpoint"_s);

        // Another public client cannot revoke it (and learns nothing: 200).
        const QString other = m_fixture.createApp(u"Native"_s, {kCallback});
        r = postForm(endpoint(), "/oidc/token/revocation",
                     {{u"token"_s, rt}, {u"client_id"_s, other}});
        QCOMPARE(r.status, 200);
        QCOMPARE(refresh(endpoint(), m_native, rt).status, 200);

        const QString current =
            refresh(endpoint(), m_native, rt).object().value(u"refresh_token"_s).toString();
        r = postForm(endpoint(), "/oidc/token/revocation",
                     {{u"token"_s, current}, {u"client_id"_s, m_native}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        r = refresh(endpoint(), m_native, current);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_grant"_s);
    }

    void introspection()
    {
        HttpResult r = postForm(endpoint(), "/oidc/token/introspection",
                                {{u"token"_s, u"garbage"_s}, {u"client_id"_s, m_native}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"active"_s, false}}));
        // The sandbox's M2M app, with HTTP Basic.
        HttpClient basic(endpoint());
        const QByteArray credentials =
            (m_fixture.server.appId() + u':' + m_fixture.server.appSecret()).toLatin1().toBase64();
        r = basic.send("POST", "/oidc/token/introspection", "token=garbage",
                       "application/x-www-form-urlencoded",
                       {{"Authorization", "Basic " + credentials}});
        QCOMPARE(r.object(), (QJsonObject{{u"active"_s, false}}));

        const QJsonObject tokens = signIn();
        r = postForm(
            endpoint(), "/oidc/token/introspection",
            {{u"token"_s, tokens.value(u"access_token"_s).toString()}, {u"client_id"_s, m_native}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"Structured JWT Tokens cannot be introspected via the introspection_endpoint"_s);

        const HttpResult refreshed =
            refresh(endpoint(), m_native, tokens.value(u"refresh_token"_s).toString(), QString());
        r = postForm(endpoint(), "/oidc/token/introspection",
                     {{u"token"_s, refreshed.object().value(u"access_token"_s).toString()},
                      {u"client_id"_s, m_native}});
        QJsonObject answer = r.object();
        QCOMPARE(answer.value(u"active"_s).toBool(), true);
        QCOMPARE(answer.value(u"sub"_s).toString(), m_fixture.developerId);
        QCOMPARE(answer.value(u"client_id"_s).toString(), m_native);
        QCOMPARE(answer.value(u"scope"_s).toString(), u"openid offline_access profile"_s);
        QCOMPARE(answer.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(answer.value(u"exp"_s).toInteger() - answer.value(u"iat"_s).toInteger(), 120);

        r = postForm(endpoint(), "/oidc/token/introspection",
                     {{u"token"_s, refreshed.object().value(u"refresh_token"_s).toString()},
                      {u"client_id"_s, m_native}});
        answer = r.object();
        QCOMPARE(answer.value(u"active"_s).toBool(), true);
        QVERIFY(!answer.contains(u"token_type"_s));
        QCOMPARE(answer.value(u"exp"_s).toInteger() - answer.value(u"iat"_s).toInteger(),
                 14 * 24 * 3600); // Logto's refresh token lifetime
    }

    // logto-oidc.md section 7 and oidc-provider's userinfo errors.
    void userinfoErrors()
    {
        HttpClient client(endpoint());
        HttpResult r = client.send("GET", "/oidc/me");
        QCOMPARE(r.status, 401);
        QCOMPARE(errorOf(r), u"invalid_token"_s);
        QCOMPARE(r.header("WWW-Authenticate"),
                 "Bearer realm=\"" + endpoint().toString().toLatin1() + "/oidc\"");

        const QJsonObject tokens = signIn();
        client.setBearer(tokens.value(u"access_token"_s).toString().toLatin1()); // a JWT
        r = client.send("GET", "/oidc/me");
        QCOMPARE(r.status, 401);
        QCOMPARE(errorOf(r), u"invalid_token"_s);
        QVERIFY(r.header("WWW-Authenticate").contains("error=\"invalid_token\""));

        // An opaque token without openid may not read the user's claims.
        const QString rt = tokens.value(u"refresh_token"_s).toString();
        r = postForm(endpoint(), "/oidc/token",
                     {{u"grant_type"_s, u"refresh_token"_s},
                      {u"client_id"_s, m_native},
                      {u"refresh_token"_s, rt},
                      {u"scope"_s, u"profile"_s}});
        QCOMPARE(r.status, 200);
        client.setBearer(r.object().value(u"access_token"_s).toString().toLatin1());
        r = client.send("GET", "/oidc/me");
        QCOMPARE(r.status, 403);
        QCOMPARE(errorOf(r), u"insufficient_scope"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRefresh)
#include "tst_sandboxrefresh.moc"
