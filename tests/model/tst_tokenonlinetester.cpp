// Tests "Test online" (TokenOnlineTester) and KnownTokenIndex against the
// in-process sandbox and the real test keyring: valid, deleted and expired
// PATs, and a token TokenService created recognised offline by name.
#include "model/inspector/tokeninspector.h"
#include "model/offline/knowntokenindex.h"
#include "model/offline/snapshotrecorder.h"
#include "model/operations/tokenonlinetester.h"
#include "tests/support/servicerig.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;

class TestTokenOnlineTester : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceRig> rig;
    const QString connection = u"Sandbox connection"_s;

    std::optional<OnlineTestResult> runTest(SecretBytes pat)
    {
        TokenOnlineTester tester(rig->client.get(), connection);
        std::optional<OnlineTestResult> result;
        connect(&tester, &TokenOnlineTester::finished, this,
                [&](const OnlineTestResult &r) { result = r; });
        tester.test(std::move(pat));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result;
    }

    SecretBytes generated(const QString &name, const ExpirySpec &expiry,
                          PersonalAccessToken *token = nullptr)
    {
        auto issued = rig->generate(name, expiry);
        if (!issued || !issued->ok())
            return {};
        if (token)
            *token = issued->value().token;
        return issued->value().value.clone();
    }

    QString rejectedMessage() const
    {
        return u"This token is not valid on %1: deleted, expired, or its user is suspended."_s.arg(
            connection);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2((rig = ServiceRig::started(u"tst_tokenonlinetester"_s, &error)),
                 qPrintable(error));
    }

    void cleanupTestCase() { rig.reset(); }

    void validPatShowsVerifiedClaims()
    {
        SecretBytes pat = generated(u"online-valid"_s, ExpirySpec::never());
        QVERIFY(!pat.isEmpty());
        const auto result = runTest(pat.clone());
        QVERIFY(result);
        QVERIFY2(result->valid, qPrintable(result->message));
        QVERIFY(!result->tokenRejected);
        QVERIFY(result->message.contains(connection));
        // The owner by name, not by a raw id (issue 20.6).
        QVERIFY2(result->message.contains(u"Alex Developer"_s) &&
                     !result->message.contains(rig->userId()),
                 qPrintable(result->message));
        QVERIFY(result->accessToken);
        const InspectionResult &access = *result->accessToken;
        QCOMPARE(access.formatId, u"jws"_s);
        QVERIFY(access.signature.checked);
        QVERIFY2(access.signature.ok, qPrintable(access.signature.reason));
        const Claim *sub = access.claim(u"sub"_s);
        QVERIFY(sub);
        QCOMPARE(sub->value.toString(), rig->userId());
        QCOMPARE(access.verdict, Verdict::Valid);
        // Neither the PAT nor the access token is in what a caller may print.
        const QByteArray json = QJsonDocument(result->toJson()).toJson();
        QVERIFY(!json.contains(pat.bytes()));
        QVERIFY(json.contains("\"valid\": true"));
    }

    void deletedPatIsRejected()
    {
        const QString name = u"online-deleted"_s;
        SecretBytes pat = generated(name, ExpirySpec::never());
        QVERIFY(!pat.isEmpty());
        const auto revoked = await<QList<RevokeOutcome>>(
            [&](QObject *c, auto done) { rig->service->revoke(rig->userId(), {name}, c, done); });
        QVERIFY(revoked && revoked->value(0).revoked);

        const auto result = runTest(std::move(pat));
        QVERIFY(result);
        QVERIFY(!result->valid);
        QVERIFY(result->tokenRejected);
        QCOMPARE(result->message, rejectedMessage());
        QVERIFY(!result->accessToken);
    }

    void expiredPatIsRejected()
    {
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(2);
        auto created = await<Result<CreatedToken>>([&](QObject *c, auto done) {
            rig->client->createToken(rig->userId(), u"online-expiring"_s, soon, c, done);
        });
        QVERIFY(created && created->ok());
        const SecretBytes pat = created->value().value.clone();
        // Before the expiry the same PAT passes, so the rejection below is the expiry's doing.
        const auto before = runTest(pat.clone());
        QVERIFY(before);
        QVERIFY2(before->valid, qPrintable(before->message));

        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > soon.addMSecs(500), 10000);
        const auto after = runTest(pat.clone());
        QVERIFY(after);
        QVERIFY(!after->valid);
        QVERIFY(after->tokenRejected);
        QCOMPARE(after->message, rejectedMessage());
    }

    void otherErrorsUseTheirMessage()
    {
        // A server that is not there: the network error's own sentence, not "not valid".
        ClientConfig config;
        config.endpoint = QUrl(u"http://127.0.0.1:9"_s);
        config.appId = u"x"_s;
        config.appSecret = SecretBytes::fromString(u"y"_s);
        config.maxAttempts = 1;
        LogtoClient dead(std::move(config));
        TokenOnlineTester tester(&dead, connection);
        std::optional<OnlineTestResult> result;
        connect(&tester, &TokenOnlineTester::finished, this,
                [&](const OnlineTestResult &r) { result = r; });
        tester.test(SecretBytes("pat_whatever"_ba));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->valid);
        QVERIFY(!result->tokenRejected);
        QVERIFY(!result->message.isEmpty());
        QVERIFY(result->message != rejectedMessage());
    }

    void knownTokenIndexRecognisesACreatedToken()
    {
        QTemporaryDir snapshotDir;
        QVERIFY(snapshotDir.isValid());
        OfflineSnapshot snapshots(snapshotDir.path());

        PersonalAccessToken token;
        SecretBytes value = generated(u"ci-deploy"_s, ExpirySpec::inDays(3), &token);
        QVERIFY(!value.isEmpty());
        PersonalAccessToken uncachedToken;
        SecretBytes uncached = generated(u"not-cached"_s, ExpirySpec::never(), &uncachedToken);
        QVERIFY(!uncached.isEmpty());
        // Drop the second value from the keychain: the index must then say "not cached".
        bool forgotten = false;
        rig->cache.forget(rig->endpoint(), uncachedToken.fingerprint, this,
                          [&](SecretStore::Outcome outcome) { forgotten = outcome.ok(); });
        QTRY_VERIFY(forgotten);

        const SnapshotRecorder recorder(&snapshots);
        QString error;
        QVERIFY2(recorder.recordIssued(u"Production"_s, rig->endpoint(), u"alice@example.com"_s,
                                       token, &error),
                 qPrintable(error));
        QVERIFY2(recorder.recordIssued(u"Production"_s, rig->endpoint(), QString(), uncachedToken,
                                       &error),
                 qPrintable(error));

        // A fresh cache on the same keychain, as a new process would have.
        TokenCache cache(&rig->secrets);
        KnownTokenIndex index(&snapshots, &cache);
        index.setConnections({{u"Production"_s, rig->endpoint()}});
        QSignalSpy ready(&index, &KnownTokenIndex::ready);
        index.load();
        QVERIFY(ready.wait(30000));
        QVERIFY(index.isReady());
        const QList<KnownToken> known = index.tokens();
        QCOMPARE(known.size(), 2);

        TokenInspector inspector;
        inspector.setKnownTokens(known);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const InspectionResult hit = inspector.inspect(value.view(), now);
        QVERIFY(hit.knownToken);
        QCOMPARE(hit.knownToken->token.name, u"ci-deploy"_s);
        QCOMPARE(hit.knownToken->token.userLabel, u"alice@example.com"_s);
        QCOMPARE(hit.knownToken->token.connectionName, u"Production"_s);
        QVERIFY(hit.knownToken->token.cached);
        QVERIFY(hit.knownToken->sentence.contains(u"cached in your keychain"_s));

        const InspectionResult miss = inspector.inspect(uncached.view(), now);
        QVERIFY(miss.knownToken);
        QCOMPARE(miss.knownToken->token.name, u"not-cached"_s);
        QVERIFY(!miss.knownToken->token.cached);

        const InspectionResult stranger = inspector.inspect("pat_NotOneOfOursAtAll123456789", now);
        QVERIFY(!stranger.knownToken);
    }
};

QTEST_GUILESS_MAIN(TestTokenOnlineTester)
#include "tst_tokenonlinetester.moc"
