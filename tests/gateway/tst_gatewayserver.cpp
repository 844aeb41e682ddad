// latchkey-gateway over real HTTP, with the sandbox as Logto: every route, every policy rule,
// each reason a bearer is refused, one user never reaching another's tokens, limits, Logto
// failing, the drain, and audit lines that carry no secret (docs/gateway-api.md).
#include "tests/gateway/gatewaytesthelpers.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>

#include <functional>

using namespace latchkey;
using namespace gatewaytest;

namespace {

const QByteArray kTokens = "/api/me/personal-access-tokens";
const QByteArray kDelete = "/api/me/personal-access-tokens/delete";
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

qint64 daysFromNow(double days)
{
    return QDateTime::currentMSecsSinceEpoch() + qint64(days * double(kDayMs));
}

} // namespace

class TestGatewayServer : public QObject
{
    Q_OBJECT

private:
    LogtoFixture m_logto;
    std::unique_ptr<GatewayServer> m_gateway;
    QList<QByteArray> m_audit;
    QString m_alice, m_bob;
    QByteArray m_aliceBearer, m_bobBearer;
    QSet<QByteArray> m_secrets; // every token value and bearer the test saw

    std::unique_ptr<GatewayServer> startGateway(const std::function<void(GatewayConfig &)> &tweak,
                                                QList<QByteArray> *audit)
    {
        GatewayConfig config = m_logto.gatewayConfig();
        tweak(config);
        auto gateway = std::make_unique<GatewayServer>();
        QString error;
        const bool started = gateway->start(
            std::move(config), &error, [audit](const QByteArray &line) { audit->append(line); });
        if (!started)
            qWarning("gateway: %s", qPrintable(error));
        return started ? std::move(gateway) : nullptr;
    }

    std::unique_ptr<HttpClient> client(const QByteArray &bearer, GatewayServer *gateway = nullptr)
    {
        auto c = std::make_unique<HttpClient>((gateway ? gateway : m_gateway.get())->url());
        c->setBearer(bearer);
        return c;
    }

    HttpResult create(HttpClient &c, const QString &name, const QJsonValue &expiresAt)
    {
        QJsonObject body{{u"name"_s, name}};
        if (!expiresAt.isUndefined())
            body.insert(u"expiresAt"_s, expiresAt);
        HttpResult r = c.sendJson("POST", kTokens, body);
        if (r.status == 201)
            m_secrets.insert(r.object().value(u"value"_s).toString().toLatin1());
        return r;
    }

    HttpResult create(const QString &name, double days = 30)
    {
        auto c = client(m_aliceBearer);
        return create(*c, name, double(daysFromNow(days)));
    }

    QByteArray bearerFor(const QString &userId, const QString &patName)
    {
        const QString pat = m_logto.createPat(userId, patName);
        m_secrets.insert(pat.toLatin1());
        const QByteArray bearer = m_logto.gatewayToken(pat);
        m_secrets.insert(bearer);
        return bearer;
    }

    QStringList names(const HttpResult &list)
    {
        QStringList out;
        for (const QJsonValue &t : list.array())
            out.append(t.toObject().value(u"name"_s).toString());
        return out;
    }

