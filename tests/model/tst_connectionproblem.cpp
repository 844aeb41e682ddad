// Tests ConnectionProblem: each cause a person can act on (refused, DNS, TLS,
// timeout, 401) is named with the address, and a refused connection to a real
// closed port on 127.0.0.1 arrives as "connection refused".
#include "model/session/connectionproblem.h"
#include "net/logtoclient.h"
#include "tests/support/awaitcall.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace latchkey {

class TestConnectionProblem : public QObject
{
    Q_OBJECT

private slots:
    void namesCauseAndAddress_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("cause");
        using Kind = ApiError::Kind;
        QTest::newRow("refused") << ApiError(Kind::Network, 0, u"connection_refused"_s, {})
                                 << u"Connection refused"_s;
        QTest::newRow("dns") << ApiError(Kind::Network, 0, u"host_not_found"_s, {}) << u"(DNS)"_s;
        QTest::newRow("closed") << ApiError(Kind::Network, 0, u"remote_closed"_s, {})
                                << u"closed the connection"_s;
        QTest::newRow("tls") << ApiError(Kind::Tls, 0, {}, {}, u"self-signed certificate"_s)
                             << u"TLS problem"_s;
        QTest::newRow("timeout") << ApiError(Kind::Timeout, 0, {}, {}) << u"(timeout)"_s;
        QTest::newRow("401") << ApiError(Kind::Unauthorized, 401, u"invalid_client"_s, {})
                             << u"(401)"_s;
        QTest::newRow("500") << ApiError(Kind::Server, 500, {}, {}) << u"answered, but"_s;
    }

    void namesCauseAndAddress()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, cause);
        const QUrl endpoint(u"https://logto.example.net:8443"_s);
        const QString text = ConnectionProblem::describe(error, endpoint);
        QVERIFY2(text.contains(cause), qPrintable(text));
        if (error.code() == u"host_not_found"_s)
            QVERIFY2(text.contains(u"logto.example.net"_s), qPrintable(text));
        else
            QVERIFY2(text.contains(u"logto.example.net:8443"_s), qPrintable(text));
    }

    void addressHasThePort()
    {
        QCOMPARE(ConnectionProblem::address(QUrl(u"https://tenant.logto.app"_s)),
                 u"tenant.logto.app:443"_s);
        QCOMPARE(ConnectionProblem::address(QUrl(u"http://127.0.0.1"_s)), u"127.0.0.1:80"_s);
        QCOMPARE(ConnectionProblem::address(QUrl(u"http://[::1]:3001"_s)), u"[::1]:3001"_s);
    }

    void aClosedPortIsRefused()
    {
        // A port that was free a moment ago and has nothing listening now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientConfig config;
        config.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        config.appId = u"app"_s;
        config.appSecret = SecretBytes::fromString(u"secret"_s);
        config.maxAttempts = 1;
        const QUrl endpoint = config.endpoint;
        LogtoClient client(std::move(config));
        const auto result = test::awaitCall<Done>(
            [&](QObject *c, auto done) { return client.authenticate(c, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::Network);
        QCOMPARE(result.error().code(), u"connection_refused"_s);
        const QString text = ConnectionProblem::describe(result.error(), endpoint);
        QVERIFY2(text.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(text));
        QVERIFY2(text.contains(u"Connection refused"_s), qPrintable(text));
    }
};

} // namespace latchkey

QTEST_GUILESS_MAIN(latchkey::TestConnectionProblem)
#include "tst_connectionproblem.moc"
