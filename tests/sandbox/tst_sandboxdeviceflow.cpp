// The sandbox's device authorization grant (RFC 8628) against what a real Logto 1.42 answers
// (docs/logto-api.md "Sign-in (OIDC)"; /work/shared/docs/logto-oidc.md section 5), end to end
// with the test playing the browser on the verification page.
#include "tests/sandbox/oidctesthelpers.h"

#include <QRegularExpression>

using namespace latchkey;
using namespace sandboxtest;

namespace {

const QString kDeviceGrant = u"urn:ietf:params:oauth:grant-type:device_code"_s;

} // namespace

class TestSandboxDeviceFlow : public QObject
{
    Q_OBJECT

private:
    SignInFixture m_fixture;
    QString m_deviceApp;
    QString m_native;

    QUrl endpoint() const { return m_fixture.server.endpoint(); }

    HttpResult authorize(const QString &clientId, const QString &resource = kGatewayResource)
    {
        QList<QPair<QString, QString>> form{
            {u"client_id"_s, clientId},
            {u"scope"_s, u"openid offline_access profile gateway:use"_s}};
        if (!resource.isEmpty())
            form.append({u"resource"_s, resource});
        return postForm(endpoint(), "/oidc/device/auth", form);
    }

    HttpResult poll(const QString &deviceCode, const QString &resource = kGatewayResource)
    {
        QList<QPair<QString, QString>> form{{u"grant_type"_s, kDeviceGrant},
                                            {u"device_code"_s, deviceCode},
                                            {u"client_id"_s, m_deviceApp}};
        if (!resource.isEmpty())
            form.append({u"resource"_s, resource});
        return postForm(endpoint(), "/oidc/token", form);
    }

    static QString errorOf(const HttpResult &r) { return r.object().value(u"error"_s).toString(); }

