// The latchkey-gateway executable against an in-process sandbox: its one start-up line,
// audit lines on stdout, the secret refused on argv, plain HTTP refused off loopback,
// X-Forwarded-For behind a proxy, HTTPS, and SIGTERM draining requests in flight.
#include "tests/gateway/gatewaytesthelpers.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <csignal>

using namespace latchkey;
using namespace gatewaytest;
using latchkey::test::TestPaths;

namespace {

// A function: the build tree is found from the running executable, after QCoreApplication.
QString gatewayExecutable()
{
    return TestPaths::build(u"app/gateway/latchkey-gateway"_s);
}
const QByteArray kTokens = "/api/me/personal-access-tokens";

} // namespace

class TestGatewayExecutable : public QObject
{
    Q_OBJECT

private:
    LogtoFixture m_logto;
    QTemporaryDir m_dir;
    QString m_alice;
    QByteArray m_bearer;
    QString m_pat;

    struct Gateway
    {
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
        QJsonObject line;
        QUrl url() const { return QUrl(line[u"listen"_s].toString()); }
        ~Gateway()
        {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    };

    QStringList baseArguments() const
    {
        return {u"--logto"_s,    m_logto.sandbox.endpoint().toString(),
                u"--app-id"_s,   m_logto.sandbox.appId(),
                u"--resource"_s, kResource};
    }

    QProcessEnvironment withSecret() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LATCHKEY_GATEWAY_SECRET"_s, m_logto.sandbox.appSecret());
        return env;
    }

    // Starts the gateway and reads its first line while the sandbox keeps serving.
    bool start(Gateway &gateway, const QStringList &extra)
    {
        gateway.process->setProcessEnvironment(withSecret());
        gateway.process->start(gatewayExecutable(), baseArguments() + extra);
        if (!QTest::qWaitFor([&] { return gateway.process->canReadLine(); }, 15000)) {
            qWarning("no line: %s", gateway.process->readAllStandardError().constData());
            return false;
        }
        gateway.line = QJsonDocument::fromJson(gateway.process->readLine()).object();
        return gateway.line.contains(u"listen"_s);
    }

