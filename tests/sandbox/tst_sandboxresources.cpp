// The sandbox's API resources, scopes and roles, the PAT exchange for a resource and the
// discovery document, against what a real Logto 1.42 answers (docs/logto-api.md, "API
// resources and the token exchange"; /work/shared/docs/logto-oidc.md sections 1-3 and 7).
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtesthelpers.h"

#include <QDateTime>

using namespace latchkey;
using namespace sandboxtest;

namespace {

const QString kGateway = u"https://gateway.latchkey.test/api"_s;
const QByteArray kExchangeGrant = "urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange";
const QByteArray kPatType = "urn%3Alogto%3Atoken-type%3Apersonal_access_token";

QByteArray patPath(const QString &userId)
{
    return "/api/users/" + QUrl::toPercentEncoding(userId) + "/personal-access-tokens";
}

} // namespace

class TestSandboxResources : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<HttpClient> m_admin;
    QString m_resourceId, m_useScopeId, m_adminScopeId, m_roleId;
    QString m_alice, m_bob;
    QString m_alicePat, m_bobPat;

    QString createUser(const QString &username)
    {
        const HttpResult r =
            m_admin->sendJson("POST", "/api/users", QJsonObject{{u"username"_s, username}});
        return r.object().value(u"id"_s).toString();
    }

    QString createPat(const QString &userId, const QString &name)
    {
        return m_admin->sendJson("POST", patPath(userId), QJsonObject{{u"name"_s, name}})
            .object()
            .value(u"value"_s)
            .toString();
    }

    // POST /oidc/token with the sandbox's M2M app (token exchange allowed).
    HttpResult exchange(const QString &pat, const QByteArray &extraForm,
                        const QByteArray &subjectType = kPatType)
    {
        HttpClient client(m_server.endpoint());
        QByteArray form = "grant_type=" + kExchangeGrant;
        if (!subjectType.isEmpty())
            form += "&subject_token_type=" + subjectType;
        form += "&subject_token=" + QUrl::toPercentEncoding(pat) + extraForm;
        const QByteArray basic =
            (m_server.appId() + u':' + m_server.appSecret()).toLatin1().toBase64();
        return client.send("POST", "/oidc/token", form, "application/x-www-form-urlencoded",
                           {{"Authorization", "Basic " + basic}});
    }

    static QByteArray resourceForm(const QString &indicator, const QString &scope = {})
    {
        QByteArray form = "&resource=" + QUrl::toPercentEncoding(indicator);
        if (!scope.isEmpty())
            form += "&scope=" + QUrl::toPercentEncoding(scope);
        return form;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        m_admin = std::make_unique<HttpClient>(m_server.endpoint());
        QVERIFY(m_admin->authenticate(m_server.appId(), m_server.appSecret()));
        m_alice = createUser(u"alice"_s);
        m_bob = createUser(u"bob"_s);
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty());
        m_alicePat = createPat(m_alice, u"laptop"_s);
        m_bobPat = createPat(m_bob, u"laptop"_s);
        QVERIFY(m_alicePat.startsWith(u"pat_"_s) && m_bobPat.startsWith(u"pat_"_s));
    }

    void createResource()
    {
        HttpResult r = m_admin->sendJson(
            "POST", "/api/resources",
            QJsonObject{{u"indicator"_s, kGateway}, {u"name"_s, u"Latchkey gateway"_s}});
        QCOMPARE(r.status, 201);
        const QJsonObject resource = r.object();
        m_resourceId = resource.value(u"id"_s).toString();
        QVERIFY(!m_resourceId.isEmpty());
        QCOMPARE(resource.value(u"tenantId"_s).toString(), u"default"_s);
        QCOMPARE(resource.value(u"indicator"_s).toString(), kGateway);
        QCOMPARE(resource.value(u"name"_s).toString(), u"Latchkey gateway"_s);
        QCOMPARE(resource.value(u"isDefault"_s).toBool(true), false);
        QCOMPARE(resource.value(u"accessTokenTtl"_s).toInt(), 3600);
        QCOMPARE(resource.value(u"scopes"_s).toArray(), QJsonArray());

        // The indicator is unique; the Management API's is taken too.
        r = m_admin->sendJson("POST", "/api/resources",
                              QJsonObject{{u"indicator"_s, kGateway}, {u"name"_s, u"again"_s}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"resource.resource_identifier_in_use"_s);
        r = m_admin->sendJson(
            "POST", "/api/resources",
            QJsonObject{{u"indicator"_s, m_server.apiIndicator()}, {u"name"_s, u"mgmt"_s}});
        QCOMPARE(r.code(), u"resource.resource_identifier_in_use"_s);
        r = m_admin->sendJson("POST", "/api/resources", QJsonObject{{u"name"_s, u"x"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"guard.invalid_input"_s);

        r = m_admin->send("GET", "/api/resources/" + m_resourceId.toLatin1());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"indicator"_s).toString(), kGateway);
        r = m_admin->send("GET", "/api/resources/nope");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"entity.not_exists_with_id"_s);
        QStringList indicators;
        for (const QJsonValue &v : m_admin->send("GET", "/api/resources").array())
            indicators.append(v.toObject().value(u"indicator"_s).toString());
        QVERIFY(indicators.contains(kGateway));
        QVERIFY(indicators.contains(m_server.apiIndicator()));
        QCOMPARE(m_admin
                     ->sendJson("PATCH", "/api/resources/management-api",
                                QJsonObject{{u"accessTokenTtl"_s, 60}})
                     .code(),
                 u"resource.cannot_modify_management_api"_s);

        // Without the Management API's "all" scope the route is forbidden, as on Logto.
        HttpClient anonymous(m_server.endpoint());
        QCOMPARE(anonymous.send("GET", "/api/resources").status, 401);
    }

    void scopesAndRoles()
    {
        const QByteArray scopes = "/api/resources/" + m_resourceId.toLatin1() + "/scopes";
        HttpResult r = m_admin->sendJson(
            "POST", scopes,
            QJsonObject{{u"name"_s, u"gateway:use"_s}, {u"description"_s, u"Use it"_s}});
        QCOMPARE(r.status, 201);
        m_useScopeId = r.object().value(u"id"_s).toString();
        QCOMPARE(r.object().value(u"resourceId"_s).toString(), m_resourceId);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"gateway:use"_s);
        QVERIFY(r.object().value(u"createdAt"_s).isDouble());
        r = m_admin->sendJson("POST", scopes, QJsonObject{{u"name"_s, u"gateway:admin"_s}});
        QCOMPARE(r.status, 201);
        m_adminScopeId = r.object().value(u"id"_s).toString();
        QCOMPARE(
            m_admin->sendJson("POST", scopes, QJsonObject{{u"name"_s, u"gateway:use"_s}}).code(),
            u"scope.name_exists"_s);
        QCOMPARE(m_admin->sendJson("POST", scopes, QJsonObject{{u"name"_s, u"two words"_s}}).code(),
                 u"scope.name_with_space"_s);
        r = m_admin->send("GET", scopes);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 2);

        // A user role granting gateway:use only, given to alice.
        r = m_admin->sendJson("POST", "/api/roles",
                              QJsonObject{{u"name"_s, u"developer"_s},
                                          {u"description"_s, u"Uses the gateway"_s},
                                          {u"type"_s, u"User"_s},
                                          {u"scopeIds"_s, QJsonArray{m_useScopeId}}});
        QCOMPARE(r.status, 200);
        m_roleId = r.object().value(u"id"_s).toString();
        QCOMPARE(r.object().value(u"type"_s).toString(), u"User"_s);
        QCOMPARE(
            m_admin
                ->sendJson("POST", "/api/roles",
                           QJsonObject{{u"name"_s, u"developer"_s}, {u"description"_s, u"again"_s}})
                .code(),
            u"role.name_in_use"_s);
        QCOMPARE(m_admin
                     ->sendJson("POST", "/api/roles",
                                QJsonObject{{u"name"_s, u"ghost"_s},
                                            {u"description"_s, u"x"_s},
                                            {u"scopeIds"_s, QJsonArray{u"nope"_s}}})
                     .status,
                 404);
        r = m_admin->sendJson("POST", "/api/users/" + m_alice.toLatin1() + "/roles",
                              QJsonObject{{u"roleIds"_s, QJsonArray{m_roleId}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(u"addedRoleIds"_s).toArray(), QJsonArray{m_roleId});
        r = m_admin->sendJson("POST", "/api/users/" + m_alice.toLatin1() + "/roles",
                              QJsonObject{{u"roleIds"_s, QJsonArray{m_roleId}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(u"addedRoleIds"_s).toArray(), QJsonArray());
        QCOMPARE(m_admin
                     ->sendJson("POST", "/api/users/nope/roles",
                                QJsonObject{{u"roleIds"_s, QJsonArray{m_roleId}}})
                     .status,
                 404);
    }

    // logto-oidc.md section 3: the exchanged JWT and its claims, all of them.
    void exchangeForResource()
    {
        const HttpResult r = exchange(m_alicePat, resourceForm(kGateway, u"gateway:use"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject answer = r.object();
        QCOMPARE(answer.keys(),
                 (QStringList{u"access_token"_s, u"expires_in"_s, u"scope"_s, u"token_type"_s}));
        QCOMPARE(answer.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(answer.value(u"scope"_s).toString(), u"gateway:use"_s);
        QCOMPARE(answer.value(u"token_type"_s).toString(), u"Bearer"_s);
        const QByteArray jwt = answer.value(u"access_token"_s).toString().toLatin1();
        const QJsonObject header = jwtPart(jwt, 0);
        QCOMPARE(header.value(u"alg"_s).toString(), u"ES384"_s);
        QCOMPARE(header.value(u"typ"_s).toString(), u"at+jwt"_s);
        QVERIFY(!header.value(u"kid"_s).toString().isEmpty());
        const QJsonObject claims = jwtPart(jwt, 1);
        QCOMPARE(claims.keys(), (QStringList{u"aud"_s, u"client_id"_s, u"exp"_s, u"iat"_s, u"iss"_s,
                                             u"jti"_s, u"scope"_s, u"sub"_s}));
        QCOMPARE(claims.value(u"aud"_s).toString(), kGateway);
        QCOMPARE(claims.value(u"sub"_s).toString(), m_alice);
        QCOMPARE(claims.value(u"client_id"_s).toString(), m_server.appId());
        QCOMPARE(claims.value(u"iss"_s).toString(), m_server.endpoint().toString() + u"/oidc"_s);
        QCOMPARE(claims.value(u"scope"_s).toString(), u"gateway:use"_s);
        QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 3600);
        const QJsonObject key = HttpClient(m_server.endpoint())
                                    .send("GET", "/oidc/jwks")
                                    .object()[u"keys"_s][0]
                                    .toObject();
        QVERIFY(verifyEs384(jwt, key));
        QCOMPARE(header.value(u"kid"_s).toString(), key.value(u"kid"_s).toString());

        // A PAT is not used up: the same one exchanges again.
        QCOMPARE(exchange(m_alicePat, resourceForm(kGateway)).status, 200);
    }

    void exchangeVariants_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("jwt");
        QTest::addColumn<QString>("scope");

        const QByteArray gateway = resourceForm(kGateway);
        QTest::newRow("no resource")
            << u"alice"_s << QByteArray() << 200 << QString() << false << QString();
        QTest::newRow("no resource, openid profile")
            << u"alice"_s << QByteArray("&scope=openid%20profile") << 200 << QString() << false
            << u"openid profile"_s;
        QTest::newRow("resource twice")
            << u"alice"_s << gateway + resourceForm(m_server.apiIndicator()) << 200 << QString()
            << false << QString();
        QTest::newRow("unknown resource")
            << u"alice"_s << resourceForm(u"https://unknown.example/api"_s) << 400
            << u"invalid_target"_s << false << QString();
        QTest::newRow("not a url") << u"alice"_s << resourceForm(u"not-a-url"_s) << 400
                                   << u"invalid_target"_s << false << QString();
        QTest::newRow("use and admin, holds use only")
            << u"alice"_s << resourceForm(kGateway, u"gateway:use gateway:admin"_s) << 200
            << QString() << true << u"gateway:use"_s;
        QTest::newRow("use plus OIDC scopes")
            << u"alice"_s << resourceForm(kGateway, u"gateway:use openid offline_access"_s) << 200
            << QString() << true << u"gateway:use"_s;
        QTest::newRow("no scope asked")
            << u"alice"_s << gateway << 200 << QString() << true << QString();
        QTest::newRow("scope that does not exist")
            << u"alice"_s << resourceForm(kGateway, u"some-scope"_s) << 200 << QString() << true
            << QString();
        QTest::newRow("user without the role")
            << u"bob"_s << resourceForm(kGateway, u"gateway:use"_s) << 200 << QString() << true
            << QString();
        QTest::newRow("management API, scope all")
            << u"alice"_s << resourceForm(m_server.apiIndicator(), u"all"_s) << 200 << QString()
            << true << QString();
    }

    void exchangeVariants()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, form);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(bool, jwt);
        QFETCH(QString, scope);
        const HttpResult r = exchange(user == u"bob"_s ? m_bobPat : m_alicePat, form);
        QCOMPARE(r.status, status);
        if (status != 200) {
            QCOMPARE(r.object().value(u"error"_s).toString(), error);
            QCOMPARE(r.object().value(u"code"_s).toString(), u"oidc."_s + error);
            QCOMPARE(r.object().value(u"error_description"_s).toString(),
                     u"resource indicator is missing, or unknown"_s);
            return;
        }
        const QString token = r.object().value(u"access_token"_s).toString();
        QCOMPARE(r.object().value(u"scope"_s).toString(), scope);
        QCOMPARE(r.object().value(u"expires_in"_s).toInt(), 3600);
        if (!jwt) {
            QCOMPARE(token.size(), 43);
            QCOMPARE(token.count(u'.'), 0);
            return;
        }
        const QJsonObject claims = jwtPart(token.toLatin1(), 1);
        QCOMPARE(claims.value(u"sub"_s).toString(), user == u"bob"_s ? m_bob : m_alice);
        // The claim is left out, not empty, when no scope was granted.
        QCOMPARE(claims.contains(u"scope"_s), !scope.isEmpty());
        QCOMPARE(claims.value(u"scope"_s).toString(), scope);
    }

    void exchangeRefusals()
    {
        HttpResult r = exchange(m_alicePat, resourceForm(kGateway), QByteArray());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_request"_s);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"missing required parameter 'subject_token_type'"_s);
        r = exchange(m_alicePat, resourceForm(kGateway), "urn%3Ax");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_grant"_s);
        r = exchange(u"pat_garbage"_s, resourceForm(kGateway));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_grant"_s);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"grant request is invalid"_s);

        // Client authentication: wrong secret, none at all.
        HttpClient client(m_server.endpoint());
        const QByteArray form = "grant_type=" + kExchangeGrant + "&subject_token_type=" + kPatType +
                                "&subject_token=" + m_alicePat.toLatin1() + resourceForm(kGateway);
        r = client.send(
            "POST", "/oidc/token", form, "application/x-www-form-urlencoded",
            {{"Authorization", "Basic " + (m_server.appId() + u":wrong"_s).toLatin1().toBase64()}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_client"_s);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Basic realm=\""));
        QVERIFY(r.header("WWW-Authenticate").contains("error=\"invalid_client\""));
        r = client.send("POST", "/oidc/token", form, "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_request"_s);
        QCOMPARE(r.object().value(u"error_description"_s).toString(),
                 u"no client authentication mechanism provided"_s);
    }

    // PATCH accessTokenTtl: the next exchanged token lives that long.
    void resourceTokenLifetime()
    {
        HttpResult r = m_admin->sendJson("PATCH", "/api/resources/" + m_resourceId.toLatin1(),
                                         QJsonObject{{u"accessTokenTtl"_s, 600}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"accessTokenTtl"_s).toInt(), 600);
        r = exchange(m_alicePat, resourceForm(kGateway));
        QCOMPARE(r.object().value(u"expires_in"_s).toInt(), 600);
        const QJsonObject claims = jwtPart(r.object()[u"access_token"_s].toString().toLatin1(), 1);
        QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 600);
        QCOMPARE(m_admin
                     ->sendJson("PATCH", "/api/resources/" + m_resourceId.toLatin1(),
                                QJsonObject{{u"accessTokenTtl"_s, 3600}})
                     .status,
                 200);
    }

    // logto-oidc.md section 7: a resource's token is refused by the Management API (aud), and
    // a Management-API-audience token of a user has no scope (403).
    void crossAudience()
    {
        HttpClient asUser(m_server.endpoint());
        asUser.setBearer(exchange(m_alicePat, resourceForm(kGateway, u"gateway:use"_s))
                             .object()[u"access_token"_s]
                             .toString()
                             .toLatin1());
        HttpResult r = asUser.send("GET", "/api/users");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"auth.unauthorized"_s);
        QCOMPARE(r.object()[u"data"_s][u"claim"_s].toString(), u"aud"_s);
        asUser.setBearer(exchange(m_alicePat, resourceForm(m_server.apiIndicator(), u"all"_s))
                             .object()[u"access_token"_s]
                             .toString()
                             .toLatin1());
        r = asUser.send("GET", "/api/users");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"auth.forbidden"_s);
    }

    void discovery_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("openid-configuration")
            << QByteArray("/oidc/.well-known/openid-configuration");
        QTest::newRow("oauth-authorization-server")
            << QByteArray("/oidc/.well-known/oauth-authorization-server");
    }

    void discovery()
    {
        QFETCH(QByteArray, path);
        const HttpResult r = HttpClient(m_server.endpoint()).send("GET", path);
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.object();
        const QString oidc = m_server.endpoint().toString() + u"/oidc"_s;
        QCOMPARE(d.value(u"issuer"_s).toString(), oidc);
        QCOMPARE(d.value(u"token_endpoint"_s).toString(), oidc + u"/token"_s);
        QCOMPARE(d.value(u"jwks_uri"_s).toString(), oidc + u"/jwks"_s);
        QCOMPARE(d.value(u"authorization_endpoint"_s).toString(), oidc + u"/auth"_s);
        QCOMPARE(d.value(u"device_authorization_endpoint"_s).toString(), oidc + u"/device/auth"_s);
        QCOMPARE(d.value(u"revocation_endpoint"_s).toString(), oidc + u"/token/revocation"_s);
        QCOMPARE(d.value(u"userinfo_endpoint"_s).toString(), oidc + u"/me"_s);
        QCOMPARE(d.value(u"code_challenge_methods_supported"_s).toArray(), QJsonArray{u"S256"_s});
        QCOMPARE(d.value(u"id_token_signing_alg_values_supported"_s).toArray(),
                 QJsonArray{u"ES384"_s});
        QVERIFY(d.value(u"grant_types_supported"_s)
                    .toArray()
                    .contains(u"urn:ietf:params:oauth:grant-type:token-exchange"_s));
        QVERIFY(d.value(u"scopes_supported"_s).toArray().contains(u"offline_access"_s));
        QCOMPARE(d.value(u"request_uri_parameter_supported"_s).toBool(true), false);
        // The JWKS it names answers with Logto's headers.
        const HttpResult jwks = HttpClient(m_server.endpoint()).send("GET", "/oidc/jwks");
        QCOMPARE(jwks.header("Content-Type"),
                 QByteArray("application/jwk-set+json; charset=utf-8"));
        QCOMPARE(jwks.header("Cache-Control"), QByteArray("no-cache, max-age=0, must-revalidate"));
    }

    void noDiscoveryAtTheRoot()
    {
        QCOMPARE(
            HttpClient(m_server.endpoint()).send("GET", "/.well-known/openid-configuration").status,
            404);
    }

    // In-process helpers the gateway tests rely on.
    void ensureResourceAndTestKey()
    {
        QCOMPARE(m_server.ensureResource(kGateway, u"ignored"_s), m_resourceId);
        const QString other = m_server.ensureResource(u"https://other.test/api"_s, u"Other"_s);
        QVERIFY(!other.isEmpty() && other != m_resourceId);
        QVERIFY(exchange(m_alicePat, resourceForm(u"https://other.test/api"_s)).status == 200);
        // Without test hooks the sandbox signs nothing it is handed.
        QVERIFY(
            m_server.signWithSandboxKey({{u"alg"_s, u"ES384"_s}}, {{u"sub"_s, u"x"_s}}).isEmpty());
        SandboxServer hooked;
        SandboxOptions options;
        options.testHooks = true;
        QVERIFY(hooked.start(options));
        const QByteArray forged = hooked.signWithSandboxKey(
            {{u"alg"_s, u"ES384"_s}, {u"kid"_s, u"k"_s}}, {{u"sub"_s, u"x"_s}});
        QCOMPARE(jwtPart(forged, 0).value(u"kid"_s).toString(), u"k"_s);
        const QJsonObject key = HttpClient(hooked.endpoint())
                                    .send("GET", "/oidc/jwks")
                                    .object()[u"keys"_s][0]
                                    .toObject();
        QVERIFY(verifyEs384(forged, key));
    }
};

QTEST_GUILESS_MAIN(TestSandboxResources)
#include "tst_sandboxresources.moc"
