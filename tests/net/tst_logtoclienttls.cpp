// Tests LogtoClient over HTTPS against the sandbox with a certificate made
// here by a throw-away CA: refused by default (with the certificate's
// fingerprint in the error), accepted once the CA is trusted in the config.
#include "app/sandbox/sandboxserver.h"
#include "net/logtoclient.h"
#include "tests/support/awaitcall.h"
#include "tests/support/networkthreads.h"
#include "tests/support/sandboxclientconfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestLogtoClientTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // keys live only here
    QSslCertificate m_ca;
    QSslCertificate m_serverCertificate;
    std::unique_ptr<SandboxServer> m_server;

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(u"openssl"_s, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning() << "openssl" << arguments << process.readAllStandardError();
            return false;
        }
        return true;
    }

    static QSslCertificate load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QSslCertificate();
        return QSslCertificate(file.readAll(), QSsl::Pem);
    }

    ClientConfig config() const
    {
        ClientConfig config = sandboxClientConfig(*m_server);
        config.requestTimeout = std::chrono::milliseconds(5000);
        return config;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile ext(m_dir.filePath(u"server.ext"_s));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                  "basicConstraints=CA:FALSE\n"
                  "keyUsage=critical,digitalSignature\n"
                  "extendedKeyUsage=serverAuth\n");
        ext.close();
        const QStringList ecKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
        QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ecKey +
                        QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s,
                                    u"2"_s, u"-subj"_s, u"/CN=Latchkey Test CA"_s, u"-addext"_s,
                                    u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                    u"keyUsage=critical,keyCertSign,cRLSign"_s}));
        QVERIFY(openssl(QStringList{u"req"_s} + ecKey +
                        QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s,
                                    u"-subj"_s, u"/CN=Latchkey Test Server"_s}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                         u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s,
                         u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s}));
        m_ca = load(m_dir.filePath(u"ca.pem"_s));
        m_serverCertificate = load(m_dir.filePath(u"server.pem"_s));
        QVERIFY(!m_ca.isNull());
        QVERIFY(!m_serverCertificate.isNull());

        m_server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.testHooks = true;
        options.tlsCertificateFile = m_dir.filePath(u"server.pem"_s);
        options.tlsKeyFile = m_dir.filePath(u"server.key"_s);
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        QCOMPARE(m_server->endpoint().scheme(), u"https"_s);
    }

    void untrustedCertificateIsRefused()
    {
        LogtoClient client(config());
        const auto result =
            awaitCall<Done>([&](QObject *ctx, auto cb) { return client.authenticate(ctx, cb); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Tls);
        QVERIFY(!result.error().isRetryable());
        const QString fingerprint =
            QString::fromLatin1(m_serverCertificate.digest(QCryptographicHash::Sha256).toHex(':'));
        QVERIFY2(result.error().detail().contains(fingerprint),
                 qPrintable(result.error().detail()));
        QVERIFY2(result.error().detail().contains(u"Latchkey Test Server"_s),
                 qPrintable(result.error().detail()));
        QVERIFY(!result.error().userMessage().isEmpty());
        // The handshake failed, so no HTTP request reached the server.
        QCOMPARE(m_server->requestCount(u"POST /oidc/token"_s), 0);
    }

    void trustedExtraCaIsAccepted()
    {
        ClientConfig trusting = config();
        trusting.extraCaCertificates = {m_ca};
        LogtoClient client(std::move(trusting));
        LK_VERIFY_OK(
            awaitCall<Done>([&](QObject *ctx, auto cb) { return client.authenticate(ctx, cb); }));
        const auto user = awaitCall<User>([&](QObject *ctx, auto cb) {
            return client.getUser(m_server->primaryUserId(), ctx, cb);
        });
        LK_VERIFY_OK(user);
        QCOMPARE(user.value().id, m_server->primaryUserId());
        // The client's HTTPS runs on its manager's thread, which cleanupTestCase waits out.
        QVERIFY(!networkThreadsEnded());
    }

    void otherCaDoesNotHelp()
    {
        ClientConfig wrongCa = config();
        wrongCa.extraCaCertificates = {m_serverCertificate}; // a leaf is no CA
        LogtoClient client(std::move(wrongCa));
        const auto result =
            awaitCall<Done>([&](QObject *ctx, auto cb) { return client.authenticate(ctx, cb); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Kind::Tls);
    }

    // The last HTTPS client's thread ends wholly before the process exits (see
    // networkThreadsEnded).
    void cleanupTestCase()
    {
        m_server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(networkThreadsEnded(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestLogtoClientTls)
#include "tst_logtoclienttls.moc"
