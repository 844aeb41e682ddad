// Tests ClientConfig (API indicator, URLs), TransportPolicy and FormEncoding.
#include "net/clientconfig.h"
#include "net/formencoding.h"
#include "net/transportpolicy.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

class TestClientConfig : public QObject
{
    Q_OBJECT

private slots:
    void apiIndicator()
    {
        QCOMPARE(ClientConfig::defaultApiIndicator(QUrl(u"https://abc123.logto.app"_s)),
                 u"https://abc123.logto.app/api"_s);
        QCOMPARE(ClientConfig::defaultApiIndicator(QUrl(u"https://ABC123.Logto.App/"_s)),
                 u"https://abc123.logto.app/api"_s);
        QCOMPARE(ClientConfig::defaultApiIndicator(QUrl(u"https://auth.example.com"_s)),
                 u"https://default.logto.app/api"_s);
        QCOMPARE(ClientConfig::defaultApiIndicator(QUrl(u"http://127.0.0.1:3001"_s)),
                 u"https://default.logto.app/api"_s);
        QCOMPARE(ClientConfig::defaultApiIndicator(QUrl(u"https://logto.app"_s)),
                 u"https://default.logto.app/api"_s);
        ClientConfig config;
        config.endpoint = QUrl(u"https://t1.logto.app"_s);
        QCOMPARE(config.effectiveApiIndicator(), u"https://t1.logto.app/api"_s);
        config.apiIndicator = u"https://custom/api"_s;
        QCOMPARE(config.effectiveApiIndicator(), u"https://custom/api"_s);
    }

    void endpointUrlKeepsPrefixAndEncoding()
    {
        ClientConfig config;
        config.endpoint = QUrl(u"https://auth.example.com/logto/?x=1"_s);
        QCOMPARE(config.endpointUrl(u"/api/users/a%2Fb"_s).toString(QUrl::FullyEncoded),
                 u"https://auth.example.com/logto/api/users/a%2Fb"_s);
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowPlain");
        QTest::addColumn<bool>("refused");
        QTest::newRow("https remote") << u"https://example.com"_s << false << false;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:3001"_s << false << false;
        QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3"_s << false << false;
        QTest::newRow("http ::1") << u"http://[::1]:80"_s << false << false;
        QTest::newRow("http localhost") << u"http://LocalHost:3001"_s << false << false;
        QTest::newRow("http remote") << u"http://example.invalid"_s << false << true;
        QTest::newRow("http lookalike") << u"http://localhost.example.com"_s << false << true;
        QTest::newRow("http 10.0.0.1") << u"http://10.0.0.1"_s << false << true;
        QTest::newRow("http remote allowed") << u"http://example.invalid"_s << true << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << true << true;
    }

    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowPlain);
        QFETCH(bool, refused);
        const ApiError error = TransportPolicy::check(QUrl(url), allowPlain);
        QCOMPARE(error.isError(), refused);
        if (refused)
            QCOMPARE(error.kind(), ApiError::Kind::Insecure);
    }

    void tlsKeepsVerificationAndAddsCas()
    {
        const QSslConfiguration ssl = TransportPolicy::sslConfiguration({});
        QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(ssl.caCertificates().size(),
                 QSslConfiguration::defaultConfiguration().caCertificates().size());
    }

    void formEncoding()
    {
        QCOMPARE(FormEncoding::encode("a b&c=d/é~"), "a+b%26c%3Dd%2F%C3%A9~"_ba);
        QCOMPARE(
            FormEncoding::body({{"grant_type", "client_credentials"}, {"scope", "all"}}).bytes(),
            "grant_type=client_credentials&scope=all"_ba);
        // RFC 6749 2.3.1: both parts form-encoded before base64.
        QCOMPARE(FormEncoding::basicAuthorization("my app", "p:w").bytes(),
                 "Basic " + "my+app:p%3Aw"_ba.toBase64());
    }
};

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
