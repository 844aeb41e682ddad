// latchkey-sandbox as a subprocess: its one JSON line, clean shutdown, --db persistence, TLS.
#include "tests/sandbox/sandboxtesthelpers.h"

#include <latchkeyversion.h>

#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace sandboxtest;

namespace {

QString sandboxExecutable()
{
    return latchkey::test::TestPaths::build(u"app/sandbox/latchkey-sandbox"_s);
}

struct Sandbox
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray line;
    QJsonObject info;

    QUrl endpoint() const { return QUrl(info[u"endpoint"_s].toString()); }
    QString appId() const { return info[u"appId"_s].toString(); }
    QString appSecret() const { return info[u"appSecret"_s].toString(); }
    QString userId() const { return info[u"userId"_s].toString(); }

    bool start(const QStringList &arguments)
    {
        process->start(sandboxExecutable(), arguments);
        if (!process->waitForStarted(10000))
            return false;
        while (!process->canReadLine()) {
            if (!process->waitForReadyRead(10000))
                return false;
        }
        line = process->readLine();
        info = QJsonDocument::fromJson(line).object();
        return !info.isEmpty();
    }

    // SIGTERM; the server must leave on its own, with exit code 0.
    bool stop()
    {
        process->terminate();
        return process->waitForFinished(10000) && process->exitStatus() == QProcess::NormalExit &&
               process->exitCode() == 0;
    }

    ~Sandbox()
    {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
};

// Permission bits of a file, -1 when it is missing.
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private slots:
    void printsOneJsonLineAndServes()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--seed-users"_s, u"5"_s, u"--seed-tokens"_s, u"3"_s}));
        QVERIFY(sandbox.line.endsWith('\n'));
        QCOMPARE(sandbox.line.count('\n'), 1);
        QCOMPARE(sandbox.info.keys(), (QStringList{u"apiIndicator"_s, u"appId"_s, u"appSecret"_s,
                                                   u"endpoint"_s, u"userId"_s}));
        QCOMPARE(sandbox.info[u"apiIndicator"_s].toString(), u"https://default.logto.app/api"_s);
        QCOMPARE(sandbox.endpoint().scheme(), u"http"_s);
        QCOMPARE(sandbox.endpoint().host(), u"127.0.0.1"_s);

        HttpClient client(sandbox.endpoint());
        QVERIFY(client.authenticate(sandbox.appId(), sandbox.appSecret()));
        HttpResult r = client.send("GET", "/api/users");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Total-Number"), QByteArray("6"));
        r = client.send("GET",
                        "/api/users/" + sandbox.userId().toLatin1() + "/personal-access-tokens");
        QCOMPARE(r.array().size(), 3);
        const QByteArray patValue = r.array()[0][u"value"_s].toString().toLatin1();

