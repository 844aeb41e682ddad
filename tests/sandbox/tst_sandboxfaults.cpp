// The sandbox's test hooks: every fault action as a raw client sees it, request statistics,
// and the same hooks over HTTP under /__sandbox/.
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtesthelpers.h"

#include <QElapsedTimer>

using namespace latchkey;
using namespace sandboxtest;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_bearer;
    QByteArray m_pats;

    quint16 port() const { return quint16(m_server.endpoint().port()); }

    SandboxFault fault(SandboxFault::Action action, const QString &method = u"POST"_s,
                       const QString &path = u"/api/users/*/personal-access-tokens"_s)
    {
        SandboxFault f;
        f.action = action;
        f.method = method;
        f.pathPattern = path;
        return f;
    }

    QStringList tokenNames()
    {
        QStringList names;
        for (const QJsonValue &t : m_http->send("GET", m_pats).array())
            names.append(t[u"name"_s].toString());
        return names;
    }

    QByteArray createBody(const QString &name)
    {
        return QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.testHooks = true;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_http = std::make_unique<HttpClient>(m_server.endpoint());
        const HttpResult token = m_http->clientCredentials(m_server.appId(), m_server.appSecret());
        m_bearer = token.object()[u"access_token"_s].toString().toLatin1();
        QVERIFY(!m_bearer.isEmpty());
        m_http->setBearer(m_bearer);
        m_pats = "/api/users/" + m_server.primaryUserId().toLatin1() + "/personal-access-tokens";
    }

    void init() { m_server.clearFaults(); }

    void statusWithRetryAfter()
    {
        SandboxFault f = fault(SandboxFault::Action::Status);
        f.status = 503;
        f.retryAfterSeconds = 2;
        m_server.addFault(f);
        HttpResult r =
            m_http->send("POST", m_pats, createBody(u"status fault"_s), "application/json");
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        QVERIFY(r.json().isObject());
        QVERIFY(!r.code().isEmpty());
        QVERIFY(!tokenNames().contains(u"status fault"_s)); // not handled
        // Used up: the next call goes through.
        QCOMPARE(
            m_http->send("POST", m_pats, createBody(u"status fault"_s), "application/json").status,
            201);

        f.status = 429;
        f.body = "slow down";
        f.retryAfterSeconds = -1;
        f.method.clear();
        f.pathPattern = u"/api/users"_s;
        m_server.addFault(f);
        r = m_http->send("GET", "/api/users");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.body, QByteArray("slow down"));
        QVERIFY(r.header("Retry-After").isEmpty());
    }

    void delay()
    {
        SandboxFault f = fault(SandboxFault::Action::Delay, u"GET"_s, QString::fromLatin1(m_pats));
        f.delayMs = 400;
        m_server.addFault(f);
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = m_http->send("GET", m_pats);
        QVERIFY(timer.elapsed() >= 390);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isArray());
    }

    void resetBeforeHandling()
    {
        m_server.addFault(fault(SandboxFault::Action::Reset));
        bool closed = false;
        const QByteArray answer = rawExchange(
            port(), rawRequest("POST", m_pats, m_bearer, createBody(u"reset"_s)), &closed);
        QVERIFY(closed);
        QVERIFY(answer.isEmpty());
        QVERIFY(!tokenNames().contains(u"reset"_s));
    }

    void resetAfterHandling()
    {
        m_server.addFault(fault(SandboxFault::Action::ResetAfterHandling));
        bool closed = false;
        const QByteArray answer = rawExchange(
            port(), rawRequest("POST", m_pats, m_bearer, createBody(u"ambiguous create"_s)),
            &closed);
        QVERIFY(closed);
        QVERIFY(answer.isEmpty());
        QVERIFY(tokenNames().contains(u"ambiguous create"_s)); // handled, answer lost
    }

    void truncate()
    {
        m_server.addFault(fault(SandboxFault::Action::Truncate, u"GET"_s, u"/api/users"_s));
        bool closed = false;
        const RawAnswer answer = parseRaw(
            rawExchange(port(), rawRequest("GET", "/api/users", m_bearer, {}, false), &closed));
        QVERIFY(closed);
        QCOMPARE(answer.status, 200);
        const qint64 promised = answer.values("Content-Length").value(0).toLongLong();
        QVERIFY(promised > 100);
        QCOMPARE(answer.body.size(), promised / 2);
        QCOMPARE(QJsonDocument::fromJson(answer.body).isNull(), true);
    }

    void malformedJson()
    {
        m_server.addFault(
            fault(SandboxFault::Action::MalformedJson, u"GET"_s, QString::fromLatin1(m_pats)));
        const HttpResult r = m_http->send("GET", m_pats);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void wrongShape()
    {
        m_server.addFault(
            fault(SandboxFault::Action::WrongShape, u"GET"_s, QString::fromLatin1(m_pats)));
        HttpResult r = m_http->send("GET", m_pats);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isObject()); // an object where an array belongs

        m_server.addFault(fault(SandboxFault::Action::WrongShape));
        r = m_http->send("POST", m_pats, createBody(u"wrong shape"_s), "application/json");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object()[u"name"_s].isDouble()); // a number where a string belongs
        QVERIFY(r.object()[u"value"_s].isDouble());
    }

    void oversized()
    {
        SandboxFault f =
            fault(SandboxFault::Action::Oversized, u"GET"_s, QString::fromLatin1(m_pats));
        f.bytes = 5 * 1024 * 1024;
        m_server.addFault(f);
        const HttpResult r = m_http->send("GET", m_pats);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), 5 * 1024 * 1024);
        QVERIFY(r.body.startsWith('{'));
    }

    void matchingAndTimes()
    {
        SandboxFault f = fault(SandboxFault::Action::Status, QString(), u"/api/users/*"_s);
        f.status = 500;
        f.times = 2;
        m_server.addFault(f);
        // '*' stays within one segment: the token list does not match.
        QCOMPARE(m_http->send("GET", m_pats).status, 200);
        QCOMPARE(m_http->send("GET", "/api/users/" + m_server.primaryUserId().toLatin1()).status,
                 500);
        QCOMPARE(m_http->send("DELETE", "/api/users/nosuchuser01").status, 500);
        QCOMPARE(m_http->send("GET", "/api/users/" + m_server.primaryUserId().toLatin1()).status,
                 200);
        QCOMPARE(m_http->send("GET", "/api/users/nosuchuser01").status, 404);

        m_server.addFault(
            fault(SandboxFault::Action::Status, u"PATCH"_s, QString::fromLatin1(m_pats)));
        QCOMPARE(m_http->send("GET", m_pats).status, 200);
        m_server.clearFaults();
        QCOMPARE(m_http->sendJson("PATCH", m_pats, QJsonObject{{u"name"_s, u"missing"_s}}).status,
                 404);
    }

    void statistics()
    {
        m_server.resetStats();
        HttpClient fresh(m_server.endpoint());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(fresh.clientCredentials(m_server.appId(), m_server.appSecret()).status, 200);
        m_http->send("GET", m_pats);
        m_http->send("GET", m_pats);
        m_http->send("GET", "/api/users/nosuchuser01/personal-access-tokens");
        QCOMPARE(m_server.requestCount(u"POST /oidc/token"_s), 3);
        QCOMPARE(m_server.requestCount(u"GET "_s + QString::fromLatin1(m_pats)), 2);
        QCOMPARE(m_server.requestCount(u"GET /api/users/*/personal-access-tokens"_s), 3);
        QCOMPARE(m_server.requestCount(u"POST /api/users/*/personal-access-tokens"_s), 0);

        HttpClient hooks(m_server.endpoint());
        hooks.setHeader(SandboxServer::hookKeyHeader(), m_server.hookKey().toLatin1());
        HttpResult stats = hooks.send("GET", "/__sandbox/stats");
        QCOMPARE(stats.status, 200);
        const QJsonObject requests = stats.object()[u"requests"_s].toObject();
        QCOMPARE(requests[u"POST /oidc/token"_s].toInt(), 3);
        QCOMPARE(requests[u"GET "_s + QString::fromLatin1(m_pats)].toInt(), 2);
        QVERIFY(!requests.contains(u"GET /__sandbox/stats"_s)); // hooks are not counted

        QCOMPARE(hooks.send("POST", "/__sandbox/stats/reset").status, 200);
        QCOMPARE(m_server.requestCount(u"POST /oidc/token"_s), 0);
        QCOMPARE(hooks.send("GET", "/__sandbox/stats").object()[u"requests"_s].toObject().size(),
                 0);

        // Requests cut off by a reset still count: the client did send them.
        m_server.addFault(fault(SandboxFault::Action::Reset));
        rawExchange(port(), rawRequest("POST", m_pats, m_bearer, createBody(u"counted"_s)));
        QCOMPARE(m_server.requestCount(u"POST /api/users/*/personal-access-tokens"_s), 1);
    }

    void hooksOverHttp()
    {
        HttpClient hooks(m_server.endpoint());
        hooks.setHeader(SandboxServer::hookKeyHeader(), m_server.hookKey().toLatin1());
        const QJsonObject spec{
            {u"method"_s, u"POST"_s},   {u"path"_s, u"/api/users/*/personal-access-tokens"_s},
            {u"action"_s, u"status"_s}, {u"times"_s, 1},
            {u"status"_s, 503},         {u"retryAfter"_s, 1}};
        QCOMPARE(hooks.sendJson("POST", "/__sandbox/faults", spec).status, 200);
        HttpResult r = m_http->send("POST", m_pats, createBody(u"hooked"_s), "application/json");
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));

        QCOMPARE(hooks.sendJson("POST", "/__sandbox/faults", QJsonObject{{u"action"_s, u"bogus"_s}})
                     .status,
                 400);
        QCOMPARE(hooks
                     .sendJson("POST", "/__sandbox/faults",
                               QJsonObject{{u"path"_s, u"/api/users"_s},
                                           {u"action"_s, u"oversized"_s},
                                           {u"bytes"_s, 1000},
                                           {u"times"_s, 5}})
                     .status,
                 200);
        QCOMPARE(hooks.send("DELETE", "/__sandbox/faults").status, 200);
        QVERIFY(m_http->send("GET", "/api/users").json().isArray());

        const QJsonObject delayed{
            {u"path"_s, u"/oidc/jwks"_s}, {u"action"_s, u"delay"_s}, {u"delayMs"_s, 300}};
        QCOMPARE(hooks.sendJson("POST", "/__sandbox/faults", delayed).status, 200);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(hooks.send("GET", "/oidc/jwks").status, 200);
        QVERIFY(timer.elapsed() >= 290);

        const QJsonObject resetAfter{{u"method"_s, u"POST"_s},
                                     {u"path"_s, u"/api/users/*/personal-access-tokens"_s},
                                     {u"action"_s, u"resetAfterHandling"_s}};
        QCOMPARE(hooks.sendJson("POST", "/__sandbox/faults", resetAfter).status, 200);
        bool closed = false;
        QVERIFY(rawExchange(port(),
                            rawRequest("POST", m_pats, m_bearer, createBody(u"hooked ambiguous"_s)),
                            &closed)
                    .isEmpty());
        QVERIFY(closed);
        QVERIFY(tokenNames().contains(u"hooked ambiguous"_s));

        r = hooks.sendJson("POST", "/__sandbox/apps",
                           QJsonObject{{u"managementApi"_s, false}, {u"tokenExchange"_s, true}});
        QCOMPARE(r.status, 200);
        const QString appId = r.object()[u"appId"_s].toString();
        const QString secret = r.object()[u"appSecret"_s].toString();
        QVERIFY(!appId.isEmpty() && !secret.isEmpty());
        HttpClient app(m_server.endpoint());
        QVERIFY(app.authenticate(appId, secret));
        QCOMPARE(app.send("GET", "/api/users").status, 403);
        QCOMPARE(hooks.send("GET", "/__sandbox/nothing").status, 404);
    }

    void keepAliveThroughTheFront()
    {
        const QByteArray first = rawRequest("GET", "/oidc/jwks", {}, {}, false);
        const QByteArray second = rawRequest("GET", m_pats, m_bearer, {}, true);
        bool closed = false;
        const QByteArray both = rawExchange(port(), first + second, &closed);
        QVERIFY(closed);
        QCOMPARE(both.count("HTTP/1.1 200 OK"), 2);
        const RawAnswer one = parseRaw(both);
        const qsizetype secondStart = both.indexOf("HTTP/1.1", 10);
        QVERIFY(QJsonDocument::fromJson(one.body.left(one.values("Content-Length")[0].toInt()))
                    .isObject());
        const RawAnswer two = parseRaw(both.mid(secondStart));
        QVERIFY(QJsonDocument::fromJson(two.body).isArray());

        // A chunked request body is passed on whole.
        const QByteArray chunkedBody = createBody(u"chunked upload"_s);
        QByteArray chunked = "POST " + m_pats +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_bearer +
                             "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                             "Connection: close\r\n\r\n";
        chunked += QByteArray::number(5, 16) + "\r\n" + chunkedBody.left(5) + "\r\n";
        chunked += QByteArray::number(chunkedBody.size() - 5, 16) + "\r\n" + chunkedBody.mid(5) +
                   "\r\n0\r\n\r\n";
        QCOMPARE(parseRaw(rawExchange(port(), chunked)).status, 201);
        QVERIFY(tokenNames().contains(u"chunked upload"_s));

        // The Expect: 100-continue handshake passes through the front.
        QByteArray expecting = rawRequest("POST", m_pats, m_bearer, createBody(u"expect"_s));
        expecting.replace("Connection: close\r\n", "Connection: close\r\nExpect: 100-continue\r\n");
        const QByteArray answer = rawExchange(port(), expecting);
        QVERIFY(answer.contains("201 Created"));
    }

    // Creating apps (and every other hook) takes this run's key: another local
    // process that finds the port cannot mint Management API credentials.
    void hooksNeedTheRunKey_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("create app") << QByteArray("POST") << QByteArray("/__sandbox/apps");
        QTest::newRow("add fault") << QByteArray("POST") << QByteArray("/__sandbox/faults");
        QTest::newRow("stats") << QByteArray("GET") << QByteArray("/__sandbox/stats");
        QTest::newRow("clear faults") << QByteArray("DELETE") << QByteArray("/__sandbox/faults");
    }

    void hooksNeedTheRunKey()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        const QByteArray key = m_server.hookKey().toLatin1();
        QCOMPARE(key.size(), 32);
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"managementApi"_s, true}, {u"action"_s, u"reset"_s}})
                .toJson(QJsonDocument::Compact);
        HttpClient anonymous(m_server.endpoint());
        QCOMPARE(anonymous.send(method, path, body, "application/json").status, 403);
        HttpClient guessing(m_server.endpoint());
        QByteArray wrong = key;
        wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
        guessing.setHeader(SandboxServer::hookKeyHeader(), wrong);
        QCOMPARE(guessing.send(method, path, body, "application/json").status, 403);
        HttpClient shortKey(m_server.endpoint());
        shortKey.setHeader(SandboxServer::hookKeyHeader(), key.left(8));
        QCOMPARE(shortKey.send(method, path, body, "application/json").status, 403);
        QCOMPARE(anonymous.send("GET", "/oidc/jwks").status, 200); // no reset fault was added

        SandboxServer other;
        SandboxOptions options;
        options.testHooks = true;
        QVERIFY(other.start(options));
        QVERIFY(other.hookKey() != m_server.hookKey()); // a new key each run
    }

    void noHooksWithoutTestHooks()
    {
        SandboxServer plain;
        QVERIFY(plain.start({}));
        HttpClient client(plain.endpoint());
        QCOMPARE(client.send("GET", "/__sandbox/stats").status, 404);
        QCOMPARE(
            client.sendJson("POST", "/__sandbox/faults", QJsonObject{{u"action"_s, u"reset"_s}})
                .status,
            404);
        QCOMPARE(plain.requestCount(u"POST /oidc/token"_s), 0);
        QVERIFY(plain.hookKey().isEmpty());
        SandboxFault f;
        f.action = SandboxFault::Action::Reset;
        plain.addFault(f); // ignored without test hooks
        QCOMPARE(client.send("GET", "/oidc/jwks").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