    // The browser's side: the verification page, the code, the sign-in page.
    HttpResult approve(Browser &browser, const QString &userCode, const QString &username)
    {
        const HttpResult page = browser.get("/device?user_code=" + userCode.toLatin1());
        if (page.status != 200)
            return page;
        const HttpResult code = browser.postForm("/device", {{u"user_code"_s, userCode}});
        if (code.status != 303)
            return code;
        const HttpResult signIn = browser.get(Browser::pathAndQuery(browser.location(code)));
        if (signIn.status != 200)
            return signIn;
        return browser.postForm("/sign-in", {{u"username"_s, username}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        m_deviceApp = m_fixture.createApp(u"Native"_s, {}, {{u"isDeviceFlow"_s, true}});
        m_native = m_fixture.createApp(u"Native"_s, {kCallback});
        QVERIFY(!m_deviceApp.isEmpty() && !m_native.isEmpty());
    }

    // Only a Native app created with isDeviceFlow may start it; such an app cannot use the
    // authorization endpoint.
    void onlyDeviceApps()
    {
        HttpResult r = authorize(m_native);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_request"_s);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 kDeviceGrant + u" is not allowed for this client"_s);
        QCOMPARE(authorize(u"nope"_s).object().value(u"error"_s).toString(), u"invalid_client"_s);
        r = authorize(m_deviceApp, u"https://unknown.example/api"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_target"_s);

        AuthRequest auth;
        auth.clientId = m_deviceApp;
        auth.codeChallenge = Pkce::make().challenge;
        Browser browser(endpoint());
        r = browser.get(auth.target());
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_redirect_uri"_s);
    }

    void endToEnd()
    {
        HttpResult r = authorize(m_deviceApp);
        QCOMPARE(r.status, 200);
        const QJsonObject answer = r.object();
        QVERIFY(!answer.contains(u"interval"_s)); // Logto sends none: poll every 5 s
        const QString deviceCode = answer.value(u"device_code"_s).toString();
        const QString userCode = answer.value(u"user_code"_s).toString();
        QCOMPARE(deviceCode.size(), 43);
        QVERIFY2(QRegularExpression(u"^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"_s)
                     .match(userCode)
                     .hasMatch(),
                 qPrintable(userCode));
        const QString verification = endpoint().toString() + u"/device"_s;
        QCOMPARE(answer.value(u"verification_uri"_s).toString(), verification);
        QCOMPARE(answer.value(u"verification_uri_complete"_s).toString(),
                 verification + u"?user_code="_s + userCode);
        QCOMPARE(answer.value(u"expires_in"_s).toInt(), 600);

        // Not approved yet: pending, and again at once (no slow_down).
        for (int i = 0; i < 2; ++i) {
            r = poll(deviceCode);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"code"_s).toString(), u"oidc.authorization_pending"_s);
            QCOMPARE(r.object().value(u"error_description"_s).toString(),
                     u"authorization request is still pending as the end-user hasn't yet "
                     "completed the user interaction steps"_s);
        }
        QCOMPARE(errorOf(poll(u"garbage"_s)), u"invalid_grant"_s);

        // The verification page, prefilled; a wrong code is refused on the page.
        Browser browser(endpoint());
        r = browser.get("/device?user_code=" + userCode.toLatin1());
        QCOMPARE(r.status, 200);
        QVERIFY(QString::fromUtf8(r.body).contains(u"value=\""_s + userCode + u'"'));
        QVERIFY(!QString::fromUtf8(r.body).contains(u"<script"_s));
        r = browser.postForm("/device", {{u"user_code"_s, u"BCDF-GHJK"_s}});
        QCOMPARE(r.status, 200);
        QVERIFY(QString::fromUtf8(r.body).contains(u"This code is not valid"_s));
        // What a person types: lower case, no dash.
        r = browser.postForm("/device", {{u"user_code"_s, userCode.toLower().remove(u'-')}});
        QCOMPARE(r.status, 303);
        QVERIFY(r.header("Location").startsWith("/sign-in?app_id="));
        r = browser.postForm("/sign-in", {{u"username"_s, u"nobody"_s}});
        QVERIFY(QString::fromUtf8(r.body).contains(u"No account has this username."_s));
        r = browser.postForm("/sign-in", {{u"username"_s, u"dev"_s}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("Location"), QByteArray("/device/success"));
        r = browser.get("/device/success", "fr");
        QCOMPARE(r.status, 200);
        QVERIFY(QString::fromUtf8(r.body).contains(u"Appareil connecté"_s));

        // Approved: a JWT for the gateway, an ID token and a refresh token (no prompt=consent).
        r = poll(deviceCode);
        QCOMPARE(r.status, 200);
        const QJsonObject tokens = r.object();
        QCOMPARE(tokens.value(u"scope"_s).toString(), u"gateway:use"_s);
        const QJsonObject claims =
            jwtPart(tokens.value(u"access_token"_s).toString().toLatin1(), 1);
        QCOMPARE(claims.value(u"aud"_s).toString(), kGatewayResource);
        QCOMPARE(claims.value(u"sub"_s).toString(), m_fixture.developerId);
        QCOMPARE(claims.value(u"client_id"_s).toString(), m_deviceApp);
        QVERIFY(tokens.contains(u"id_token"_s));
        const QString rt = tokens.value(u"refresh_token"_s).toString();
        QCOMPARE(rt.size(), 43);

        // The refresh token rotates like any other.
        r = refresh(endpoint(), m_deviceApp, rt);
        QCOMPARE(r.status, 200);
        const QString rt2 = r.object().value(u"refresh_token"_s).toString();
        QVERIFY(rt2 != rt);

        // Polling again after success: invalid_grant, and that sign-in is revoked.
        r = poll(deviceCode);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r), u"invalid_grant"_s);
        QCOMPARE(errorOf(refresh(endpoint(), m_deviceApp, rt2)), u"invalid_grant"_s);

        // The used code cannot be entered again.
        Browser again(endpoint());
        r = again.postForm("/device", {{u"user_code"_s, userCode}});
        QCOMPARE(r.status, 200);
        QVERIFY(QString::fromUtf8(r.body).contains(u"This code is not valid"_s));
    }

    // Without a resource: an opaque access token and the OIDC scopes.
    void withoutResource()
    {
        const QJsonObject answer = authorize(m_deviceApp, QString()).object();
        Browser browser(endpoint());
        QCOMPARE(approve(browser, answer.value(u"user_code"_s).toString(), u"dev"_s).status, 303);
        const HttpResult r = poll(answer.value(u"device_code"_s).toString(), QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"access_token"_s).toString().size(), 43);
        QCOMPARE(r.object().value(u"scope"_s).toString(), u"openid offline_access profile"_s);
        QVERIFY(r.object().contains(u"refresh_token"_s));
    }

    // A device code belongs to the app that asked for it.
    void otherClientCannotPoll()
    {
        const QJsonObject answer = authorize(m_deviceApp).object();
        const QString otherDevice =
            m_fixture.createApp(u"Native"_s, {}, {{u"isDeviceFlow"_s, true}});
        const HttpResult r =
            postForm(endpoint(), "/oidc/token",
                     {{u"grant_type"_s, kDeviceGrant},
                      {u"device_code"_s, answer.value(u"device_code"_s).toString()},
                      {u"client_id"_s, otherDevice}});
        QCOMPARE(errorOf(r), u"invalid_grant"_s);
        // And a code-flow app may not poll at all.
        const HttpResult native = postForm(endpoint(), "/oidc/token",
                                           {{u"grant_type"_s, kDeviceGrant},
                                            {u"device_code"_s, u"x"_s},
                                            {u"client_id"_s, m_native}});
        QCOMPARE(native.object().value(u"error_description"_s).toString(),
                 u"requested grant type is not allowed for this client"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDeviceFlow)
#include "tst_sandboxdeviceflow.moc"