        QVERIFY(sandbox.stop());
        // Quiet: nothing else on stdout, and no secrets (or anything) on stderr.
        QCOMPARE(sandbox.process->readAllStandardOutput(), QByteArray());
        const QByteArray errors = sandbox.process->readAllStandardError();
        QVERIFY(!errors.contains(sandbox.appSecret().toLatin1()));
        QVERIFY(!errors.contains(patValue));
        QCOMPARE(errors, QByteArray());
    }

    void fixedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--port"_s, QString::number(port)}));
        QCOMPARE(sandbox.endpoint().port(), int(port));
        QVERIFY(sandbox.stop());
    }

    void versionAndBadArguments()
    {
        QProcess version;
        version.start(sandboxExecutable(), {u"--version"_s});
        QVERIFY(version.waitForFinished(10000));
        QVERIFY(version.readAllStandardOutput().contains(LATCHKEY_VERSION));

        QProcess bad;
        bad.start(sandboxExecutable(), {u"--port"_s, u"notaport"_s});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QCOMPARE(bad.readAllStandardOutput(), QByteArray());
    }

    // The key that opens the test hooks is on the one line the starter reads, and
    // only when hooks were asked for.
    void hookKeyOnlyWithTestHooks()
    {
        Sandbox hooked;
        QVERIFY(hooked.start({u"--test-hooks"_s}));
        const QByteArray key = hooked.info[u"hookKey"_s].toString().toLatin1();
        QCOMPARE(key.size(), 32);
        HttpClient client(hooked.endpoint());
        const QByteArray body = R"({"managementApi":true})";
        QCOMPARE(client.send("POST", "/__sandbox/apps", body, "application/json").status, 403);
        client.setHeader("Latchkey-Sandbox-Key", key);
        const HttpResult created = client.send("POST", "/__sandbox/apps", body, "application/json");
        QCOMPARE(created.status, 200);
        QVERIFY(!created.object()[u"appSecret"_s].toString().isEmpty());
        QVERIFY(hooked.stop());
        QCOMPARE(hooked.process->readAllStandardOutput(), QByteArray());
        QVERIFY(!hooked.process->readAllStandardError().contains(key));

        Sandbox again;
        QVERIFY(again.start({u"--test-hooks"_s}));
        QVERIFY(again.info[u"hookKey"_s].toString().toLatin1() != key);
        QVERIFY(again.stop());
    }

    // The database holds the signing key, app secrets and token values: 0600 in a
    // 0700 folder even when the caller's umask is 022, and an older 0644 file is tightened.
    void databaseIsTheUsersAlone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"state/sandbox"_s);
        const QString db = folder + u"/sandbox.db"_s;
        const auto permissive = [] { ::umask(022); };
        {
            Sandbox sandbox;
            sandbox.process->setChildProcessModifier(permissive);
            QVERIFY(sandbox.start({u"--db"_s, db, u"--seed-tokens"_s, u"2"_s}));
            HttpClient client(sandbox.endpoint());
            QVERIFY(client.authenticate(sandbox.appId(), sandbox.appSecret()));
            QCOMPARE(client
                         .sendJson("POST",
                                   "/api/users/" + sandbox.userId().toLatin1() +
                                       "/personal-access-tokens",
                                   QJsonObject{{u"name"_s, u"mode check"_s}})
                         .status,
                     201);
            // While it runs, SQLite's write-ahead log holds values too.
            QVERIFY(QFile::exists(db + u"-wal"_s));
            for (const QString &file : {db, db + u"-wal"_s, db + u"-shm"_s})
                QCOMPARE(modeOf(file), 0600);
            QVERIFY(sandbox.stop());
        }
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(db), 0600);

        // A database an older sandbox left world-readable.
        QCOMPARE(::chmod(QFile::encodeName(db).constData(), 0644), 0);
        Sandbox again;
        again.process->setChildProcessModifier(permissive);
        QVERIFY(again.start({u"--db"_s, db}));
        QCOMPARE(modeOf(db), 0600);
        QVERIFY(again.stop());
    }

    void databasePersistsAcrossRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"sandbox.db"_s);
        QJsonObject firstInfo;
        QByteArray accessToken, patValue;
        QString kid;
        {
            Sandbox sandbox;
            QVERIFY(sandbox.start({u"--db"_s, db, u"--seed-users"_s, u"2"_s}));
            firstInfo = sandbox.info;
            HttpClient client(sandbox.endpoint());
            QVERIFY(client.authenticate(sandbox.appId(), sandbox.appSecret()));
            accessToken = client.clientCredentials(sandbox.appId(), sandbox.appSecret())
                              .object()[u"access_token"_s]
                              .toString()
                              .toLatin1();
            const HttpResult r = client.sendJson(
                "POST", "/api/users/" + sandbox.userId().toLatin1() + "/personal-access-tokens",
                QJsonObject{{u"name"_s, u"persisted 部署"_s}});
            QCOMPARE(r.status, 201);
            patValue = r.object()[u"value"_s].toString().toLatin1();
            kid = client.send("GET", "/oidc/jwks").object()[u"keys"_s][0][u"kid"_s].toString();
            QVERIFY(sandbox.stop());
        }
        Sandbox again;
        QVERIFY(again.start({u"--db"_s, db, u"--seed-users"_s, u"2"_s}));
        QCOMPARE(again.appId(), firstInfo[u"appId"_s].toString());
        QCOMPARE(again.appSecret(), firstInfo[u"appSecret"_s].toString());
        QCOMPARE(again.userId(), firstInfo[u"userId"_s].toString());
        HttpClient client(again.endpoint());
        QCOMPARE(client.send("GET", "/oidc/jwks").object()[u"keys"_s][0][u"kid"_s].toString(), kid);
        client.setBearer(accessToken); // signed before the restart, still valid
        HttpResult r = client.send("GET", "/api/users/" + again.userId().toLatin1() +
                                              "/personal-access-tokens");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array()[0][u"name"_s].toString(), u"persisted 部署"_s);
        QCOMPARE(r.array()[0][u"value"_s].toString().toLatin1(), patValue);
        QCOMPARE(client.send("GET", "/api/users").header("Total-Number"),
                 QByteArray("3")); // not seeded twice
        QVERIFY(again.stop());
    }

    void servesHttps_data()
    {
        QTest::addColumn<bool>("testHooks");
        QTest::newRow("direct") << false;
        QTest::newRow("through the fault front") << true;
    }

    void servesHttps()
    {
        QFETCH(bool, testHooks);
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s,
                       cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                       u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);

        Sandbox sandbox;
        QStringList arguments{u"--tls-cert"_s, cert, u"--tls-key"_s, key};
        if (testHooks)
            arguments << u"--test-hooks"_s;
        QVERIFY(sandbox.start(arguments));
        QCOMPARE(sandbox.endpoint().scheme(), u"https"_s);

        // Verification stays on: the test trusts exactly this self-signed certificate.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        HttpClient client(sandbox.endpoint());
        client.setSslConfiguration(ssl);
        QVERIFY(client.authenticate(sandbox.appId(), sandbox.appSecret()));
        const HttpResult r = client.send("GET", "/api/users/" + sandbox.userId().toLatin1());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"id"_s].toString(), sandbox.userId());
        QCOMPARE(jwtPart(client.clientCredentials(sandbox.appId(), sandbox.appSecret())
                             .object()[u"access_token"_s]
                             .toString()
                             .toLatin1(),
                         1)[u"iss"_s]
                     .toString(),
                 sandbox.endpoint().toString() + u"/oidc"_s);
        client.setHeader("Latchkey-Sandbox-Key", sandbox.info[u"hookKey"_s].toString().toLatin1());
        if (testHooks)
            QCOMPARE(client.send("GET", "/__sandbox/stats")
                         .object()[u"requests"_s][u"POST /oidc/token"_s]
                         .toInt(),
                     2);

        // Without trusting the certificate the client must refuse it.
        HttpClient untrusting(sandbox.endpoint());
        QCOMPARE(untrusting.send("GET", "/oidc/jwks").error,
                 QNetworkReply::SslHandshakeFailedError);
        QVERIFY(sandbox.stop());
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
