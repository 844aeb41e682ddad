// Tests that the latchkey.net log says what happened but never a credential:
// a full set of calls with the category enabled and every line captured.
#include "app/sandbox/sandboxserver.h"
#include "net/logtoclient.h"
#include "net/netlog.h"
#include "tests/support/awaitcall.h"
#include "tests/support/sandboxclientconfig.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;

namespace {
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    captured << QString::fromLatin1(context.category ? context.category : "") + u": "_s + message;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestNetLog : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault()
    {
        QVERIFY(!lcNet().isInfoEnabled());
        QVERIFY(!lcNet().isDebugEnabled());
        QVERIFY(lcNet().isWarningEnabled());
    }

    void logsCallsWithoutSecrets()
    {
        SandboxServer server;
        SandboxOptions options;
        options.testHooks = true;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));

        QLoggingCategory::setFilterRules(u"latchkey.net.info=true"_s);
        previousHandler = qInstallMessageHandler(capture);
        captured.clear();

        LogtoClient client(sandboxClientConfig(server));
        const auto exchangeApp = server.createApp(false, true);
        ClientConfig exchangeConfig = sandboxClientConfig(server);
        exchangeConfig.appId = exchangeApp.appId;
        exchangeConfig.appSecret = SecretBytes::fromString(exchangeApp.appSecret);
        LogtoClient exchanger(std::move(exchangeConfig));
        const QString userId = server.primaryUserId();

        LK_VERIFY_OK(
            awaitCall<Done>([&](QObject *ctx, auto cb) { return client.authenticate(ctx, cb); }));
        LK_VERIFY_OK(awaitCall<UserPage>(
            [&](QObject *ctx, auto cb) { return client.listUsers({}, ctx, cb); }));
        const auto created = awaitCall<CreatedToken>([&](QObject *ctx, auto cb) {
            return client.createToken(userId, u"logged"_s, std::nullopt, ctx, cb);
        });
        LK_VERIFY_OK(created);
        LK_VERIFY_OK(awaitCall<QList<PersonalAccessToken>>(
            [&](QObject *ctx, auto cb) { return client.listTokens(userId, ctx, cb); }));
        const auto exchanged = awaitCall<ExchangedToken>([&](QObject *ctx, auto cb) {
            return exchanger.exchangeToken(created.value().value, ctx, cb);
        });
        LK_VERIFY_OK(exchanged);
        // An error path too: its server message passes through the log.
        const auto missing = awaitCall<User>(
            [&](QObject *ctx, auto cb) { return client.getUser(u"nosuchuser00"_s, ctx, cb); });
        QVERIFY(!missing.ok());

        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(u"latchkey.net.info=false"_s);

        const QString log = captured.join(u'\n');
        QVERIFY(!captured.isEmpty());
        QVERIFY2(log.contains(u"POST /oidc/token -> 200"_s), qPrintable(log));
        QVERIFY2(log.contains(u"GET /api/users"_s), qPrintable(log));
        QVERIFY2(log.contains(u"POST /api/users/%1/personal-access-tokens -> 201"_s.arg(userId)),
                 qPrintable(log));
        QVERIFY(log.contains(u"attempt 1"_s));

        QVERIFY(!log.contains(server.appSecret()));
        QVERIFY(!log.contains(exchangeApp.appSecret));
        QVERIFY(!log.contains(created.value().value.toString()));
        QVERIFY(!log.contains(exchanged.value().accessToken.toString()));
        // No JWT (management or exchanged access token) and no PAT value at all.
        QVERIFY(!log.contains(u"eyJ"_s));
        QVERIFY(!log.contains(QRegularExpression(u"pat_[0-9A-Za-z]{8,}"_s)));
        QVERIFY(!log.contains(QRegularExpression(u"(Basic|Bearer) [A-Za-z0-9+/=._-]{8,}"_s)));
    }
};

QTEST_GUILESS_MAIN(TestNetLog)
#include "tst_netlog.moc"
