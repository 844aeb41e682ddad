// Tests JwksDownloader against the real sandbox on 127.0.0.1: a key set
// arrives; plain HTTP elsewhere, error statuses, oversized bodies, timeouts and
// a closed port come back as errors, each exactly once.
#include "app/sandbox/sandboxserver.h"
#include "net/jwksdownloader.h"
#include "tests/support/await.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace latchkey;
using Action = SandboxFault::Action;

class TestJwksDownloader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;

    QUrl jwksUrl() const { return m_server->endpoint().resolved(QUrl(u"/oidc/jwks"_s)); }

    // Empty when the callback did not come exactly once.
    std::optional<Result<QByteArray>> fetch(const QUrl &url,
                                            std::chrono::milliseconds timeout = 15s)
    {
        JwksDownloader downloader;
        return latchkey::test::await<Result<QByteArray>>(
            [&](QObject *, auto done) { downloader.fetch(url, done, timeout); }, 20s);
    }

    void addFault(Action action, int status = 500)
    {
        SandboxFault fault;
        fault.method = u"GET"_s;
        fault.pathPattern = u"/oidc/jwks"_s;
        fault.action = action;
        fault.status = status;
        fault.delayMs = 3000;
        fault.bytes = 2 * JwksDownloader::MaxBytes;
        m_server->addFault(fault);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.testHooks = true;
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
    }

    void fetchesTheKeySet()
    {
        const auto result = fetch(jwksUrl());
        QVERIFY(result);
        QVERIFY(result->ok());
        const QJsonArray keys =
            QJsonDocument::fromJson(result->value()).object()[u"keys"_s].toArray();
        QVERIFY(!keys.isEmpty());
        QVERIFY(!keys.first()[u"kid"_s].toString().isEmpty());
    }

    void plainHttpToARemoteHostIsRefusedUnsent()
    {
        const auto result = fetch(QUrl(u"http://example.com/oidc/jwks"_s));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Insecure);
    }

    void errorStatusIsAnError()
    {
        addFault(Action::Status, 503);
        const auto result = fetch(jwksUrl());
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus(), 503);
        QVERIFY(!result->error().userMessage().isEmpty());
    }

    void oversizedBodyIsRefused()
    {
        addFault(Action::Oversized);
        const auto result = fetch(jwksUrl());
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Parse);
    }

    void slowServerTimesOut()
    {
        addFault(Action::Delay);
        const auto result = fetch(jwksUrl(), 500ms);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Timeout);
    }

    void closedPortIsANetworkError()
    {
        const auto result = fetch(QUrl(u"http://127.0.0.1:9/oidc/jwks"_s));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestJwksDownloader)
#include "tst_jwksdownloader.moc"
