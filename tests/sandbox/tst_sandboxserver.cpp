// The sandbox against the wire contract (docs/logto-api.md) over real HTTP.
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtesthelpers.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace latchkey;
using namespace sandboxtest;

namespace {

QByteArray patPath(const QString &userId)
{
    return "/api/users/" + QUrl::toPercentEncoding(userId) + "/personal-access-tokens";
}

QByteArray legacyPath(const QString &userId, const QString &name)
{
    return patPath(userId) + '/' + QUrl::toPercentEncoding(name);
}

QJsonObject nameBody(const QString &name)
{
    return {{u"name"_s, name}};
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_me;

    HttpResult createToken(const QString &name,
                           const QJsonValue &expiresAt = QJsonValue(QJsonValue::Undefined))
    {
        QJsonObject body = nameBody(name);
        if (!expiresAt.isUndefined())
            body.insert(u"expiresAt"_s, expiresAt);
        return m_http->sendJson("POST", patPath(m_me), body);
    }

    QStringList tokenNames()
    {
        QStringList names;
        for (const QJsonValue &t : m_http->send("GET", patPath(m_me)).array())
            names.append(t.toObject().value(u"name"_s).toString());
        return names;
    }

    QJsonObject listedToken(const QString &name)
    {
        for (const QJsonValue &t : m_http->send("GET", patPath(m_me)).array()) {
            if (t.toObject().value(u"name"_s).toString() == name)
                return t.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.seedUsers = 45;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        QCOMPARE(m_server.endpoint().host(), u"127.0.0.1"_s);
        QVERIFY(m_server.endpoint().port() > 0);
        QCOMPARE(m_server.apiIndicator(), u"https://default.logto.app/api"_s);
        m_me = m_server.primaryUserId();
        QVERIFY(QRegularExpression(u"^[0-9a-z]{12}$"_s).match(m_me).hasMatch());
        m_http = std::make_unique<HttpClient>(m_server.endpoint());
        QVERIFY(m_http->authenticate(m_server.appId(), m_server.appSecret()));
    }

    void busyPortIsAnError()
    {
        SandboxServer second;
        SandboxOptions options;
        options.port = quint16(m_server.endpoint().port());
        QString error;
        QVERIFY(!second.start(options, &error));
        QVERIFY(error.contains(QString::number(options.port)));
    }

    void clientCredentialsAnswer()
    {
        const HttpResult r = m_http->clientCredentials(m_server.appId(), m_server.appSecret());
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(o.value(u"scope"_s).toString(), u"all"_s);
        QCOMPARE(o.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(o.value(u"access_token"_s).toString().count(u'.'), 2);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    }

    void clientSecretPost()
    {
        const QByteArray form =
            "grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi"
            "&scope=all&client_id=" +
            m_server.appId().toLatin1() + "&client_secret=" + m_server.appSecret().toLatin1();
        HttpClient plain(m_server.endpoint());
        const HttpResult r =
            plain.send("POST", "/oidc/token", form, "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().value(u"access_token"_s).toString().isEmpty());
    }

    void wrongSecretIsInvalidClient()
    {
        const HttpResult r = m_http->clientCredentials(m_server.appId(), u"wrong"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"code"_s, u"oidc.invalid_client"_s},
                              {u"message"_s, u"An OIDC error occurred: oidc.invalid_client."_s},
                              {u"error"_s, u"invalid_client"_s},
                              {u"error_description"_s, u"client authentication failed"_s}}));
        QCOMPARE(m_http->clientCredentials(u"nosuchapp"_s, u"x"_s).status, 401);
    }

    void missingResourceIsInvalidTarget()
    {
        const HttpResult r =
            m_http->clientCredentials(m_server.appId(), m_server.appSecret(), "&scope=all");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"oidc.invalid_target"_s);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"invalid_target"_s);
        QVERIFY(!r.object().value(u"error_description"_s).toString().isEmpty());
        QCOMPARE(m_http
                     ->clientCredentials(m_server.appId(), m_server.appSecret(),
                                         "&resource=https%3A%2F%2Fother.example%2Fapi")
                     .code(),
                 u"oidc.invalid_target"_s);
    }

    void accessTokenIsVerifiableJwt()
    {
        const QByteArray jwt = m_http->clientCredentials(m_server.appId(), m_server.appSecret())
                                   .object()
                                   .value(u"access_token"_s)
                                   .toString()
                                   .toLatin1();
        const QJsonObject header = jwtPart(jwt, 0);
        QCOMPARE(header.value(u"alg"_s).toString(), u"ES384"_s);
        QCOMPARE(header.value(u"typ"_s).toString(), u"at+jwt"_s);
        const QJsonObject claims = jwtPart(jwt, 1);
        QCOMPARE(claims.value(u"sub"_s).toString(), m_server.appId());
        QCOMPARE(claims.value(u"client_id"_s).toString(), m_server.appId());
        QCOMPARE(claims.value(u"aud"_s).toString(), m_server.apiIndicator());
        QCOMPARE(claims.value(u"iss"_s).toString(), m_server.endpoint().toString() + u"/oidc"_s);
        QCOMPARE(claims.value(u"scope"_s).toString(), u"all"_s);
        QVERIFY(!claims.value(u"jti"_s).toString().isEmpty());
        QCOMPARE(qint64(claims.value(u"exp"_s).toDouble() - claims.value(u"iat"_s).toDouble()),
                 3600);
        QVERIFY(qAbs(qint64(claims.value(u"iat"_s).toDouble()) -
                     QDateTime::currentSecsSinceEpoch()) < 5);

        HttpClient plain(m_server.endpoint());
        const HttpResult jwks = plain.send("GET", "/oidc/jwks");
        QCOMPARE(jwks.status, 200);
        const QJsonArray keys = jwks.object().value(u"keys"_s).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys[0].toObject();
        QCOMPARE(key.value(u"kty"_s).toString(), u"EC"_s);
        QCOMPARE(key.value(u"crv"_s).toString(), u"P-384"_s);
        QCOMPARE(key.value(u"alg"_s).toString(), u"ES384"_s);
        QCOMPARE(key.value(u"use"_s).toString(), u"sig"_s);
        QCOMPARE(key.value(u"kid"_s).toString(), header.value(u"kid"_s).toString());
        QCOMPARE(base64UrlDecode(parts(jwt)[2]).size(), 96);
        QVERIFY(verifyEs384(jwt, key));
        QByteArray tampered = jwt;
        tampered[tampered.indexOf('.') + 5] =
            tampered[tampered.indexOf('.') + 5] == 'A' ? 'B' : 'A';
        QVERIFY(!verifyEs384(tampered, key));
    }

    void bearerProblems()
    {
        HttpClient anonymous(m_server.endpoint());
        HttpResult r = anonymous.send("GET", "/api/users");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"auth.authorization_header_missing"_s);

        anonymous.setBearer("not-a-jwt");
        r = anonymous.send("GET", "/api/users");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"auth.unauthorized"_s);
        QVERIFY(r.object().contains(u"data"_s));

        // A valid signature over changed claims must fail.
        const QByteArray jwt = m_http->clientCredentials(m_server.appId(), m_server.appSecret())
                                   .object()
                                   .value(u"access_token"_s)
                                   .toString()
                                   .toLatin1();
        QList<QByteArray> p = parts(jwt);
        QJsonObject claims = jwtPart(jwt, 1);
        claims.insert(u"exp"_s, claims.value(u"exp"_s).toDouble() + 1000);
        p[1] = QJsonDocument(claims)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        anonymous.setBearer(p.join('.'));
        r = anonymous.send("GET", "/api/users");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(u"data"_s).toObject().value(u"code"_s).toString(),
                 u"ERR_JWS_SIGNATURE_VERIFICATION_FAILED"_s);

        // Unknown routes under /api still need the bearer first, as on Logto.
        QCOMPARE(HttpClient(m_server.endpoint()).send("GET", "/api/nothing-here").status, 401);
    }

    void expiredAccessToken()
    {
        SandboxServer shortLived;
        SandboxOptions options;
        options.tokenLifetimeSeconds = 1;
        QVERIFY(shortLived.start(options));
        HttpClient client(shortLived.endpoint());
        QVERIFY(client.authenticate(shortLived.appId(), shortLived.appSecret()));
        QCOMPARE(client.send("GET", "/api/users").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(client.send("GET", "/api/users").status, 401, 10000);
        const HttpResult r = client.send("GET", "/api/users");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"auth.unauthorized"_s);
        QCOMPARE(r.object().value(u"data"_s).toObject().value(u"code"_s).toString(),
                 u"ERR_JWT_EXPIRED"_s);
    }

    void appWithoutManagementAccessIsForbidden()
    {
        const auto app = m_server.createApp(false, false);
        HttpClient client(m_server.endpoint());
        QVERIFY(client.authenticate(app.appId, app.appSecret));
        const HttpResult r = client.send("GET", "/api/users");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"auth.forbidden"_s);
    }

    void createListRenameDelete_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("renamed");
        QTest::newRow("plain") << u"Desktop CLI"_s << u"Desktop CLI 2"_s;
        QTest::newRow("specials") << u"déploiement / CI #1 ?%"_s << u"a/b%2F?x=1#frag"_s;
        QTest::newRow("cjk") << u"部署令牌"_s << u"部署令牌 (旧)"_s;
        QTest::newRow("spaces") << u"  leading and trailing  "_s << u"   "_s;
        QTest::newRow("delete") << u"delete"_s << u"personal-access-tokens"_s;
        QTest::newRow("256") << QString(256, u'x') << QString(255, u'é') + u'!';
        QTest::newRow("emoji") << u"🔑 key"_s << u"🔑🔑"_s;
        QTest::newRow("escapes") << u"say \"hi\" \\ C:\\tmp"_s << u"tab\there\u0001\u001f end"_s;
    }

    void createListRenameDelete()
    {
        QFETCH(QString, name);
        QFETCH(QString, renamed);
        // Body-based calls.
        HttpResult r = createToken(name);
        QCOMPARE(r.status, 201);
        QJsonObject token = r.object();
        QCOMPARE(token.value(u"name"_s).toString(), name);
        QCOMPARE(token.value(u"userId"_s).toString(), m_me);
        QVERIFY(token.value(u"expiresAt"_s).isNull());
        QVERIFY(QRegularExpression(u"^pat_[0-9A-Za-z]{32}$"_s)
                    .match(token.value(u"value"_s).toString())
                    .hasMatch());
        // The list writes its objects itself: each must read as the create answer did.
        QCOMPARE(listedToken(name), token);

        r = m_http->sendJson("PATCH", patPath(m_me),
                             QJsonObject{{u"currentName"_s, name}, {u"name"_s, renamed}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"name"_s).toString(), renamed);
        QCOMPARE(r.object().value(u"value"_s), token.value(u"value"_s));
        QCOMPARE(r.object().value(u"createdAt"_s), token.value(u"createdAt"_s));
        QVERIFY(!tokenNames().contains(name));
        QCOMPARE(listedToken(renamed), r.object());

        r = m_http->sendJson("POST", patPath(m_me) + "/delete", nameBody(renamed));
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!tokenNames().contains(renamed));

        // Legacy path calls: the name as one percent-encoded segment.
        QCOMPARE(createToken(name).status, 201);
        r = m_http->sendJson("PATCH", legacyPath(m_me, name), nameBody(renamed));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"name"_s).toString(), renamed);
        r = m_http->send("DELETE", legacyPath(m_me, renamed));
        QCOMPARE(r.status, 204);
        QVERIFY(!tokenNames().contains(renamed));
        QVERIFY(!tokenNames().contains(name));
    }

    void nameValidation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pathName");  // a legacy call on this name; empty: body-based
        QTest::addColumn<QByteArray>("suffix"); // after .../personal-access-tokens
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("existing"); // a token made first
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");      // empty: not checked
        QTest::addColumn<QJsonObject>("issue"); // what the first zod issue must say
        // zod counts UTF-16 units: 128 emoji are 256 units, 129 are too many.
        QString emoji;
        for (int i = 0; i < 128; ++i)
            emoji += u"🔑"_s;
        const QString guard = u"guard.invalid_input"_s;
        const QJsonArray namePath{u"name"_s};

        QTest::newRow("create, empty name")
            << "POST"_ba << QString() << QByteArray() << nameBody(QString()) << QString() << 400
            << guard << QJsonObject{{u"code"_s, u"too_small"_s}, {u"path"_s, namePath}};
        QTest::newRow("create, 257 characters")
            << "POST"_ba << QString() << QByteArray() << nameBody(QString(257, u'x')) << QString()
            << 400 << guard << QJsonObject{{u"code"_s, u"too_big"_s}};
        QTest::newRow("create, 128 emoji")
            << "POST"_ba << QString() << QByteArray() << nameBody(emoji) << QString() << 201
            << QString() << QJsonObject{};
        QTest::newRow("create, 129 emoji")
            << "POST"_ba << QString() << QByteArray() << nameBody(emoji + u"🔑"_s) << QString()
            << 400 << QString() << QJsonObject{};
        QTest::newRow("create, no name")
            << "POST"_ba << QString() << QByteArray() << QJsonObject{} << QString() << 400
            << QString() << QJsonObject{{u"message"_s, u"Required"_s}};
        QTest::newRow("create, number as name")
            << "POST"_ba << QString() << QByteArray() << QJsonObject{{u"name"_s, 42}} << QString()
            << 400 << guard << QJsonObject{};
        QTest::newRow("rename to empty")
            << "PATCH"_ba << QString() << QByteArray()
            << QJsonObject{{u"currentName"_s, emoji}, {u"name"_s, u""_s}} << emoji << 400 << guard
            << QJsonObject{};
        QTest::newRow("legacy rename to 257 characters")
            << "PATCH"_ba << emoji << QByteArray() << nameBody(QString(257, u'y')) << emoji << 400
            << guard << QJsonObject{};
        QTest::newRow("delete, no name") << "POST"_ba << QString() << "/delete"_ba << QJsonObject{}
                                         << QString() << 400 << QString() << QJsonObject{};
        QTest::newRow("delete, 128 emoji")
            << "POST"_ba << QString() << "/delete"_ba << nameBody(emoji) << emoji << 204
            << QString() << QJsonObject{};
    }

    void nameValidation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, pathName);
        QFETCH(QByteArray, suffix);
        QFETCH(QJsonObject, body);
        QFETCH(QString, existing);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QJsonObject, issue);

        if (!existing.isEmpty() && !tokenNames().contains(existing))
            QCOMPARE(createToken(existing).status, 201);
        const QByteArray target =
            pathName.isEmpty() ? patPath(m_me) + suffix : legacyPath(m_me, pathName);
        const HttpResult r = m_http->sendJson(method, target, body);
        QCOMPARE(r.status, status);
        if (!code.isEmpty())
            QCOMPARE(r.code(), code);
        if (!issue.isEmpty()) {
            const QJsonArray issues =
                r.object().value(u"data"_s).toObject().value(u"issues"_s).toArray();
            QCOMPARE(issues.size(), 1);
            const QJsonObject first = issues[0].toObject();
            QVERIFY(!first.value(u"message"_s).toString().isEmpty());
            for (auto it = issue.begin(); it != issue.end(); ++it)
                QCOMPARE(first.value(it.key()), it.value());
        }
        // Leaves no token behind for the next row.
        if (status == 201)
            QCOMPARE(m_http->sendJson("POST", patPath(m_me) + "/delete", body).status, 204);
    }

    void refusedExpiresAt_data()
    {
        QTest::addColumn<QJsonValue>("expiresAt");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("issueCode"); // of the zod issue on expiresAt; empty: none
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString invalid = u"request.invalid_input"_s;
        QTest::newRow("past") << QJsonValue(double(now - 1000)) << invalid << QString();
        // Seconds are taken as milliseconds, hence in the past.
        QTest::newRow("seconds") << QJsonValue(double(now / 1000 + 86'400)) << invalid << QString();
        QTest::newRow("huge") << QJsonValue(1e300) << invalid << QString();
        QTest::newRow("ISO string") << QJsonValue(u"2030-01-01T00:00:00Z"_s)
                                    << u"guard.invalid_input"_s << u"invalid_type"_s;
    }

    void refusedExpiresAt()
    {
        QFETCH(QJsonValue, expiresAt);
        QFETCH(QString, code);
        QFETCH(QString, issueCode);
        const HttpResult r = createToken(u"refused expiry"_s, expiresAt);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), code);
        if (!issueCode.isEmpty()) {
            const QJsonObject issue = r.object()[u"data"_s][u"issues"_s][0].toObject();
            QCOMPARE(issue.value(u"code"_s).toString(), issueCode);
            QCOMPARE(issue.value(u"path"_s).toArray(), QJsonArray{u"expiresAt"_s});
        }
    }

    void expiresAtRules()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        HttpResult r = createToken(u"expiry future"_s, double(now + 86'400'000));
        QCOMPARE(r.status, 201);
        QCOMPARE(qint64(r.object().value(u"expiresAt"_s).toDouble()), now + 86'400'000);

        r = createToken(u"expiry null"_s, QJsonValue(QJsonValue::Null));
        QCOMPARE(r.status, 201);
        QVERIFY(r.object().value(u"expiresAt"_s).isNull());

        // Unknown fields are ignored; PATCH ignores expiresAt.
        r = m_http->sendJson(
            "POST", patPath(m_me),
            QJsonObject{{u"name"_s, u"extra"_s}, {u"scopes"_s, QJsonArray{u"x"_s}}});
        QCOMPARE(r.status, 201);
        r = m_http->sendJson("PATCH", patPath(m_me),
                             QJsonObject{{u"currentName"_s, u"extra"_s},
                                         {u"name"_s, u"extra2"_s},
                                         {u"expiresAt"_s, double(now + 5000)}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"expiresAt"_s).isNull());

        // Expired tokens stay in the list.
        r = createToken(u"soon expired"_s, double(now + 600));
        QCOMPARE(r.status, 201);
        const qint64 expiresAt = qint64(r.object().value(u"expiresAt"_s).toDouble());
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > expiresAt);
        QVERIFY(tokenNames().contains(u"soon expired"_s));
    }

    void notFoundCodes()
    {
        QCOMPARE(m_http->send("GET", patPath(u"nosuchuser01"_s)).code(), u"entity.not_found"_s);
        HttpResult r = m_http->sendJson("POST", patPath(u"nosuchuser01"_s), nameBody(u"x"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"entity.relation_foreign_key_not_found"_s);

        r = m_http->sendJson("PATCH", patPath(m_me),
                             QJsonObject{{u"currentName"_s, u"missing"_s}, {u"name"_s, u"y"_s}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"entity.not_exists"_s);
        r = m_http->sendJson("PATCH", patPath(m_me), nameBody(u"missing"_s)); // no currentName
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"entity.not_exists"_s);
        r = m_http->sendJson("PATCH", legacyPath(m_me, u"missing"_s), nameBody(u"y"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"entity.not_exists"_s);

        r = m_http->sendJson("POST", patPath(m_me) + "/delete", nameBody(u"missing"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"entity.not_found"_s);
        QCOMPARE(r.object().value(u"message"_s).toString(), u"The resource does not exist."_s);
        QCOMPARE(m_http->sendJson("POST", patPath(m_me) + "/delete", nameBody(QString())).status,
                 404);
        QCOMPARE(m_http->send("DELETE", legacyPath(m_me, u"missing"_s)).status, 404);

        // A raw '/' splits the segment and routes nowhere; so does malformed percent-encoding.
        QCOMPARE(createToken(u"a/b"_s).status, 201);
        QCOMPARE(m_http->send("DELETE", patPath(m_me) + "/a/b").status, 404);
        QCOMPARE(m_http->send("DELETE", patPath(m_me) + "/a%E0").status, 404);
        // QUrl refuses a broken escape, so send that one over a raw socket.
        const RawAnswer broken = parseRaw(rawExchange(
            m_server.endpoint().port(), rawRequest("DELETE", patPath(m_me) + "/a%2", bearer())));
        QCOMPARE(broken.status, 404);
        QVERIFY(tokenNames().contains(u"a/b"_s));
        QCOMPARE(m_http->send("DELETE", patPath(m_me) + "/a%2Fb").status, 204);

        QCOMPARE(m_http->send("GET", "/api/users/nosuchuser01").status, 404);
    }

    void namesAreExactAndUnique()
    {
        QCOMPARE(createToken(u"Desktop-CLI"_s).status, 201);
        QCOMPARE(createToken(u"desktop-cli"_s).status, 201);
        HttpResult r = createToken(u"Desktop-CLI"_s);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"user.personal_access_token_name_exists"_s);
        r = m_http->sendJson(
            "PATCH", patPath(m_me),
            QJsonObject{{u"currentName"_s, u"desktop-cli"_s}, {u"name"_s, u"Desktop-CLI"_s}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"user.personal_access_token_name_exists"_s);
        r = m_http->sendJson("PATCH", legacyPath(m_me, u"desktop-cli"_s),
                             nameBody(u"Desktop-CLI"_s));
        QCOMPARE(r.status, 422);
        // PATCH {name} without currentName: an in-place no-op.
        r = m_http->sendJson("PATCH", patPath(m_me), nameBody(u"desktop-cli"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"desktop-cli"_s);
        // The same name on another user is fine.
        const QString other =
            m_http->send("GET", "/api/users?page_size=1&page=2").array()[0][u"id"_s].toString();
        QVERIFY(!other.isEmpty() && other != m_me);
        QCOMPARE(m_http->sendJson("POST", patPath(other), nameBody(u"Desktop-CLI"_s)).status, 201);
    }

    void concurrentCreatesOfOneName()
    {
        QList<QNetworkReply *> replies;
        const QByteArray body = QJsonDocument(nameBody(u"race"_s)).toJson(QJsonDocument::Compact);
        for (int i = 0; i < 10; ++i)
            replies.append(m_http->start("POST", patPath(m_me), body, "application/json"));
        int created = 0, taken = 0;
        for (QNetworkReply *reply : replies) {
            const HttpResult r = HttpClient::finish(reply);
            if (r.status == 201)
                ++created;
            else if (r.status == 422 && r.code() == u"user.personal_access_token_name_exists"_s)
                ++taken;
        }
        QCOMPARE(created, 1);
        QCOMPARE(taken, 9);
        QCOMPARE(tokenNames().count(u"race"_s), 1);
    }

    void usersPaging()
    {
        HttpResult r = m_http->send("GET", "/api/users");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 20);
        QCOMPARE(r.header("Total-Number"), QByteArray("46"));
        r = m_http->send("GET", "/api/users?page=3&page_size=20");
        QCOMPARE(r.array().size(), 6);
        r = m_http->send("GET", "/api/users?page=4&page_size=20");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 0);
        QCOMPARE(r.header("Total-Number"), QByteArray("46"));
        r = m_http->send("GET", "/api/users?page_size=100");
        QCOMPARE(r.array().size(), 46);
        qint64 previous = std::numeric_limits<qint64>::max();
        QSet<QString> ids;
        for (const QJsonValue &u : r.array()) {
            const qint64 createdAt = qint64(u[u"createdAt"_s].toDouble());
            QVERIFY(createdAt <= previous); // newest first
            previous = createdAt;
            ids.insert(u[u"id"_s].toString());
        }
        QCOMPARE(ids.size(), 46);
        QVERIFY(ids.contains(m_me));
        for (const char *bad :
             {"page_size=0", "page_size=101", "page=0", "page=-1", "page_size=abc"}) {
            r = m_http->send("GET", QByteArray("/api/users?") + bad);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), u"guard.invalid_pagination"_s);
        }
    }

    void linkHeaders()
    {
        const QByteArray raw =
            rawExchange(m_server.endpoint().port(),
                        rawRequest("GET", "/api/users?page=2&page_size=10", bearer()));
        const RawAnswer answer = parseRaw(raw);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.values("Total-Number"), QList<QByteArray>{"46"});
        const QByteArray base = m_server.endpoint().toString().toLatin1() + "/users?";
        QCOMPARE(answer.values("Link"),
                 (QList<QByteArray>{"<" + base + "page=1&page_size=10>; rel=\"first\"",
                                    "<" + base + "page=5&page_size=10>; rel=\"last\"",
                                    "<" + base + "page=1&page_size=10>; rel=\"prev\"",
                                    "<" + base + "page=3&page_size=10>; rel=\"next\""}));
    }

    void usersSearch()
    {
        HttpResult r = m_http->send("GET", "/api/users?search=%25ALEX%25");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Total-Number"), QByteArray("1"));
        QCOMPARE(r.array()[0][u"id"_s].toString(), m_me);
        QCOMPARE(r.array()[0][u"name"_s].toString(), u"Alex Developer"_s);
        r = m_http->send("GET", "/api/users?search=%25Test%20User%25&page_size=100");
        QCOMPARE(r.array().size(), 45);
        r = m_http->send("GET", "/api/users?search=%25" + m_me.left(6).toLatin1() + "%25");
        QVERIFY(r.array().size() >= 1);
        r = m_http->send("GET", "/api/users?search.name=%25developer");
        QCOMPARE(r.array().size(), 1);
        r = m_http->send("GET", "/api/users?search.username=alex_developer&mode.username=exact");
        QCOMPARE(r.array().size(), 1);
        r = m_http->send("GET", "/api/users?search.username=alex%25&mode.username=exact");
        QCOMPARE(r.array().size(), 0);
        // Case sensitivity, joints, several exact values, and the errors Logto raises.
        QCOMPARE(
            m_http->send("GET", "/api/users?search=%25ALEX%25&isCaseSensitive=true").array().size(),
            0);
        QCOMPARE(
            m_http->send("GET", "/api/users?search=%25Alex%25&isCaseSensitive=true").array().size(),
            1);
        QCOMPARE(m_http->send("GET", "/api/users?search.name=Alex_Developer&isCaseSensitive=true")
                     .array()
                     .size(),
                 1);
        QCOMPARE(
            m_http->send("GET", "/api/users?search.username=ALEX_DEVELOPER&mode.username=exact")
                .array()
                .size(),
            1);
        QCOMPARE(
            m_http
                ->send(
                    "GET",
                    "/api/"
                    "users?search.username=ALEX_DEVELOPER&mode.username=exact&isCaseSensitive=true")
                .array()
                .size(),
            0);
        const QByteArray two =
            "/api/users?mode=exact&search.name=Alex%20Developer&search.name=Test%20User%201";
        QCOMPARE(m_http->send("GET", two).array().size(), 2);
        QCOMPARE(
            m_http
                ->send(
                    "GET",
                    "/api/users?search.name=%25Test%25&search.primaryEmail=%25example%25&joint=and")
                .header("Total-Number"),
            QByteArray("45"));
        QCOMPARE(
            m_http->send("GET", "/api/users?search.name=%25Test%25&search.username=alex_developer")
                .header("Total-Number"),
            QByteArray("46"));
        QCOMPARE(
            m_http
                ->send("GET",
                       "/api/users?search.name=%25Test%25&search.username=alex_developer&joint=and")
                .header("Total-Number"),
            QByteArray("0"));
        for (const char *bad :
             {"search=", "search.name=a&search.name=b", "search.password=x", "joint=xor&search=a",
              "mode=regex&search=a", "search.name.first=a"}) {
            r = m_http->send("GET", QByteArray("/api/users?") + bad);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), u"request.invalid_input"_s);
        }

        r = m_http->send("GET", "/api/users?search=%25nobody-matches-this%25");
        QCOMPARE(r.array().size(), 0);
        QCOMPARE(r.header("Total-Number"), QByteArray("0"));
    }

    void usersCreateGetAndSchema()
    {
        HttpResult r = m_http->sendJson("POST", "/api/users",
                                        QJsonObject{{u"username"_s, u"jordan_lee"_s},
                                                    {u"primaryEmail"_s, u"jordan@example.com"_s},
                                                    {u"name"_s, u"Jordan Lee"_s}});
        QCOMPARE(r.status, 200);
        const QJsonObject user = r.object();
        QVERIFY(QRegularExpression(u"^[0-9a-z]{12}$"_s).match(user[u"id"_s].toString()).hasMatch());
        QVERIFY(user[u"primaryPhone"_s].isNull());
        QVERIFY(user[u"lastSignInAt"_s].isNull());
        QCOMPARE(schemaProblem(user, responseSchema(u"/api/users"_s, u"post"_s, u"200"_s)),
                 QString());

        r = m_http->send("GET", "/api/users/" + user[u"id"_s].toString().toLatin1());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), user);
        QCOMPARE(
            schemaProblem(r.object(), responseSchema(u"/api/users/{userId}"_s, u"get"_s, u"200"_s)),
            QString());

        r = m_http->send("GET", "/api/users?page_size=100");
        QCOMPARE(
            schemaProblem(r.json().array(), responseSchema(u"/api/users"_s, u"get"_s, u"200"_s)),
            QString());

        r = m_http->sendJson("POST", "/api/users", QJsonObject{{u"username"_s, u"jordan_lee"_s}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"user.username_already_in_use"_s);
        r = m_http->sendJson("POST", "/api/users", QJsonObject{{u"username"_s, u"1bad name"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"guard.invalid_input"_s);
    }

    void tokenSchemas()
    {
        const QString pats = u"/api/users/{userId}/personal-access-tokens"_s;
        HttpResult r =
            createToken(u"schema check"_s, double(QDateTime::currentMSecsSinceEpoch() + 3'600'000));
        QCOMPARE(schemaProblem(r.object(), responseSchema(pats, u"post"_s, u"201"_s)), QString());
        r = m_http->send("GET", patPath(m_me));
        QVERIFY(r.array().size() > 1);
        QCOMPARE(schemaProblem(r.json().array(), responseSchema(pats, u"get"_s, u"200"_s)),
                 QString());
        r = m_http->sendJson(
            "PATCH", patPath(m_me),
            QJsonObject{{u"currentName"_s, u"schema check"_s}, {u"name"_s, u"schema check 2"_s}});
        QCOMPARE(schemaProblem(r.object(), responseSchema(pats, u"patch"_s, u"200"_s)), QString());
        r = m_http->sendJson("PATCH", legacyPath(m_me, u"schema check 2"_s),
                             nameBody(u"schema check 3"_s));
        QCOMPARE(
            schemaProblem(r.object(), responseSchema(pats + u"/{name}"_s, u"patch"_s, u"200"_s)),
            QString());
        // The checker itself rejects a wrong shape.
        QVERIFY(
            !schemaProblem(QJsonObject{{u"name"_s, 1}}, responseSchema(pats, u"post"_s, u"201"_s))
                 .isEmpty());
    }

    void tokenExchange()
    {
        const auto exchanger = m_server.createApp(false, true);
        const auto noExchange = m_server.createApp(true, false);
        const QString pat = createToken(u"exchange me"_s).object()[u"value"_s].toString();
        QVERIFY(pat.startsWith(u"pat_"_s));
        auto exchange = [&](const SandboxServer::AppCredentials &app, const QString &subject,
                            bool withResource = true) {
            HttpClient client(m_server.endpoint());
            QByteArray form = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange"
                              "&subject_token_type=urn%3Alogto%3Atoken-type%3Apersonal_access_token"
                              "&subject_token=" +
                              QUrl::toPercentEncoding(subject);
            if (withResource)
                form += "&resource=https%3A%2F%2Fdefault.logto.app%2Fapi";
            const QByteArray basic = (app.appId + u':' + app.appSecret).toLatin1().toBase64();
            return client.send("POST", "/oidc/token", form, "application/x-www-form-urlencoded",
                               {{"Authorization", "Basic " + basic}});
        };
        HttpResult r = exchange(exchanger, pat);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"token_type"_s].toString(), u"Bearer"_s);
        QCOMPARE(r.object()[u"scope"_s].toString(), QString());
        QVERIFY(!r.object().contains(u"refresh_token"_s));
        const QByteArray jwt = r.object()[u"access_token"_s].toString().toLatin1();
        const QJsonObject claims = jwtPart(jwt, 1);
        QCOMPARE(claims[u"sub"_s].toString(), m_me);
        QCOMPARE(claims[u"client_id"_s].toString(), exchanger.appId);
        QCOMPARE(claims[u"aud"_s].toString(), m_server.apiIndicator());
        QCOMPARE(claims[u"scope"_s].toString(), QString());
        const QJsonObject key = HttpClient(m_server.endpoint())
                                    .send("GET", "/oidc/jwks")
                                    .object()[u"keys"_s][0]
                                    .toObject();
        QVERIFY(verifyEs384(jwt, key));
        // The exchanged token cannot call the Management API.
        HttpClient asUser(m_server.endpoint());
        asUser.setBearer(jwt);
        QCOMPARE(asUser.send("GET", "/api/users").status, 403);
        // Not used up by an exchange; without resource the token is opaque.
        r = exchange(exchanger, pat, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"access_token"_s].toString().count(u'.'), 0);

        r = exchange(noExchange, pat);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()[u"error"_s].toString(), u"invalid_request"_s);
        QCOMPARE(r.object()[u"error_description"_s].toString(),
                 u"requested grant type is not allowed for this client"_s);

        r = exchange(exchanger, u"pat_doesnotexist0000000000000000000"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()[u"error"_s].toString(), u"invalid_grant"_s);

        QCOMPARE(
            m_http->sendJson("POST", patPath(m_me) + "/delete", nameBody(u"exchange me"_s)).status,
            204);
        r = exchange(exchanger, pat);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()[u"error"_s].toString(), u"invalid_grant"_s);

        const QString expiring =
            createToken(u"exchange expiring"_s, double(QDateTime::currentMSecsSinceEpoch() + 500))
                .object()[u"value"_s]
                .toString();
        QCOMPARE(exchange(exchanger, expiring).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(exchange(exchanger, expiring).status, 400, 10000);
        r = exchange(exchanger, expiring);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()[u"error"_s].toString(), u"invalid_grant"_s);

        // A suspended user's PAT is refused too.
        const QString other =
            m_http->send("GET", "/api/users?page_size=1&page=3").array()[0][u"id"_s].toString();
        const QString otherPat =
            m_http->sendJson("POST", patPath(other), nameBody(u"suspend test"_s))
                .object()[u"value"_s]
                .toString();
        QCOMPARE(exchange(exchanger, otherPat).status, 200);
        QCOMPARE(m_http
                     ->sendJson("PATCH", "/api/users/" + other.toLatin1() + "/is-suspended",
                                QJsonObject{{u"isSuspended"_s, true}})
                     .object()[u"isSuspended"_s]
                     .toBool(),
                 true);
        r = exchange(exchanger, otherPat);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()[u"error"_s].toString(), u"invalid_grant"_s);
    }

    void malformedBodiesAndUnknownRoutes()
    {
        HttpResult r = m_http->send("POST", patPath(m_me), "{\"name\": ", "application/json");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().isObject());
        QVERIFY(!r.code().isEmpty());
        r = m_http->sendJson("POST", patPath(m_me), QJsonArray{1, 2});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"guard.invalid_input"_s);

        r = m_http->send("GET", "/api/no/such/route");
        QCOMPARE(r.status, 404);
        QVERIFY(r.json().isObject());
        r = HttpClient(m_server.endpoint()).send("GET", "/nothing");
        QCOMPARE(r.status, 404);
        QVERIFY(r.json().isObject());
        QCOMPARE(m_http->send("GET", "/__sandbox/stats").status, 404); // no test hooks here

        // JSON bodies over 1 MiB: Logto's plain-text 404.
        const QByteArray huge = "{\"name\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
        r = m_http->send("POST", patPath(m_me), huge, "application/json");
        QCOMPARE(r.status, 404);
        QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        QVERIFY(!r.json().isObject());
    }

    // A thousand tokens through their whole life; how fast is for the benchmarks.
    void thousandTokensLifecycle()
    {
        const QByteArray path = patPath(m_me);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(m_http->sendJson("POST", path, nameBody(u"bulk %1"_s.arg(i))).status, 201);
        QVERIFY(m_http->send("GET", path).array().size() >= 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(m_http
                         ->sendJson("PATCH", path,
                                    QJsonObject{{u"currentName"_s, u"bulk %1"_s.arg(i)},
                                                {u"name"_s, u"bulk renamed %1"_s.arg(i)}})
                         .status,
                     200);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(
                m_http->sendJson("POST", path + "/delete", nameBody(u"bulk renamed %1"_s.arg(i)))
                    .status,
                204);
        QVERIFY(!tokenNames().contains(u"bulk renamed 0"_s));
    }

    void tenThousandUsersSeed()
    {
        SandboxServer big;
        SandboxOptions options;
        options.seedUsers = 10000;
        options.seedTokens = 200;
        QVERIFY(big.start(options));
        HttpClient client(big.endpoint());
        QVERIFY(client.authenticate(big.appId(), big.appSecret()));
        QCOMPARE(client.send("GET", "/api/users?page_size=1").header("Total-Number"),
                 QByteArray("10001"));
        QVERIFY(client.send("GET", patPath(big.primaryUserId())).array().size() >= 150);
    }

    void demoDirectory()
    {
        SandboxServer demo;
        SandboxOptions options;
        options.demoDirectory = true;
        QVERIFY(demo.start(options));
        HttpClient client(demo.endpoint());
        QVERIFY(client.authenticate(demo.appId(), demo.appSecret()));
        const int total =
            client.send("GET", "/api/users?page_size=1").header("Total-Number").toInt();
        QVERIFY(total >= 250);
        const QJsonArray mine = client.send("GET", patPath(demo.primaryUserId())).array();
        QVERIFY(mine.size() >= 12);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int expired = 0, thisWeek = 0, later = 0, never = 0;
        for (const QJsonValue &t : mine) {
            const QJsonValue e = t[u"expiresAt"_s];
            // A believable token was made before it expired.
            QVERIFY2(e.isNull() || t[u"createdAt"_s].toDouble() < e.toDouble(),
                     qPrintable(t[u"name"_s].toString()));
            if (e.isNull())
                ++never;
            else if (e.toDouble() < now)
                ++expired;
            else if (e.toDouble() < now + 7 * 86'400'000.0)
                ++thisWeek;
            else
                ++later;
        }
        QVERIFY(expired > 0 && thisWeek > 0 && later > 0 && never > 0);
        const QJsonObject me =
            client.send("GET", "/api/users/" + demo.primaryUserId().toLatin1()).object();
        QCOMPARE(me[u"name"_s].toString(), u"Alex Developer"_s);
    }

private:
    QByteArray bearer()
    {
        return m_http->clientCredentials(m_server.appId(), m_server.appSecret())
            .object()
            .value(u"access_token"_s)
            .toString()
            .toLatin1();
    }
    static QList<QByteArray> parts(const QByteArray &jwt) { return jwt.split('.'); }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
