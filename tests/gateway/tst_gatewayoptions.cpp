// Tests GatewayOptions: command line over environment over INI file, every option, the
// example configuration the package installs, and the secret only from a file or
// LATCHKEY_GATEWAY_SECRET — never from argv or the INI file.
#include "app/gateway/gatewayoptions.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;
using latchkey::test::TestPaths;

namespace {

const QStringList kRequired = {u"latchkey-gateway"_s,
                               u"--logto"_s,
                               u"https://tenant.logto.app"_s,
                               u"--app-id"_s,
                               u"app1"_s,
                               u"--resource"_s,
                               u"https://gw.example/api"_s};

QProcessEnvironment environment(const QList<QPair<QString, QString>> &variables)
{
    QProcessEnvironment env;
    for (const auto &v : variables)
        env.insert(v.first, v.second);
    return env;
}

} // namespace

class TestGatewayOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &text,
                      QFileDevice::Permissions permissions = QFileDevice::ReadOwner |
                                                             QFileDevice::WriteOwner)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(text);
        file.close();
        file.setPermissions(permissions);
        return file.fileName();
    }

private slots:
    void secretFromFileOrEnvironment()
    {
        const QString secretFile = writeFile(u"secret"_s, "  from-file\n");
        auto parsed =
            GatewayOptions::parse(kRequired + QStringList{u"--secret-file"_s, secretFile}, {});
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        QCOMPARE(parsed.config->appSecret.bytes(), "from-file"_ba);
        parsed = GatewayOptions::parse(
            kRequired, environment({{u"LATCHKEY_GATEWAY_SECRET"_s, u"from-env"_s}}));
        QVERIFY(parsed.config);
        QCOMPARE(parsed.config->appSecret.bytes(), "from-env"_ba);
        // Without either there is nothing to act as.
        parsed = GatewayOptions::parse(kRequired, {});
        QVERIFY(!parsed.config);
        QVERIFY(parsed.error.contains(u"LATCHKEY_GATEWAY_SECRET"_s));
    }

    void secretOnTheCommandLineIsRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("--secret X") << QStringList{u"--secret"_s, u"s3cr3t"_s};
        QTest::newRow("--secret=X") << QStringList{u"--secret=s3cr3t"_s};
        QTest::newRow("--app-secret=X") << QStringList{u"--app-secret=s3cr3t"_s};
        QTest::newRow("--client-secret X") << QStringList{u"--client-secret"_s, u"s3cr3t"_s};
    }

    void secretOnTheCommandLineIsRefused()
    {
        QFETCH(QStringList, extra);
        const auto parsed = GatewayOptions::parse(
            kRequired + extra, environment({{u"LATCHKEY_GATEWAY_SECRET"_s, u"x"_s}}));
        QVERIFY(!parsed.config);
        QVERIFY(parsed.error.contains(u"never taken from the command line"_s));
        QVERIFY(!parsed.error.contains(u"s3cr3t"_s));
    }

    void secretInTheIniFileIsRefused()
    {
        const QString ini = writeFile(
            u"with-secret.conf"_s, "[gateway]\nlogto = https://t.logto.app\napp-secret = s3cr3t\n");
        const auto parsed = GatewayOptions::parse({u"latchkey-gateway"_s, u"--config"_s, ini}, {});
        QVERIFY(!parsed.config);
        QVERIFY(parsed.error.contains(u"must not hold the app secret"_s));
        QVERIFY(!parsed.error.contains(u"s3cr3t"_s));
    }

    void worldReadableSecretFileIsRefused()
    {
        const QString file =
            writeFile(u"open-secret"_s, "x",
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const auto parsed =
            GatewayOptions::parse(kRequired + QStringList{u"--secret-file"_s, file}, {});
        QVERIFY(!parsed.config);
        QVERIFY(parsed.error.contains(u"chmod o-r"_s));
    }

    void everyOptionAndTheDefaults()
    {
        auto parsed =
            GatewayOptions::parse(kRequired, environment({{u"LATCHKEY_GATEWAY_SECRET"_s, u"x"_s}}));
        QVERIFY(parsed.config);
        const GatewayConfig &d = *parsed.config;
        QCOMPARE(d.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(d.listenPort, quint16(0));
        QCOMPARE(d.policy.maxLifetimeDays, 90);
        QCOMPARE(d.policy.allowNeverExpires, false);
        QCOMPARE(d.policy.maxTokensPerUser, 20);
        QCOMPARE(d.ratePerMinute, 30);
        QCOMPARE(d.upstreamTimeout, std::chrono::milliseconds(10000));
        QCOMPARE(d.issuer(), u"https://tenant.logto.app/oidc"_s);

        parsed = GatewayOptions::parse(
            kRequired + QStringList{u"--api-indicator"_s, u"https://tenant.logto.app/api"_s,
                                    u"--listen"_s, u"[::1]:8443"_s, u"--scope"_s, u"gw:use"_s,
                                    u"--max-lifetime-days"_s, u"7"_s, u"--allow-never"_s,
                                    u"--max-tokens"_s, u"3"_s, u"--rate-per-minute"_s, u"5"_s,
                                    u"--upstream-timeout"_s, u"2"_s, u"--drain-timeout"_s, u"4"_s},
            environment({{u"LATCHKEY_GATEWAY_SECRET"_s, u"x"_s}}));
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        const GatewayConfig &c = *parsed.config;
        QCOMPARE(c.apiIndicator, u"https://tenant.logto.app/api"_s);
        QCOMPARE(c.listenAddress, QHostAddress(u"::1"_s));
        QCOMPARE(c.listenPort, quint16(8443));
        QCOMPARE(c.requiredScope, u"gw:use"_s);
        QCOMPARE(c.policy.maxLifetimeDays, 7);
        QCOMPARE(c.policy.allowNeverExpires, true);
        QCOMPARE(c.policy.maxTokensPerUser, 3);
        QCOMPARE(c.ratePerMinute, 5);
        QCOMPARE(c.upstreamTimeout, std::chrono::milliseconds(2000));
        QCOMPARE(c.drainTimeout, std::chrono::milliseconds(4000));
    }

    void precedence()
    {
        const QString ini = writeFile(
            u"precedence.conf"_s, "logto = https://from-file.logto.app\n"
                                  "app-id = file-app\nresource = https://file/api\n"
                                  "max-tokens = 11\nrate-per-minute = 12\nallow-never = true\n");
        const auto parsed = GatewayOptions::parse(
            {u"latchkey-gateway"_s, u"--config"_s, ini, u"--max-tokens"_s, u"13"_s},
            environment({{u"LATCHKEY_GATEWAY_SECRET"_s, u"x"_s},
                         {u"LATCHKEY_GATEWAY_APP_ID"_s, u"env-app"_s},
                         {u"LATCHKEY_GATEWAY_MAX_TOKENS"_s, u"14"_s}}));
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        QCOMPARE(parsed.config->logtoEndpoint, QUrl(u"https://from-file.logto.app"_s));
        QCOMPARE(parsed.config->appId, u"env-app"_s);         // environment over file
        QCOMPARE(parsed.config->policy.maxTokensPerUser, 13); // command line over both
        QCOMPARE(parsed.config->ratePerMinute, 12);           // file over default
        QCOMPARE(parsed.config->policy.allowNeverExpires, true);
    }

    void theInstalledExampleParses()
    {
        const auto parsed =
            GatewayOptions::parse({u"latchkey-gateway"_s, u"--config"_s,
                                   TestPaths::source(u"installer/gateway/gateway.conf.example"_s)},
                                  environment({{u"LATCHKEY_GATEWAY_SECRET"_s, u"x"_s}}));
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        QCOMPARE(parsed.config->listenPort, quint16(8710));
        QCOMPARE(parsed.config->policy.maxLifetimeDays, 90);
        QCOMPARE(parsed.config->resource, u"https://latchkey.example.com/api"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain HTTP off loopback")
            << QStringList{u"--listen"_s, u"0.0.0.0:8080"_s} << u"Refusing plain HTTP"_s;
        QTest::newRow("IPv6 without brackets")
            << QStringList{u"--listen"_s, u"::1:8080"_s} << u"listen"_s;
        QTest::newRow("port out of range")
            << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s} << u"listen"_s;
        QTest::newRow("half of TLS")
            << QStringList{u"--tls-cert"_s, u"c.pem"_s} << u"go together"_s;
        QTest::newRow("zero tokens") << QStringList{u"--max-tokens"_s, u"0"_s} << u"max-tokens"_s;
        QTest::newRow("not a number")
            << QStringList{u"--rate-per-minute"_s, u"lots"_s} << u"rate-per-minute"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("http Logto off loopback")
            << QStringList{u"--logto"_s, u"http://tenant.example"_s} << u"https://"_s;
        QTest::newRow("CA file with no certificate")
            << QStringList{u"--ca-file"_s, u"/nonexistent.pem"_s} << u"/nonexistent.pem"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, error);
        const auto parsed = GatewayOptions::parse(
            kRequired + extra, environment({{u"LATCHKEY_GATEWAY_SECRET"_s, u"x"_s}}));
        QVERIFY(!parsed.config);
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }

    void behindProxyAllowsPlainHttpOffLoopback()
    {
        const auto parsed = GatewayOptions::parse(
            kRequired + QStringList{u"--listen"_s, u"0.0.0.0:8080"_s, u"--behind-proxy"_s},
            environment({{u"LATCHKEY_GATEWAY_SECRET"_s, u"x"_s}}));
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        QVERIFY(parsed.config->behindProxy);
    }

    void helpAndVersion()
    {
        auto parsed = GatewayOptions::parse({u"latchkey-gateway"_s, u"--version"_s}, {});
        QVERIFY(parsed.output.startsWith(u"latchkey-gateway "_s));
        parsed = GatewayOptions::parse({u"latchkey-gateway"_s, u"--help"_s}, {});
        QVERIFY(parsed.output.contains(u"--secret-file"_s));
        QVERIFY(!parsed.output.contains(u"--secret "_s));
    }
};

QTEST_GUILESS_MAIN(TestGatewayOptions)
#include "tst_gatewayoptions.moc"
