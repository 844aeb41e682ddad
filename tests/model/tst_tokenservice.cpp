// Tests TokenService against the in-process sandbox and the real test keyring:
// every operation, and rotations cut short between each pair of steps.
#include "tests/support/rotationsteps.h"
#include "tests/support/servicerig.h"

#include <QSignalSpy>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;
using Status = SecretStore::Outcome::Status;

class TestTokenService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceRig> rig;

    PersonalAccessToken onlyToken(const QString &name)
    {
        const QList<PersonalAccessToken> tokens = rig->serverTokens(name);
        return tokens.size() == 1 ? tokens.first() : PersonalAccessToken{};
    }

    // After any rotation: exactly one token of that name on the server, its value
    // in the keychain matching the server's fingerprint, and no journal left.
    void verifySettled(const QString &name)
    {
        const QList<PersonalAccessToken> tokens = rig->serverTokens(name);
        QCOMPARE(tokens.size(), 1);
        const auto [status, value] = rig->cached(tokens.first().fingerprint);
        QCOMPARE(status, Status::Ok);
        QCOMPARE(TokenFingerprint::of(value), tokens.first().fingerprint);
        QVERIFY(rig->journal.pending().isEmpty());
        for (const PersonalAccessToken &token : rig->serverTokens())
            QVERIFY2(!token.name.contains(u"(rotating"_s), qPrintable(token.name));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2((rig = ServiceRig::started(u"tst_tokenservice"_s, &error)), qPrintable(error));
    }

    void cleanupTestCase() { rig.reset(); }

    void init() { rig->freshService(); }

    void generateCachesAndHandsOverOnce()
    {
        const QString name = uniqueName(u"generate"_s);
        QSignalSpy changed(rig->service.get(), &TokenService::tokensChanged);
        const auto result = rig->generate(name, ExpirySpec::inDays(30));
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
        const IssuedToken &issued = result->value();
        QVERIFY(issued.value.bytes().startsWith("pat_"));
        QVERIFY(issued.cached);
        QVERIFY(issued.cacheError.isEmpty());
        QVERIFY(!issued.replaced);
        QCOMPARE(TokenFingerprint::of(issued.value.view()), issued.token.fingerprint);
        QCOMPARE(changed.size(), 1);

        const PersonalAccessToken onServer = onlyToken(name);
        QCOMPARE(onServer.fingerprint, issued.token.fingerprint);
        QVERIFY(onServer.expiresAt);
        QVERIFY(qAbs(onServer.expiresAt->secsTo(QDateTime::currentDateTimeUtc().addDays(30))) <
                120);
        const auto [status, value] = rig->cached(issued.token.fingerprint);
        QCOMPARE(status, Status::Ok);
        QCOMPARE(value, issued.value.bytes());
    }

    void generateRefusesBadInputBeforeAsking()
    {
        const int before = rig->server.requestCount(u"POST /api/users/*/personal-access-tokens"_s);
        for (const auto &[name, expiry] :
             {std::pair{u"  "_s, ExpirySpec::inDays(3)},
              std::pair{QString(257, u'x'), ExpirySpec::inDays(3)},
              std::pair{u"past"_s, ExpirySpec::onDate(QDate::currentDate().addDays(-2))}}) {
            const auto result = rig->generate(name, expiry);
            QVERIFY(result);
            QVERIFY(!result->ok());
            QCOMPARE(result->error().kind, TokenError::Kind::InvalidInput);
            QVERIFY(!result->error().message.isEmpty());
        }
        rig->service->setMaxLifetimeDays(10);
        const auto tooLong = rig->generate(u"long"_s, ExpirySpec::inDays(11));
        QVERIFY(tooLong && !tooLong->ok());
        QVERIFY(tooLong->error().message.contains(u"10"_s));
        const auto never = rig->generate(u"never"_s, ExpirySpec::never());
        QVERIFY(never && !never->ok());
        QCOMPARE(rig->server.requestCount(u"POST /api/users/*/personal-access-tokens"_s), before);
    }

    void generateReportsServerRefusals()
    {
        const QString name = uniqueName(u"dup"_s);
        QVERIFY(rig->generate(name, ExpirySpec::never())->ok());
        const auto duplicate = rig->generate(name, ExpirySpec::never());
        QCOMPARE(duplicate->error().kind, TokenError::Kind::NameTaken);
        QVERIFY(duplicate->error().message.contains(name));

        const auto unknownUser = await<TokenResult<IssuedToken>>([&](QObject *c, auto d) {
            rig->service->generate(u"nosuchuser123"_s, u"x"_s, ExpirySpec::never(), c, d);
        });
        QCOMPARE(unknownUser->error().kind, TokenError::Kind::NoSuchUser);
        QVERIFY(unknownUser->error().message.contains(u"nosuchuser123"_s));
    }

    void renameKeepsTheCachedValue()
    {
        const QString name = uniqueName(u"rename"_s);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        QVERIFY(created->ok());
        const QByteArray fingerprint = created->value().token.fingerprint;
        const QString newName = name + u" renamed/with #?%"_s;

        const auto renamed = await<TokenResult<PersonalAccessToken>>(
            [&](QObject *c, auto d) { rig->service->rename(rig->userId(), name, newName, c, d); });
        QVERIFY(renamed && renamed->ok());
        QCOMPARE(renamed->value().name, newName);
        QCOMPARE(renamed->value().fingerprint, fingerprint);
        QVERIFY(rig->serverTokens(name).isEmpty());

        const auto copied = await<TokenResult<SecretBytes>>(
            [&](QObject *c, auto d) { rig->service->cachedValue(rig->userId(), newName, c, d); });
        QVERIFY(copied && copied->ok());
        QCOMPARE(copied->value().bytes(), created->value().value.bytes());
    }

    void renameRefusals()
    {
        const QString a = uniqueName(u"rename-a"_s);
        const QString b = uniqueName(u"rename-b"_s);
        QVERIFY(rig->generate(a, ExpirySpec::never())->ok());
        QVERIFY(rig->generate(b, ExpirySpec::never())->ok());
        auto rename = [&](const QString &from, const QString &to) {
            return *await<TokenResult<PersonalAccessToken>>(
                [&](QObject *c, auto d) { rig->service->rename(rig->userId(), from, to, c, d); });
        };
        QCOMPARE(rename(a, b).error().kind, TokenError::Kind::NameTaken);
        QCOMPARE(rename(a, u" "_s).error().kind, TokenError::Kind::InvalidInput);
        QCOMPARE(rename(a, a).error().kind, TokenError::Kind::InvalidInput);
        const TokenError missing = rename(u"no such token"_s, u"whatever"_s).error();
        QCOMPARE(missing.kind, TokenError::Kind::NoSuchToken);
        QVERIFY(missing.message.contains(u"no such token"_s));
    }

    void changeExpiryRotates()
    {
        const QString name = uniqueName(u"rotate"_s);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        QVERIFY(created->ok());
        const QByteArray oldFingerprint = created->value().token.fingerprint;
        QSignalSpy steps(rig->service.get(), &TokenService::rotationStepRecorded);

        const auto rotated = rig->changeExpiry(name, ExpirySpec::inDays(60));
        QVERIFY(rotated);
        QVERIFY2(rotated->ok(), qPrintable(rotated->ok() ? QString() : rotated->error().message));
        const IssuedToken &issued = rotated->value();
        QVERIFY(issued.replaced);
        QVERIFY(issued.cached);
        QCOMPARE(issued.token.name, name);
        QVERIFY(issued.value.bytes() != created->value().value.bytes());
        QCOMPARE(TokenFingerprint::of(issued.value.view()), issued.token.fingerprint);

        QStringList recorded;
        for (const QList<QVariant> &args : steps)
            recorded.append(args.at(0).toString());
        QCOMPARE(recorded, (QStringList{u"planned"_s, u"created"_s, u"cached"_s, u"old-deleted"_s,
                                        u"old-forgotten"_s, u"renamed"_s}));

        verifySettled(name);
        const PersonalAccessToken onServer = onlyToken(name);
        QCOMPARE(onServer.fingerprint, issued.token.fingerprint);
        QVERIFY(qAbs(onServer.expiresAt->secsTo(QDateTime::currentDateTimeUtc().addDays(60))) <
                120);
        QCOMPARE(rig->cached(oldFingerprint).first, Status::NotFound);

        // And back to "never".
        const auto never = rig->changeExpiry(name, ExpirySpec::never());
        QVERIFY(never && never->ok());
        QVERIFY(!onlyToken(name).expiresAt);
        verifySettled(name);
    }

    void changeExpiryOfATokenMadeElsewhere()
    {
        // Made through the client directly: nothing of it in the keychain.
        const QString name = uniqueName(u"foreign"_s);
        const auto made = await<Result<CreatedToken>>([&](QObject *c, auto d) {
            rig->client->createToken(rig->userId(), name, std::nullopt, c, d);
        });
        QVERIFY(made && made->ok());
        const auto notCached = await<TokenResult<SecretBytes>>(
            [&](QObject *c, auto d) { rig->service->cachedValue(rig->userId(), name, c, d); });
        QCOMPARE(notCached->error().kind, TokenError::Kind::NotCached);

        const auto rotated = rig->changeExpiry(name, ExpirySpec::inDays(7));
        QVERIFY(rotated && rotated->ok());
        verifySettled(name);
    }

    void changeExpiryOfAMissingToken()
    {
        const auto result = rig->changeExpiry(u"never existed"_s, ExpirySpec::inDays(7));
        QCOMPARE(result->error().kind, TokenError::Kind::NoSuchToken);
        QVERIFY(rig->journal.pending().isEmpty());
    }

    void refusedCreateLeavesNothingBehind()
    {
        const QString name = uniqueName(u"refused"_s);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        SandboxFault fault;
        fault.method = u"POST"_s;
        fault.pathPattern = u"/api/users/*/personal-access-tokens"_s;
        fault.status = 400;
        rig->server.addFault(fault);

        const auto rotated = rig->changeExpiry(name, ExpirySpec::inDays(9));
        QVERIFY(rotated && !rotated->ok());
        QVERIFY(rotated->error().message.contains(u"not changed"_s));
        QVERIFY(rig->journal.pending().isEmpty());
        QCOMPARE(onlyToken(name).fingerprint, created->value().token.fingerprint);
    }

    void lostConnectionMidRotationIsFinishedLater()
    {
        const QString name = uniqueName(u"flaky"_s);
        QVERIFY(rig->generate(name, ExpirySpec::inDays(5))->ok());
        SandboxFault fault;
        fault.method = u"POST"_s;
        fault.pathPattern = u"/api/users/*/personal-access-tokens/delete"_s;
        fault.action = SandboxFault::Action::Reset;
        fault.times = 1000;
        rig->server.addFault(fault);

        const auto rotated = rig->changeExpiry(name, ExpirySpec::inDays(9));
        QVERIFY(rotated && !rotated->ok());
        QCOMPARE(rotated->error().kind, TokenError::Kind::Incomplete);
        QCOMPARE(rig->journal.pending().size(), 1);
        QCOMPARE(rig->journal.pending().first().step, RotationRecord::Step::Cached);

        // Still down: the record stays for the next try.
        auto outcomes = rig->resume();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Failed);
        QCOMPARE(rig->journal.pending().size(), 1);

        rig->server.clearFaults();
        outcomes = rig->resume();
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Finished);
        QCOMPARE(outcomes->first().tokenName, name);
        verifySettled(name);
        QVERIFY(qAbs(onlyToken(name).expiresAt->secsTo(
                    QDateTime::currentDateTimeUtc().addDays(9))) < 120);
    }

    void interruptedRotationIsSettled_data() { latchkey::test::addRotationStepRows(); }

    void interruptedRotationIsSettled()
    {
        QFETCH(QString, step);
        const QString name = uniqueName(u"crash at "_s + step);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        QVERIFY(created->ok());
        const QByteArray oldFingerprint = created->value().token.fingerprint;

        // The service "dies" right after the journal recorded the step.
        bool answered = false;
        QObject context;
        QVERIFY(rig->changeExpiryKilledAt(step, name, ExpirySpec::inDays(40), &context, &answered));
        // The client dies with it; a call that was already on the wire lands, as it would
        // after a kill.
        QVERIFY(rig->restartAfterKill());
        if (step != u"renamed"_s)
            QVERIFY(!answered);
        QCOMPARE(rig->journal.pending().size(), step == u"renamed"_s && answered ? 0 : 1);

        const auto outcomes = rig->resume();
        QVERIFY(outcomes);
        if (!rig->journal.pending().isEmpty() || !outcomes->isEmpty()) {
            QCOMPARE(outcomes->size(), 1);
            const ResumeOutcome::Kind kind = outcomes->first().kind;
            QVERIFY2(kind == ResumeOutcome::Kind::Finished ||
                         (step == u"planned"_s && kind == ResumeOutcome::Kind::RolledBack),
                     qPrintable(outcomes->first().message));
        }
        verifySettled(name);
        const PersonalAccessToken token = onlyToken(name);
        if (token.fingerprint != oldFingerprint) {
            QCOMPARE(rig->cached(oldFingerprint).first, Status::NotFound);
            QVERIFY(qAbs(token.expiresAt->secsTo(QDateTime::currentDateTimeUtc().addDays(40))) <
                    120);
        } else {
            QCOMPARE(step, u"planned"_s);
        }
    }

    void interruptedGenerateIsSettled_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("planned") << u"planned"_s;
        QTest::newRow("created") << u"created"_s;
    }

    // The service "dies" right after the journal recorded a generate step, before
    // the value reached the keychain or the caller: the next start saves the value
    // the server made, or drops the record when nothing was made.
    void interruptedGenerateIsSettled()
    {
        QFETCH(QString, step);
        const QString name = uniqueName(u"generate crash at "_s + step);
        TokenService *dying = rig->service.release();
        connect(dying, &TokenService::generateStepRecorded, dying,
                [dying, step](const QString &recorded) {
                    if (recorded == step)
                        dying->deleteLater();
                });
        QPointer<TokenService> watch(dying);
        bool answered = false;
        QObject context;
        dying->generate(rig->userId(), name, ExpirySpec::inDays(5), &context,
                        [&](TokenResult<IssuedToken>) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(watch.isNull(), 30000);
        QVERIFY(rig->restartAfterKill());
        QVERIFY(!answered);
        QCOMPARE(rig->journal.pending().size(), 1);
        QCOMPARE(rig->journal.pending().first().kind, RotationRecord::Kind::Generate);

        // After "planned" the POST may already be on the wire, so either may be true.
        const QList<PersonalAccessToken> made = rig->serverTokens(name);
        if (step == u"created"_s)
            QCOMPARE(made.size(), 1);
        QVERIFY(made.size() <= 1);
        if (!made.isEmpty()) {
            // A keychain write already on the wire may have landed; a kill can
            // come before it, so take it back to test the recovery from the server.
            QVERIFY(awaitOutcome([&](QObject *c, auto done) {
                        rig->cache.forget(rig->endpoint(), made.first().fingerprint, c, done);
                    }).ok());
            QCOMPARE(rig->cached(made.first().fingerprint).first, Status::NotFound);
        }

        const auto outcomes = rig->resume();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 1);
        QVERIFY(rig->journal.pending().isEmpty());
        if (made.isEmpty()) {
            QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::RolledBack);
            QVERIFY(rig->serverTokens(name).isEmpty());
            return;
        }
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Finished);
        QVERIFY2(outcomes->first().message.contains(u"saved to your keychain"_s),
                 qPrintable(outcomes->first().message));
        verifySettled(name);
        QCOMPARE(onlyToken(name).fingerprint, made.first().fingerprint);
    }

    void generateLeavesNoJournal()
    {
        const QString name = uniqueName(u"journaled generate"_s);
        QSignalSpy steps(rig->service.get(), &TokenService::generateStepRecorded);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        QVERIFY(created && created->ok());
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).at(0).toString(), u"planned"_s);
        QCOMPARE(steps.at(1).at(0).toString(), u"created"_s);
        QVERIFY(rig->journal.pending().isEmpty());
        verifySettled(name);
    }

    void replacementWithoutCachedValueIsMadeAgain()
    {
        // The run died after the server made the replacement and before its value
        // reached the keychain: a journal at "planned" plus an uncached replacement.
        const QString name = uniqueName(u"orphan"_s);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        RotationRecord record;
        record.id = u"orphan-test-1"_s;
        record.profile = u"test-profile"_s;
        record.endpoint = rig->endpoint();
        record.userId = rig->userId();
        record.oldName = name;
        record.oldFingerprint = created->value().token.fingerprint;
        record.tempName = name + u" (rotating orphan)"_s;
        record.newExpiry = QDateTime::currentDateTimeUtc().addDays(20);
        record.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(rig->journal.write(record));
        const auto orphan = await<Result<CreatedToken>>([&](QObject *c, auto d) {
            rig->client->createToken(rig->userId(), record.tempName, record.newExpiry, c, d);
        });
        QVERIFY(orphan && orphan->ok());

        const auto outcomes = rig->resume();
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Finished);
        verifySettled(name);
        const PersonalAccessToken token = onlyToken(name);
        QVERIFY(token.fingerprint != orphan->value().token.fingerprint);
        QVERIFY(token.fingerprint != record.oldFingerprint);
    }

    void recordsOfOtherServersAreLeftAlone()
    {
        RotationRecord record;
        record.id = u"elsewhere-1"_s;
        record.profile = u"test-profile"_s;
        record.endpoint = u"https://other.example"_s;
        record.userId = rig->userId();
        record.oldName = u"x"_s;
        record.tempName = u"x (rotating y)"_s;
        record.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(rig->journal.write(record));
        const auto outcomes = rig->resume();
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Skipped);
        QCOMPARE(rig->journal.pending().size(), 1);
        QVERIFY(rig->journal.remove(record.id));
    }

    void revokeManyReportsEach()
    {
        const QString a = uniqueName(u"revoke"_s);
        const QString b = uniqueName(u"revoke"_s);
        const auto ta = rig->generate(a, ExpirySpec::never());
        const auto tb = rig->generate(b, ExpirySpec::never());
        QVERIFY(ta->ok() && tb->ok());

        const auto outcomes = await<QList<RevokeOutcome>>([&](QObject *c, auto d) {
            rig->service->revoke(rig->userId(), {a, u"not there"_s, b}, c, d);
        });
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 3);
        QCOMPARE(outcomes->at(0).name, a);
        QVERIFY(outcomes->at(0).revoked && outcomes->at(0).forgotten);
        QVERIFY(outcomes->at(0).error.isEmpty());
        QVERIFY(!outcomes->at(1).revoked);
        QVERIFY(outcomes->at(1).error.contains(u"not there"_s));
        QVERIFY(outcomes->at(2).revoked && outcomes->at(2).forgotten);
        QVERIFY(rig->serverTokens(a).isEmpty());
        QVERIFY(rig->serverTokens(b).isEmpty());
        QCOMPARE(rig->cached(ta->value().token.fingerprint).first, Status::NotFound);
        QCOMPARE(rig->cached(tb->value().token.fingerprint).first, Status::NotFound);
    }

    void callbacksNeverOutliveTheirContext()
    {
        bool called = false;
        const QString name = uniqueName(u"ctx"_s);
        {
            QObject context;
            rig->service->generate(rig->userId(), name, ExpirySpec::never(), &context,
                                   [&](TokenResult<IssuedToken>) { called = true; });
        }
        // The generate goes on without its caller. Its journal record goes in the step that
        // would call back: once it is gone, the callback had its chance.
        QCOMPARE(rig->journal.pending().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rig->journal.pending().isEmpty(), 30000);
        QVERIFY(!called);
        QCOMPARE(rig->serverTokens(name).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