    // Runs the executable to its end (nothing served): exit code, stdout, stderr.
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(gatewayExecutable(), arguments);
        Run r;
        if (!process.waitForFinished(15000))
            return r;
        r.exitCode = process.exitCode();
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(gatewayExecutable()).isExecutable());
        QVERIFY(m_logto.start());
        m_alice = m_logto.createUser(u"alice"_s);
        m_pat = m_logto.createPat(m_alice, u"laptop"_s);
        m_bearer = m_logto.gatewayToken(m_pat);
        QVERIFY(m_bearer.count('.') == 2);
    }

    void oneLineThenServesAndAudits()
    {
        Gateway gateway;
        QVERIFY(start(gateway, {}));
        QCOMPARE(gateway.line.keys(), (QStringList{u"listen"_s, u"resource"_s}));
        QCOMPARE(gateway.url().host(), u"127.0.0.1"_s);
        QVERIFY(gateway.url().port() > 0);
        QCOMPARE(gateway.line[u"resource"_s].toString(), kResource);

        HttpClient c(gateway.url());
        c.setBearer(m_bearer);
        QCOMPARE(c.send("GET", kTokens).status, 200);
        const HttpResult created = c.sendJson(
            "POST", kTokens,
            QJsonObject{{u"name"_s, u"from the binary"_s},
                        {u"expiresAt"_s, double(QDateTime::currentMSecsSinceEpoch() + 86400000)}});
        QCOMPARE(created.status, 201);
        const QByteArray value = created.object()[u"value"_s].toString().toLatin1();
        QTRY_VERIFY_WITH_TIMEOUT(gateway.process->canReadLine(), 10000);
        const QByteArray auditLine = gateway.process->readLine();
        const QJsonObject audit = QJsonDocument::fromJson(auditLine).object();
        QCOMPARE(audit[u"action"_s].toString(), u"create"_s);
        QCOMPARE(audit[u"userId"_s].toString(), m_alice);
        QCOMPARE(audit[u"tokenName"_s].toString(), u"from the binary"_s);
        QCOMPARE(audit[u"status"_s].toInt(), 201);
        QCOMPARE(audit[u"fingerprint"_s].toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex()));
        for (const QByteArray &secret :
             {value, m_bearer, m_pat.toLatin1(), m_logto.sandbox.appSecret().toLatin1()})
            QVERIFY(!auditLine.contains(secret));
        // Nothing on stderr carries a secret either.
        const QByteArray err = gateway.process->readAllStandardError();
        QVERIFY(!err.contains(m_logto.sandbox.appSecret().toLatin1()));
    }

    void secretOnArgvIsRefused()
    {
        for (const QStringList &secretArgs :
             {QStringList{u"--secret"_s, u"s3cr3t-value"_s},
              QStringList{u"--app-secret=s3cr3t-value"_s},
              QStringList{u"--client-secret"_s, u"s3cr3t-value"_s}}) {
            const Run r =
                run(baseArguments() + secretArgs, QProcessEnvironment::systemEnvironment());
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY(r.err.contains("never taken from the command line"));
            QVERIFY(!r.err.contains("s3cr3t"));
        }
        // With the secret given properly, the same command line is fine.
        Gateway gateway;
        QVERIFY(start(gateway, {}));
    }

    void plainHttpOffLoopbackIsRefused()
    {
        Run r = run(baseArguments() + QStringList{u"--listen"_s, u"0.0.0.0:0"_s}, withSecret());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Refusing plain HTTP on 0.0.0.0"));
        QVERIFY(r.out.isEmpty());
        // Behind a proxy it serves, and the audit line names the client the proxy saw.
        Gateway gateway;
        QVERIFY(start(gateway, {u"--listen"_s, u"0.0.0.0:0"_s, u"--behind-proxy"_s}));
        QCOMPARE(gateway.url().host(), u"0.0.0.0"_s);
        HttpClient c(QUrl(u"http://127.0.0.1:%1"_s.arg(gateway.url().port())));
        c.setBearer(m_bearer);
        const HttpResult revoked =
            c.send("POST", kTokens + "/delete", R"({"name":"none such"})", "application/json",
                   {{"X-Forwarded-For", "203.0.113.9, 198.51.100.23"}});
        QCOMPARE(revoked.status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(gateway.process->canReadLine(), 10000);
        const QJsonObject audit = QJsonDocument::fromJson(gateway.process->readLine()).object();
        QCOMPARE(audit[u"clientAddress"_s].toString(), u"198.51.100.23"_s);
        QCOMPARE(audit[u"action"_s].toString(), u"revoke"_s);
    }

    void servesHttps()
    {
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"gw.key"_s,
                       u"-out"_s, u"gw.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                       u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        Gateway gateway;
        QVERIFY(start(gateway,
                      {u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s,
                       m_dir.filePath(u"gw.pem"_s), u"--tls-key"_s, m_dir.filePath(u"gw.key"_s)}));
        QCOMPARE(gateway.url().scheme(), u"https"_s);
        HttpClient c(gateway.url());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(u"gw.pem"_s)));
        c.setSslConfiguration(tls);
        c.setBearer(m_bearer);
        const HttpResult r = c.send("GET", kTokens);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isArray());
        // Without trusting the certificate the client refuses: TLS is real.
        HttpClient untrusting(gateway.url());
        QCOMPARE(untrusting.send("GET", "/api/me/policy").status, 0);
    }

    // SIGTERM: the request in flight finishes, a new one gets 503, the process exits 0.
    void sigtermDrains()
    {
        Gateway gateway;
        QVERIFY(start(gateway, {}));
        HttpClient slow(gateway.url());
        slow.setBearer(m_bearer);
        QCOMPARE(slow.send("GET", kTokens).status, 200); // connection and keys ready
        SandboxFault delay;
        delay.method = u"GET"_s;
        delay.pathPattern = u"/api/users/*/personal-access-tokens"_s;
        delay.action = SandboxFault::Action::Delay;
        delay.delayMs = 1500;
        m_logto.sandbox.resetStats();
        m_logto.sandbox.addFault(delay);
        QNetworkReply *inFlight = slow.start("GET", kTokens);
        QTRY_COMPARE(m_logto.sandbox.requestCount(u"GET /api/users/*/personal-access-tokens"_s), 1);
        QCOMPARE(::kill(pid_t(gateway.process->processId()), SIGTERM), 0);
        HttpClient late(gateway.url());
        late.setBearer(m_bearer);
        // The signal is handled on the gateway's event loop: wait until it refuses.
        HttpResult refused;
        QTRY_VERIFY_WITH_TIMEOUT((refused = late.send("GET", "/api/me/policy")).status == 503,
                                 5000);
        QCOMPARE(refused.code(), u"gateway.shutting_down"_s);
        const HttpResult finished = HttpClient::finish(inFlight);
        QCOMPARE(finished.status, 200);
        QVERIFY(finished.json().isArray());
        QTRY_COMPARE_WITH_TIMEOUT(gateway.process->state(), QProcess::NotRunning, 10000);
        QCOMPARE(gateway.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(gateway.process->exitCode(), 0);
    }

    // latchkey-sandbox --gateway: the sandbox's line names an in-process gateway.
    void sandboxWithGateway()
    {
        QProcess sandbox;
        sandbox.start(TestPaths::build(u"app/sandbox/latchkey-sandbox"_s), {u"--gateway"_s});
        QVERIFY(QTest::qWaitFor([&] { return sandbox.canReadLine(); }, 15000));
        const QJsonObject line = QJsonDocument::fromJson(sandbox.readLine()).object();
        const QUrl gatewayUrl(line[u"gateway"_s].toString());
        QCOMPARE(line[u"gatewayResource"_s].toString(), u"https://gateway.latchkey.test/api"_s);
        QVERIFY(gatewayUrl.port() > 0 &&
                gatewayUrl.port() != QUrl(line[u"endpoint"_s].toString()).port());
        // A developer of that sandbox: PAT -> exchange for the resource -> the gateway.
        HttpClient admin(QUrl(line[u"endpoint"_s].toString()));
        QVERIFY(admin.authenticate(line[u"appId"_s].toString(), line[u"appSecret"_s].toString()));
        const QString userId = line[u"userId"_s].toString();
        const QString pat =
            admin
                .sendJson("POST", "/api/users/" + userId.toLatin1() + "/personal-access-tokens",
                          QJsonObject{{u"name"_s, u"cli"_s}})
                .object()[u"value"_s]
                .toString();
        HttpClient exchanger(QUrl(line[u"endpoint"_s].toString()));
        const HttpResult exchanged = exchanger.send(
            "POST", "/oidc/token",
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange"
            "&subject_token_type=urn%3Alogto%3Atoken-type%3Apersonal_access_token&subject_token=" +
                pat.toLatin1() +
                "&resource=" + QUrl::toPercentEncoding(line[u"gatewayResource"_s].toString()),
            "application/x-www-form-urlencoded",
            {{"Authorization",
              "Basic " + (line[u"appId"_s].toString() + u':' + line[u"appSecret"_s].toString())
                             .toLatin1()
                             .toBase64()}});
        QCOMPARE(exchanged.status, 200);
        HttpClient developer(gatewayUrl);
        developer.setBearer(exchanged.object()[u"access_token"_s].toString().toLatin1());
        const HttpResult me = developer.send("GET", "/api/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object()[u"id"_s].toString(), userId);
        const HttpResult list = developer.send("GET", kTokens);
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(pat.toLatin1()));
        // stdout carried the one line only; audit lines would go to stderr.
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        QVERIFY(sandbox.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGatewayExecutable)
#include "tst_gatewayexecutable.moc"
