// Tests ConnectionCheck over real HTTP to an in-process sandbox and latchkey-gateway on
// 127.0.0.1: an administrator's connection with its credentials (and a wrong secret); a
// developer's through the gateway, whose policy comes back; a gateway whose Logto is
// down (503); plain HTTP to another computer refused before anything is sent; a CA file
// that cannot be read; and that a second run drops the first one's answer.
#include "app/gateway/gatewayserver.h"
#include "app/sandbox/sandboxserver.h"
#include "model/session/connectioncheck.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
const QString kResource = u"https://gateway.check.test/api"_s;

std::optional<ConnectionCheck::Report> check(ConnectionCheck &check,
                                             const ConnectionProfile &profile,
                                             const QString &secret, ConnectionCheck::Depth depth)
{
    std::optional<ConnectionCheck::Report> report;
    check.run(profile, SecretBytes::fromString(secret), depth,
              [&report](const ConnectionCheck::Report &r) { report = r; });
    // No answer in time reads as none (the callers verify one came).
    if (!QTest::qWaitFor([&report] { return report.has_value(); }, 30000))
        return std::nullopt;
    return report;
}

std::unique_ptr<GatewayServer> startGateway(const QUrl &logto, const SandboxServer &sandbox)
{
    GatewayConfig config;
    config.logtoEndpoint = logto;
    config.appId = sandbox.appId();
    config.appSecret = SecretBytes::fromString(sandbox.appSecret());
    config.resource = kResource;
    config.upstreamTimeout = std::chrono::milliseconds(3000);
    auto gateway = std::make_unique<GatewayServer>();
    QString error;
    if (!gateway->start(std::move(config), &error, [](const QByteArray &) {})) {
        qWarning("gateway: %s", qPrintable(error));
        return nullptr;
    }
    return gateway;
}
} // namespace

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    std::unique_ptr<GatewayServer> m_gateway;

    ConnectionProfile admin() const
    {
        ConnectionProfile profile;
        profile.name = u"admin"_s;
        profile.endpoint = m_sandbox.endpoint();
        profile.appId = m_sandbox.appId();
        return profile;
    }

    ConnectionProfile developer(const QUrl &gateway) const
    {
        ConnectionProfile profile;
        profile.name = u"me"_s;
        profile.kind = SessionKind::Developer;
        profile.endpoint = m_sandbox.endpoint();
        profile.gateway = gateway;
        profile.appId = u"native"_s;
        return profile;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({}));
        QVERIFY(!m_sandbox.ensureResource(kResource, u"Latchkey gateway"_s).isEmpty());
        m_gateway = startGateway(m_sandbox.endpoint(), m_sandbox);
        QVERIFY(m_gateway);
    }

    void administratorsCredentialsAreTried()
    {
        ConnectionCheck checker;
        auto report =
            check(checker, admin(), m_sandbox.appSecret(), ConnectionCheck::Depth::Credentials);
        QVERIFY(report);
        QVERIFY2(report->ok, qPrintable(report->message));
        QVERIFY(report->userCount > 0);
        // Reachable only: a wrong secret is not tried yet.
        report = check(checker, admin(), u"wrong"_s, ConnectionCheck::Depth::Reachable);
        QVERIFY(report && report->ok);
        report = check(checker, admin(), u"wrong"_s, ConnectionCheck::Depth::Credentials);
        QVERIFY(report);
        QVERIFY(!report->ok);
        QVERIFY2(report->message.contains(u"(401)"_s), qPrintable(report->message));
    }

    void developersGatewayAndItsPolicy()
    {
        ConnectionCheck checker;
        const auto report =
            check(checker, developer(m_gateway->url()), {}, ConnectionCheck::Depth::Reachable);
        QVERIFY(report);
        QVERIFY2(report->ok, qPrintable(report->message));
        QVERIFY(report->policy);
        QCOMPARE(report->policy->resource, kResource);
        QCOMPARE(QUrl(report->policy->logtoEndpoint), m_sandbox.endpoint());
    }

    // The gateway runs, but its Logto does not answer: its /healthz says 503.
    void gatewayWithoutItsLogto()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        auto orphan = startGateway(nowhere, m_sandbox);
        QVERIFY(orphan);
        ConnectionCheck checker;
        const auto report =
            check(checker, developer(orphan->url()), {}, ConnectionCheck::Depth::Reachable);
        QVERIFY(report);
        QVERIFY(!report->ok);
        QVERIFY2(report->message.contains(u"cannot reach its Logto (503)"_s),
                 qPrintable(report->message));
    }

    // Refused before anything is sent: the host does not exist, and the sentence is
    // about plain HTTP, not about DNS.
    void plainHttpToAnotherComputerIsRefused()
    {
        ConnectionProfile profile = developer(QUrl(u"http://gateway.invalid"_s));
        profile.endpoint = QUrl(u"http://logto.invalid"_s);
        ConnectionCheck checker;
        const auto report = check(checker, profile, {}, ConnectionCheck::Depth::Reachable);
        QVERIFY(report);
        QVERIFY(!report->ok);
        QVERIFY2(report->message.startsWith(u"Plain HTTP to logto.invalid:80 is refused"_s),
                 qPrintable(report->message));
    }

    void unreadableCaFileIsSaid()
    {
        ConnectionProfile profile = admin();
        profile.caFile = u"/nonexistent/ca.pem"_s;
        ConnectionCheck checker;
        const auto report =
            check(checker, profile, m_sandbox.appSecret(), ConnectionCheck::Depth::Reachable);
        QVERIFY(report);
        QVERIFY(!report->ok);
        QVERIFY2(report->message.contains(u"/nonexistent/ca.pem"_s), qPrintable(report->message));
    }

    // A second run drops the first: only its own answer comes.
    void aSecondRunDropsTheFirst()
    {
        ConnectionCheck checker;
        int first = 0;
        std::optional<ConnectionCheck::Report> second;
        checker.run(admin(), SecretBytes::fromString(u"wrong"_s),
                    ConnectionCheck::Depth::Credentials,
                    [&first](const ConnectionCheck::Report &) { ++first; });
        QVERIFY(checker.isRunning());
        checker.run(developer(m_gateway->url()), {}, ConnectionCheck::Depth::Reachable,
                    [&second](const ConnectionCheck::Report &r) { second = r; });
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 30000);
        QVERIFY2(second->ok, qPrintable(second->message));
        QVERIFY(second->policy);
        // The first run's calls went with its client: the sandbox has nothing in flight.
        QTRY_COMPARE(m_sandbox.requestsInProgress(), 0);
        QCOMPARE(first, 0);
        QVERIFY(!checker.isRunning());
    }
};

QTEST_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