    void expectRefused(const HttpResult &r, int status, const QString &reason,
                       const QByteArray &token)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.object()[u"data"_s][u"reason"_s].toString(), reason);
        QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
        const QByteArray challenge = r.header("WWW-Authenticate");
        QVERIFY2(challenge.startsWith("Bearer "), challenge.constData());
        QVERIFY(challenge.contains(status == 401 ? "error=\"invalid_token\""
                                                 : "error=\"insufficient_scope\""));
        // The answer never quotes the token it refused.
        if (token.size() > 8) {
            QVERIFY(!r.body.contains(token));
            QVERIFY(!challenge.contains(token));
            for (const QByteArray &part : token.split('.')) {
                if (part.size() > 8)
                    QVERIFY(!r.body.contains(part));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_logto.start());
        m_secrets.insert(m_logto.sandbox.appSecret().toLatin1());
        // This instance's limits stay out of the way; each has a test of its own below.
        m_gateway = startGateway(
            [](GatewayConfig &c) {
                c.ratePerMinute = 1000;
                c.policy.maxTokensPerUser = 50;
            },
            &m_audit);
        QVERIFY(m_gateway);
        QCOMPARE(m_gateway->url().host(), u"127.0.0.1"_s);
        m_alice = m_logto.createUser(u"alice"_s);
        m_bob = m_logto.createUser(u"bob"_s);
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty());
        m_aliceBearer = bearerFor(m_alice, u"alice laptop"_s);
        m_bobBearer = bearerFor(m_bob, u"bob laptop"_s);
        QCOMPARE(m_aliceBearer.count('.'), 2);
    }

    void me()
    {
        auto c = client(m_aliceBearer);
        const HttpResult r = c->send("GET", "/api/me");
        QCOMPARE(r.status, 200);
        const QJsonObject me = r.object();
        QCOMPARE(me.keys(), (QStringList{u"id"_s, u"name"_s, u"primaryEmail"_s, u"username"_s}));
        QCOMPARE(me.value(u"id"_s).toString(), m_alice);
        QCOMPARE(me.value(u"username"_s).toString(), u"alice"_s);
        QVERIFY(me.value(u"primaryEmail"_s).isNull());
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s)
                    .match(QString::fromLatin1(r.header("X-Request-Id")))
                    .hasMatch());
    }

    // The "done when": list, create, rename, revoke one's own tokens.
    void createListRenameRevoke()
    {
        auto c = client(m_aliceBearer);
        const qint64 expiresAt = daysFromNow(30);
        HttpResult r = create(*c, u"ci / deploy #1 %?"_s, double(expiresAt));
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.object();
        const QString value = created.value(u"value"_s).toString();
        QVERIFY(value.startsWith(u"pat_"_s));
        QCOMPARE(created.value(u"name"_s).toString(), u"ci / deploy #1 %?"_s);
        QCOMPARE(created.value(u"userId"_s).toString(), m_alice);
        QCOMPARE(created.value(u"tenantId"_s).toString(), u"default"_s);
        QCOMPARE(qint64(created.value(u"expiresAt"_s).toDouble()), expiresAt);
        const QString fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(value.toLatin1(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(created.value(u"fingerprint"_s).toString(), fingerprint);
        QCOMPARE(created.value(u"hint"_s).toString(), value.right(4));

        // Listed: Logto's fields without the value, with fingerprint and hint.
        r = c->send("GET", kTokens);
        QCOMPARE(r.status, 200);
        QJsonObject listed;
        for (const QJsonValue &t : r.array()) {
            QVERIFY(!t.toObject().contains(u"value"_s));
            if (t.toObject().value(u"name"_s) == u"ci / deploy #1 %?"_s)
                listed = t.toObject();
        }
        QCOMPARE(listed.keys(), (QStringList{u"createdAt"_s, u"expiresAt"_s, u"fingerprint"_s,
                                             u"hint"_s, u"name"_s, u"tenantId"_s, u"userId"_s}));
        QCOMPARE(listed.value(u"fingerprint"_s).toString(), fingerprint);
        QVERIFY(!r.body.contains(value.toLatin1()));

        // Rename: the same token (fingerprint) under a new name, Unicode included.
        r = c->sendJson("PATCH", kTokens,
                        QJsonObject{{u"currentName"_s, u"ci / deploy #1 %?"_s},
                                    {u"name"_s, u"部署 #2 / ok"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"部署 #2 / ok"_s);
        QCOMPARE(r.object().value(u"fingerprint"_s).toString(), fingerprint);
        QVERIFY(!r.object().contains(u"value"_s));
        r = c->sendJson("PATCH", kTokens,
                        QJsonObject{{u"currentName"_s, u"no such token"_s}, {u"name"_s, u"x"_s}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"entity.not_exists"_s);

        // Revoke, then it is gone; revoking again is Logto's 404.
        r = c->sendJson("POST", kDelete, QJsonObject{{u"name"_s, u"部署 #2 / ok"_s}});
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!names(c->send("GET", kTokens)).contains(u"部署 #2 / ok"_s));
        r = c->sendJson("POST", kDelete, QJsonObject{{u"name"_s, u"部署 #2 / ok"_s}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"entity.not_found"_s);
        // The revoked token no longer exchanges at Logto.
        QCOMPARE(m_logto.exchange(value, "&resource=" + QUrl::toPercentEncoding(kResource)).status,
                 400);
    }

    void nameTakenIsLogtosConflict()
    {
        QCOMPARE(create(u"twice"_s).status, 201);
        const HttpResult r = create(u"twice"_s);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"user.personal_access_token_name_exists"_s);
        auto c = client(m_aliceBearer);
        QCOMPARE(create(u"twice 2"_s).status, 201);
        QCOMPARE(c->sendJson("PATCH", kTokens,
                             QJsonObject{{u"currentName"_s, u"twice 2"_s}, {u"name"_s, u"twice"_s}})
                     .code(),
                 u"user.personal_access_token_name_exists"_s);
    }

    // A second user can never see, rename or revoke the first user's tokens.
    void usersOnlyReachTheirOwnTokens()
    {
        QCOMPARE(create(u"alice only"_s).status, 201);
        auto alice = client(m_aliceBearer);
        const QString fingerprint = [&] {
            for (const QJsonValue &t : alice->send("GET", kTokens).array()) {
                if (t[u"name"_s] == u"alice only"_s)
                    return t[u"fingerprint"_s].toString();
            }
            return QString();
        }();
        QVERIFY(!fingerprint.isEmpty());

        auto bob = client(m_bobBearer);
        HttpResult r = bob->send("GET", kTokens);
        QCOMPARE(r.status, 200);
        QVERIFY(!names(r).contains(u"alice only"_s));
        for (const QJsonValue &t : r.array())
            QCOMPARE(t[u"userId"_s].toString(), m_bob);
        r = bob->sendJson("PATCH", kTokens,
                          QJsonObject{{u"currentName"_s, u"alice only"_s}, {u"name"_s, u"mine"_s}});
        QCOMPARE(r.status, 404);
        r = bob->sendJson("POST", kDelete, QJsonObject{{u"name"_s, u"alice only"_s}});
        QCOMPARE(r.status, 404);
        // No route takes a user id, whatever a caller tries.
        for (const QByteArray &path :
             {"/api/users/" + m_alice.toLatin1() + "/personal-access-tokens",
              "/api/me/" + m_alice.toLatin1() + "/personal-access-tokens",
              QByteArray("/api/me/personal-access-tokens/alice%20only")}) {
            QCOMPARE(bob->send("GET", path).status, 404);
            QCOMPARE(
                bob->sendJson("POST", path + "/delete", QJsonObject{{u"name"_s, u"alice only"_s}})
                    .status,
                404);
        }
        // Body fields naming a user are ignored: the bearer decides.
        r = bob->sendJson("POST", kDelete,
                          QJsonObject{{u"name"_s, u"alice only"_s}, {u"userId"_s, m_alice}});
        QCOMPARE(r.status, 404);
        // Alice's token is untouched.
        bool found = false;
        for (const QJsonValue &t : alice->send("GET", kTokens).array())
            found =
                found || (t[u"name"_s] == u"alice only"_s && t[u"fingerprint"_s] == fingerprint);
        QVERIFY(found);
    }

    void policyRoute()
    {
        // Public: a client reads the resource before it has a token.
        HttpClient anonymous(m_gateway->url());
        const HttpResult r = anonymous.send("GET", "/api/me/policy");
        QCOMPARE(r.status, 200);
        const QJsonObject p = r.object();
        QCOMPARE(p.value(u"maxLifetimeDays"_s).toInt(), 90);
        QCOMPARE(p.value(u"allowNeverExpires"_s).toBool(true), false);
        QCOMPARE(p.value(u"maxTokensPerUser"_s).toInt(), 50);
        QCOMPARE(p.value(u"nameMinLength"_s).toInt(), 1);
        QCOMPARE(p.value(u"nameMaxLength"_s).toInt(), 128);
        QCOMPARE(p.value(u"ratePerMinute"_s).toInt(), 1000);
        QCOMPARE(p.value(u"resource"_s).toString(), kResource);
        QVERIFY(p.value(u"scope"_s).isNull());
        QCOMPARE(p.value(u"issuer"_s).toString(),
                 m_logto.sandbox.endpoint().toString() + u"/oidc"_s);
    }

    void policyRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("expiresAt");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("128 characters")
            << QString(128, u'n') << QJsonValue(double(daysFromNow(1))) << 201 << QString();
        QTest::newRow("129 characters") << QString(129, u'n') << QJsonValue(double(daysFromNow(1)))
                                        << 422 << u"gateway.policy_violation"_s;
        QTest::newRow("empty name") << QString() << QJsonValue(double(daysFromNow(1))) << 422
                                    << u"gateway.policy_violation"_s;
        QTest::newRow("89 days") << u"89 days"_s << QJsonValue(double(daysFromNow(89))) << 201
                                 << QString();
        QTest::newRow("91 days") << u"91 days"_s << QJsonValue(double(daysFromNow(91))) << 422
                                 << u"gateway.policy_violation"_s;
        QTest::newRow("never (absent)") << u"never"_s << QJsonValue(QJsonValue::Undefined) << 422
                                        << u"gateway.policy_violation"_s;
        QTest::newRow("never (null)")
            << u"never"_s << QJsonValue(QJsonValue::Null) << 422 << u"gateway.policy_violation"_s;
        QTest::newRow("past expiry is Logto's 400")
            << u"past"_s << QJsonValue(double(daysFromNow(-1))) << 400
            << u"request.invalid_input"_s;
        QTest::newRow("expiry as text")
            << u"text"_s << QJsonValue(u"tomorrow"_s) << 400 << u"guard.invalid_input"_s;
        QTest::newRow("fractional ms")
            << u"fraction"_s << QJsonValue(daysFromNow(1) + 0.5) << 400 << u"guard.invalid_input"_s;
        QTest::newRow("name not a string") << u"<number>"_s << QJsonValue(double(daysFromNow(1)))
                                           << 400 << u"guard.invalid_input"_s;
    }

    void policyRules()
    {
        QFETCH(QString, name);
        QFETCH(QJsonValue, expiresAt);
        QFETCH(int, status);
        QFETCH(QString, code);
        auto c = client(m_aliceBearer);
        HttpResult r;
        if (name == u"<number>"_s) {
            r = c->sendJson("POST", kTokens,
                            QJsonObject{{u"name"_s, 5}, {u"expiresAt"_s, expiresAt}});
        } else {
            r = create(*c, name, expiresAt);
        }
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (code == u"gateway.policy_violation"_s)
            QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
        if (status == 201)
            QCOMPARE(c->sendJson("POST", kDelete, QJsonObject{{u"name"_s, name}}).status, 204);
    }

    void renameFollowsTheNameRule()
    {
        QCOMPARE(create(u"to rename"_s).status, 201);
        auto c = client(m_aliceBearer);
        HttpResult r = c->sendJson(
            "PATCH", kTokens,
            QJsonObject{{u"currentName"_s, u"to rename"_s}, {u"name"_s, QString(129, u'x')}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"gateway.policy_violation"_s);
        r = c->sendJson("PATCH", kTokens, QJsonObject{{u"currentName"_s, u"to rename"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"guard.invalid_input"_s);
        r = c->sendJson("POST", kDelete, QJsonObject{{u"nom"_s, u"to rename"_s}});
        QCOMPARE(r.status, 400);
        r = c->send("POST", kTokens, "{\"name\": ", "application/json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"guard.invalid_input"_s);
    }

    void neverExpiresAndMaxTokensWhenConfigured()
    {
        QList<QByteArray> audit;
        auto gateway = startGateway(
            [](GatewayConfig &c) {
                c.policy.allowNeverExpires = true;
                c.policy.maxTokensPerUser = 2;
            },
            &audit);
        QVERIFY(gateway);
        const QString carol = m_logto.createUser(u"carol"_s);
        // Carol's PAT (made by the admin) counts as one of her two.
        auto c = client(bearerFor(carol, u"carol laptop"_s), gateway.get());
        HttpResult r = create(*c, u"forever"_s, QJsonValue(QJsonValue::Null));
        QCOMPARE(r.status, 201);
        QVERIFY(r.object().value(u"expiresAt"_s).isNull());
        QCOMPARE(c->send("GET", "/api/me/policy").object()[u"allowNeverExpires"_s].toBool(), true);
        r = create(*c, u"third"_s, double(daysFromNow(1)));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"gateway.policy_violation"_s);
        QVERIFY(r.object().value(u"message"_s).toString().contains(u"2"_s));
        // Revoking one makes room again.
        QCOMPARE(c->sendJson("POST", kDelete, QJsonObject{{u"name"_s, u"forever"_s}}).status, 204);
        QCOMPARE(create(*c, u"third"_s, double(daysFromNow(1))).status, 201);
    }

    void concurrentCreatesOfOneNameMakeOne()
    {
        constexpr int kClients = 8;
        std::vector<std::unique_ptr<HttpClient>> clients;
        QList<QNetworkReply *> replies;
        const QByteArray body =
            compact(QJsonObject{{u"name"_s, u"race"_s}, {u"expiresAt"_s, double(daysFromNow(1))}});
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<HttpClient>(m_gateway->url()));
            clients.back()->setBearer(m_aliceBearer);
            replies.append(clients.back()->start("POST", kTokens, body, "application/json"));
        }
        int created = 0, conflicts = 0;
        for (QNetworkReply *reply : replies) {
            const HttpResult r = HttpClient::finish(reply);
            if (r.status == 201) {
                ++created;
                m_secrets.insert(r.object().value(u"value"_s).toString().toLatin1());
            } else if (r.status == 422 && r.code() == u"user.personal_access_token_name_exists"_s) {
                ++conflicts;
            }
        }
        QCOMPARE(created, 1);
        QCOMPARE(conflicts, kClients - 1);
        auto c = client(m_aliceBearer);
        QCOMPARE(names(c->send("GET", kTokens)).count(u"race"_s), 1);
    }

    void rateLimitPerUser()
    {
        QList<QByteArray> audit;
        auto gateway = startGateway([](GatewayConfig &c) { c.ratePerMinute = 3; }, &audit);
        QVERIFY(gateway);
        auto alice = client(m_aliceBearer, gateway.get());
        for (int i = 0; i < 3; ++i) {
            const HttpResult r =
                alice->sendJson("POST", kDelete, QJsonObject{{u"name"_s, u"nothing %1"_s.arg(i)}});
            QCOMPARE(r.status, 404); // counted all the same: it reached Logto
        }
        HttpResult r = alice->sendJson("POST", kDelete, QJsonObject{{u"name"_s, u"nothing"_s}});
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), u"gateway.rate_limited"_s);
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 20, r.header("Retry-After").constData());
        // Reads are not limited; another user has a bucket of their own.
        QCOMPARE(alice->send("GET", kTokens).status, 200);
        auto bob = client(m_bobBearer, gateway.get());
        QCOMPARE(bob->sendJson("POST", kDelete, QJsonObject{{u"name"_s, u"nothing"_s}}).status,
                 404);
        const QByteArray metrics = HttpClient(gateway->url()).send("GET", "/metrics").body;
        QVERIFY(metrics.contains("latchkey_gateway_rate_limited_total 1\n"));
        // The refusal is audited like any mutating call.
        const QJsonObject refusal = QJsonDocument::fromJson(audit.value(3)).object();
        QCOMPARE(refusal[u"status"_s].toInt(), 429);
        QCOMPARE(refusal[u"code"_s].toString(), u"gateway.rate_limited"_s);
        QCOMPARE(refusal[u"userId"_s].toString(), m_alice);
        QCOMPARE(refusal[u"result"_s].toString(), u"refused"_s);
    }

    // Each reason a bearer is refused: 401 with WWW-Authenticate and a sentence.
    void bearerRefusals()
    {
        HttpClient anonymous(m_gateway->url());
        HttpResult r = anonymous.send("GET", kTokens);
        QCOMPARE(r.code(), u"auth.authorization_header_missing"_s);
        expectRefused(r, 401, u"missing"_s, {});

        const QString kid = m_logto.jwk().value(u"kid"_s).toString();
        const QJsonObject good = m_logto.claimsFor(m_alice);
        auto with = [&good](const QString &claim, const QJsonValue &value) {
            QJsonObject claims = good;
            if (value.isUndefined())
                claims.remove(claim);
            else
                claims.insert(claim, value);
            return claims;
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString pat = m_logto.createPat(m_alice, u"for refusals"_s);
        const QByteArray managementToken =
            m_logto.gatewayToken(pat, m_logto.sandbox.apiIndicator());
        const QByteArray opaque =
            m_logto.exchange(pat, {}).object()[u"access_token"_s].toString().toLatin1();
        QByteArray tampered = m_logto.forge(m_logto.headerWithKid(kid), good);
        {
            QList<QByteArray> parts = tampered.split('.');
            parts[1] = b64url(compact(with(u"sub"_s, m_bob)));
            tampered = parts.join('.');
        }
        const struct
        {
            const char *what;
            QByteArray header;
            QString reason;
        } cases[] = {
            {"Basic scheme", "Basic YWxpY2U6c2VjcmV0", u"malformed"_s},
            {"Bearer and nothing", "Bearer ", u"malformed"_s},
            {"two parts", "Bearer abc.def", u"malformed"_s},
            {"not base64url", "Bearer ab$c.def.ghi", u"malformed"_s},
            {"header not JSON", "Bearer " + b64url("nope") + ".e30.c2ln", u"malformed"_s},
            {"alg none", "Bearer " + unsignedToken(good, kid), u"unsigned"_s},
            {"HS256 with the public key", "Bearer " + hmacWithPublicKey(good, m_logto.jwk()),
             u"disallowed_algorithm"_s},
            {"opaque access token", "Bearer " + opaque, u"opaque"_s},
            {"a PAT itself", "Bearer " + pat.toLatin1(), u"opaque"_s},
            {"expired",
             "Bearer " +
                 m_logto.forge(m_logto.headerWithKid(kid), with(u"exp"_s, double(now - 120))),
             u"expired"_s},
            {"not yet valid",
             "Bearer " +
                 m_logto.forge(m_logto.headerWithKid(kid), with(u"nbf"_s, double(now + 600))),
             u"not_yet_valid"_s},
            {"exp missing",
             "Bearer " +
                 m_logto.forge(m_logto.headerWithKid(kid), with(u"exp"_s, QJsonValue::Undefined)),
             u"malformed"_s},
            {"exp not a number",
             "Bearer " + m_logto.forge(m_logto.headerWithKid(kid), with(u"exp"_s, u"tomorrow"_s)),
             u"malformed"_s},
            {"wrong issuer",
             "Bearer " + m_logto.forge(m_logto.headerWithKid(kid),
                                       with(u"iss"_s, u"https://evil.example/oidc"_s)),
             u"wrong_issuer"_s},
            {"Management API audience", "Bearer " + managementToken, u"wrong_audience"_s},
            {"audience list without the gateway",
             "Bearer " + m_logto.forge(m_logto.headerWithKid(kid),
                                       with(u"aud"_s, QJsonArray{u"https://other.test/api"_s})),
             u"wrong_audience"_s},
            {"unknown kid",
             "Bearer " + m_logto.forge(m_logto.headerWithKid(u"not-logtos-key"_s), good),
             u"unknown_key"_s},
            {"tampered payload", "Bearer " + tampered, u"bad_signature"_s},
            {"ID-token typ", "Bearer " + m_logto.forge(m_logto.headerWithKid(kid, u"JWT"_s), good),
             u"wrong_type"_s},
            {"no subject",
             "Bearer " +
                 m_logto.forge(m_logto.headerWithKid(kid), with(u"sub"_s, QJsonValue::Undefined)),
             u"no_subject"_s},
            {"crit header",
             "Bearer " + m_logto.forge(QJsonObject{{u"alg"_s, u"ES384"_s},
                                                   {u"typ"_s, u"at+jwt"_s},
                                                   {u"kid"_s, kid},
                                                   {u"crit"_s, QJsonArray{u"exp"_s}},
                                                   {u"exp"_s, 1}},
                                       good),
             u"malformed"_s},
        };
        for (const auto &c : cases) {
            HttpClient raw(m_gateway->url());
            const HttpResult answer =
                raw.send("GET", kTokens, {}, {}, {{"Authorization", c.header}});
            const QByteArray token = c.header.mid(c.header.indexOf(' ') + 1);
            m_secrets.insert(token);
            if (answer.status != 401 ||
                answer.object()[u"data"_s][u"reason"_s].toString() != c.reason)
                qWarning("case %s: %d %s", c.what, answer.status, answer.body.constData());
            expectRefused(answer, 401, c.reason, token);
            QCOMPARE(answer.code(), u"auth.unauthorized"_s);
        }
        // Within the 60 s leeway an expiry is still accepted.
        auto late =
            client(m_logto.forge(m_logto.headerWithKid(kid), with(u"exp"_s, double(now - 20))));
        QCOMPARE(late->send("GET", kTokens).status, 200);
        const QByteArray metrics = HttpClient(m_gateway->url()).send("GET", "/metrics").body;
        QVERIFY(
            metrics.contains("latchkey_gateway_auth_failures_total{reason=\"wrong_audience\"} 2"));
    }

    // A token naming a key the set lacks makes the gateway fetch Logto's key set again, but
    // once a minute at most, however many forged key ids arrive.
    void unknownKeyRefetchIsThrottled()
    {
        // Logto's keys cannot be had at start: the first request fetches them.
        SandboxFault down;
        down.method = u"GET"_s;
        down.pathPattern = u"/oidc/jwks"_s;
        down.action = SandboxFault::Action::Status;
        down.status = 503;
        down.times = 2; // both attempts of the start-up fetch
        m_logto.sandbox.resetStats();
        m_logto.sandbox.addFault(down);
        QList<QByteArray> audit;
        auto gateway = startGateway([](GatewayConfig &) {}, &audit);
        QVERIFY(gateway);
        QTRY_COMPARE(m_logto.sandbox.requestCount(u"GET /oidc/jwks"_s), 2);
        m_logto.sandbox.resetStats();
        QCOMPARE(client(m_aliceBearer, gateway.get())->send("GET", kTokens).status, 200);
        QCOMPARE(m_logto.sandbox.requestCount(u"GET /oidc/jwks"_s), 1);
        for (int i = 0; i < 5; ++i) {
            auto forged = client(m_logto.forge(m_logto.headerWithKid(u"kid-%1"_s.arg(i)),
                                               m_logto.claimsFor(m_alice)),
                                 gateway.get());
            QCOMPARE(forged->send("GET", kTokens).object()[u"data"_s][u"reason"_s].toString(),
                     u"unknown_key"_s);
        }
        QCOMPARE(m_logto.sandbox.requestCount(u"GET /oidc/jwks"_s), 1);

        // Once the interval has passed, an unknown kid does fetch the set again.
        auto eager = startGateway(
            [](GatewayConfig &c) { c.jwksRefetchInterval = std::chrono::seconds(0); }, &audit);
        QVERIFY(eager);
        QCOMPARE(client(m_aliceBearer, eager.get())->send("GET", kTokens).status, 200);
        m_logto.sandbox.resetStats();
        for (int i = 0; i < 3; ++i) {
            auto forged = client(m_logto.forge(m_logto.headerWithKid(u"kid-%1"_s.arg(i)),
                                               m_logto.claimsFor(m_alice)),
                                 eager.get());
            QCOMPARE(forged->send("GET", kTokens).status, 401);
        }
        QCOMPARE(m_logto.sandbox.requestCount(u"GET /oidc/jwks"_s), 3);
    }

    void requiredScope()
    {
        QList<QByteArray> audit;
        auto gateway =
            startGateway([](GatewayConfig &c) { c.requiredScope = u"gateway:use"_s; }, &audit);
        QVERIFY(gateway);
        // Alice gets the scope through a role; Bob does not.
        const QByteArray resources = "/api/resources";
        QString resourceId;
        for (const QJsonValue &r : m_logto.admin->send("GET", resources).array()) {
            if (r[u"indicator"_s] == kResource)
                resourceId = r[u"id"_s].toString();
        }
        const QString scopeId =
            m_logto.admin
                ->sendJson("POST", resources + '/' + resourceId.toLatin1() + "/scopes",
                           QJsonObject{{u"name"_s, u"gateway:use"_s}})
                .object()[u"id"_s]
                .toString();
        const QString roleId = m_logto.admin
                                   ->sendJson("POST", "/api/roles",
                                              QJsonObject{{u"name"_s, u"developer"_s},
                                                          {u"description"_s, u"dev"_s},
                                                          {u"scopeIds"_s, QJsonArray{scopeId}}})
                                   .object()[u"id"_s]
                                   .toString();
        QCOMPARE(m_logto.admin
                     ->sendJson("POST", "/api/users/" + m_alice.toLatin1() + "/roles",
                                QJsonObject{{u"roleIds"_s, QJsonArray{roleId}}})
                     .status,
                 201);
        const QString alicePat = m_logto.createPat(m_alice, u"scoped"_s);
        const QByteArray withScope = m_logto.gatewayToken(alicePat, kResource, u"gateway:use"_s);
        m_secrets.insert(withScope);
        QCOMPARE(client(withScope, gateway.get())->send("GET", kTokens).status, 200);
        // Without the scope (not asked for, or not granted): 403 insufficient_scope.
        const QByteArray without = m_logto.gatewayToken(alicePat);
        HttpResult r = client(without, gateway.get())->send("GET", kTokens);
        expectRefused(r, 403, u"missing_scope"_s, without);
        const QByteArray bobToken = m_logto.gatewayToken(m_logto.createPat(m_bob, u"scoped"_s),
                                                         kResource, u"gateway:use"_s);
        r = client(bobToken, gateway.get())->send("GET", kTokens);
        expectRefused(r, 403, u"missing_scope"_s, bobToken);
        QCOMPARE(HttpClient(gateway->url())
                     .send("GET", "/api/me/policy")
                     .object()[u"scope"_s]
                     .toString(),
                 u"gateway:use"_s);
    }

    void routesAndMethods()
    {
        auto c = client(m_aliceBearer);
        HttpResult r = c->send("DELETE", kTokens);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, POST, PATCH"));
        QCOMPARE(c->send("GET", kDelete).status, 405);
        QCOMPARE(c->send("GET", "/api/users").status, 404);
        QCOMPARE(c->send("GET", "/api/me/").status, 404);
        QCOMPARE(c->send("GET", "/").code(), u"gateway.not_found"_s);
    }

    void healthAndMetrics()
    {
        HttpClient anonymous(m_gateway->url());
        HttpResult r = anonymous.send("GET", "/healthz");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"status"_s].toString(), u"ok"_s);
        SandboxFault fault;
        fault.method = u"GET"_s;
        fault.pathPattern = u"/api/users"_s;
        fault.action = SandboxFault::Action::Status;
        fault.status = 500;
        fault.times = 10;
        m_logto.sandbox.addFault(fault);
        r = anonymous.send("GET", "/healthz");
        m_logto.sandbox.clearFaults();
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), u"gateway.upstream_unavailable"_s);

        r = anonymous.send("GET", "/metrics");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        QVERIFY(r.body.contains("# TYPE latchkey_gateway_requests_total counter\n"));
        QVERIFY(r.body.contains("latchkey_gateway_requests_total{route=\"/api/me/"
                                "personal-access-tokens\",method=\"GET\","
                                "status=\"200\"}"));
        QVERIFY(
            r.body.contains("latchkey_gateway_request_duration_seconds_bucket{route=\"/api/me\","
                            "le=\"+Inf\"}"));
        QVERIFY(r.body.contains("latchkey_gateway_upstream_errors_total{kind=\"server\"}"));
        QVERIFY(r.body.contains("# TYPE latchkey_gateway_in_flight_requests gauge\n"));
        // Every sample line is "name{labels} number" or "name number".
        static const QRegularExpression sample(
            u"^[a-z_]+(\\{[a-z_]+=\"[^\"]*\"(,[a-z_]+=\"[^\"]*\")*\\})? [0-9.e+-]+$"_s);
        for (const QByteArray &line : r.body.split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#'))
                QVERIFY2(sample.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        }
    }

    // Logto slow or gone: 504 or 502 within the timeout, never a hang.
    void logtoDownIsAnsweredInTime()
    {
        QList<QByteArray> audit;
        auto gateway = startGateway(
            [](GatewayConfig &c) { c.upstreamTimeout = std::chrono::milliseconds(1500); }, &audit);
        QVERIFY(gateway);
        auto c = client(m_aliceBearer, gateway.get());
        QCOMPARE(c->send("GET", kTokens).status, 200);

        SandboxFault slow;
        slow.pathPattern = u"/api/users/*/personal-access-tokens"_s;
        slow.action = SandboxFault::Action::Delay;
        slow.delayMs = 6000;
        slow.times = 10;
        m_logto.sandbox.addFault(slow);
        QElapsedTimer clock;
        clock.start();
        HttpResult r = c->send("GET", kTokens);
        QCOMPARE(r.status, 504);
        QCOMPARE(r.code(), u"gateway.upstream_unavailable"_s);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        clock.restart();
        r = create(*c, u"slow"_s, double(daysFromNow(1)));
        QCOMPARE(r.status, 504);
        QVERIFY(clock.elapsed() < 3000);
        m_logto.sandbox.clearFaults();

        SandboxFault reset;
        reset.pathPattern = u"/api/users/*/personal-access-tokens"_s;
        reset.action = SandboxFault::Action::Reset;
        reset.times = 10;
        m_logto.sandbox.addFault(reset);
        clock.restart();
        r = c->send("GET", kTokens);
        m_logto.sandbox.clearFaults();
        QCOMPARE(r.status, 502);
        QCOMPARE(r.code(), u"gateway.upstream_unavailable"_s);
        QVERIFY(clock.elapsed() < 3000);

        // Logto not there at all (a port nobody listens on): the keys cannot be fetched.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto orphan = startGateway(
            [port](GatewayConfig &c) {
                c.logtoEndpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
                c.upstreamTimeout = std::chrono::milliseconds(1500);
            },
            &audit);
        QVERIFY(orphan);
        clock.restart();
        r = client(m_aliceBearer, orphan.get())->send("GET", kTokens);
        QCOMPARE(r.status, 502);
        QCOMPARE(r.code(), u"gateway.upstream_unavailable"_s);
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(HttpClient(orphan->url()).send("GET", "/healthz").status, 503);
    }

    // The create went through at Logto but its answer was lost: the gateway finds the token
    // by listing and answers 201 with its value; nothing is made twice.
    void lostCreateAnswerIsReconciled()
    {
        SandboxFault lost;
        lost.method = u"POST"_s;
        lost.pathPattern = u"/api/users/*/personal-access-tokens"_s;
        lost.action = SandboxFault::Action::ResetAfterHandling;
        lost.times = 1;
        m_logto.sandbox.addFault(lost);
        const HttpResult r = create(u"lost answer"_s);
        m_logto.sandbox.clearFaults();
        QCOMPARE(r.status, 201);
        const QString value = r.object()[u"value"_s].toString();
        QVERIFY(value.startsWith(u"pat_"_s));
        int count = 0;
        for (const QJsonValue &t : client(m_aliceBearer)->send("GET", kTokens).array()) {
            if (t[u"name"_s] == u"lost answer"_s) {
                ++count;
                QCOMPARE(t[u"fingerprint"_s].toString(),
                         QString::fromLatin1(
                             QCryptographicHash::hash(value.toLatin1(), QCryptographicHash::Sha256)
                                 .toHex()));
            }
        }
        QCOMPARE(count, 1);
    }

    void bodyAndHeaderLimits()
    {
        auto c = client(m_aliceBearer);
        HttpResult r = c->send("POST", kTokens, QByteArray(64 * 1024 + 1, ' '), "application/json");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), u"gateway.body_too_large"_s);
        // Exactly the limit is read (and then refused as the JSON it is not).
        r = c->send("POST", kTokens, QByteArray(64 * 1024, ' '), "application/json");
        QCOMPARE(r.status, 400);

        const quint16 port = quint16(m_gateway->url().port());
        RawAnswer raw = parseRaw(rawExchange(
            port, "POST " + kTokens + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                      m_aliceBearer +
                      "\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
                      "5\r\n{\"a\":\r\n0\r\n\r\n"));
        QCOMPARE(raw.status, 411);
        raw = parseRaw(rawExchange(port, "GET " + kTokens +
                                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " +
                                             QByteArray(20 * 1024, 'a') + "\r\n\r\n"));
        QCOMPARE(raw.status, 431);
        // A declared body over the limit is refused before it is sent.
        bool closed = false;
        raw = parseRaw(rawExchange(
            port,
            "POST " + kTokens + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10000000\r\n\r\n{",
            &closed));
        QCOMPARE(raw.status, 413);
        QVERIFY(closed);
        // The gateway still serves.
        QCOMPARE(c->send("GET", kTokens).status, 200);
    }

    // Graceful stop: the request in flight finishes, new ones get 503, then drained().
    void drainFinishesInFlight()
    {
        QList<QByteArray> audit;
        auto gateway = startGateway([](GatewayConfig &) {}, &audit);
        QVERIFY(gateway);
        auto slowClient = client(m_aliceBearer, gateway.get());
        QCOMPARE(slowClient->send("GET", kTokens).status, 200);
        SandboxFault slow;
        slow.method = u"GET"_s;
        slow.pathPattern = u"/api/users/*/personal-access-tokens"_s;
        slow.action = SandboxFault::Action::Delay;
        slow.delayMs = 1500;
        slow.times = 1;
        m_logto.sandbox.addFault(slow);
        m_logto.sandbox.resetStats();
        QNetworkReply *inFlight = slowClient->start("GET", kTokens);
        QTRY_COMPARE(m_logto.sandbox.requestCount(u"GET /api/users/*/personal-access-tokens"_s), 1);
        QCOMPARE(gateway->requestsInFlight(), 1);
        QSignalSpy drained(gateway.get(), &GatewayServer::drained);
        gateway->drain();
        auto late = client(m_aliceBearer, gateway.get());
        const HttpResult refused = late->send("GET", kTokens);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.code(), u"gateway.shutting_down"_s);
        QCOMPARE(drained.count(), 0);
        const HttpResult finished = HttpClient::finish(inFlight);
        QCOMPARE(finished.status, 200);
        QVERIFY(finished.json().isArray());
        QVERIFY(drained.count() == 1 || drained.wait(5000));
    }

    // Every mutating call left one JSON line, none with a secret in it.
    void auditLines()
    {
        QVERIFY(m_audit.size() >= 10);
        int creates = 0;
        for (const QByteArray &line : std::as_const(m_audit)) {
            QVERIFY(line.endsWith('\n'));
            QCOMPARE(line.count('\n'), 1);
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            for (const char *field : {"time", "requestId", "userId", "action", "tokenName",
                                      "result", "status", "clientAddress"})
                QVERIFY2(o.contains(QLatin1StringView(field)), field);
            QVERIFY(QDateTime::fromString(o[u"time"_s].toString(), Qt::ISODateWithMs).isValid());
            QCOMPARE(o[u"clientAddress"_s].toString(), u"127.0.0.1"_s);
            const QString action = o[u"action"_s].toString();
            QVERIFY(action == u"create"_s || action == u"rename"_s || action == u"revoke"_s);
            if (action == u"create"_s && o[u"status"_s].toInt() == 201) {
                ++creates;
                QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s)
                            .match(o[u"fingerprint"_s].toString())
                            .hasMatch());
                QCOMPARE(o[u"result"_s].toString(), u"ok"_s);
            }
        }
        QVERIFY(creates >= 5);
        QVERIFY(m_secrets.size() >= 20);
        for (const QByteArray &line : std::as_const(m_audit)) {
            for (const QByteArray &secret : std::as_const(m_secrets)) {
                if (secret.size() >= 8)
                    QVERIFY2(!line.contains(secret), line.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayServer)
#include "tst_gatewayserver.moc"
