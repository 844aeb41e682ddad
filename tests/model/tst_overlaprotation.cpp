// Tests a rotation with an overlap against the in-process sandbox and the real test
// keyring: the old value keeps working under its "replaced" name until its revocation
// is due, the next start (or the scheduler) revokes it, the user can revoke it now or
// keep it, and a run cut short after any step is settled without losing a value or
// leaving a revocation nobody performs.
#include "model/domain/tokennamevalidator.h"
#include "model/operations/revocationscheduler.h"
#include "model/operations/tokenrotation.h"
#include "tests/support/servicerig.h"

#include <QSignalSpy>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;
using Status = SecretStore::Outcome::Status;

class TestOverlapRotation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceRig> rig;

    static QString asideName(const QString &name)
    {
        return u"%1 (replaced %2)"_s.arg(name, QDate::currentDate().toString(Qt::ISODate));
    }

    std::optional<TokenResult<IssuedToken>> rotate(TokenService *service, const QString &name,
                                                   std::chrono::seconds keepOld)
    {
        return await<TokenResult<IssuedToken>>([&](QObject *c, auto done) {
            service->changeExpiry(rig->userId(), name, ExpirySpec::inDays(40), keepOld, c, done);
        });
    }

    // A token made for the test, its old value's fingerprint returned.
    QByteArray makeToken(const QString &name)
    {
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        if (!created || !created->ok())
            return {};
        return created->value().token.fingerprint;
    }

    // Exactly one token of that name, and its value cached.
    QByteArray cachedOnly(const QString &name)
    {
        const QList<PersonalAccessToken> tokens = rig->serverTokens(name);
        if (tokens.size() != 1)
            return {};
        const auto [status, value] = rig->cached(tokens.first().fingerprint);
        if (status != Status::Ok || TokenFingerprint::of(value) != tokens.first().fingerprint)
            return {};
        return tokens.first().fingerprint;
    }

    bool noRotatingNames()
    {
        for (const PersonalAccessToken &token : rig->serverTokens()) {
            if (token.name.contains(u"(rotating"_s))
                return false;
        }
        return true;
    }

    // Waits until the plan of this old value is due (the journal's own clock).
    bool waitUntilDue()
    {
        return QTest::qWaitFor(
            [this] {
                const QList<RotationRecord> planned = rig->service->plannedRevocations();
                return !planned.isEmpty() && planned.first().isDue(QDateTime::currentDateTimeUtc());
            },
            10000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2((rig = ServiceRig::started(u"tst_overlaprotation"_s, &error)), qPrintable(error));
    }

    void cleanupTestCase() { rig.reset(); }

    void init()
    {
        for (const RotationRecord &record : rig->journal.pending())
            rig->journal.remove(record.id);
        rig->freshService();
    }

    void oldValueKeepsWorkingUntilDue()
    {
        const QString name = uniqueName(u"overlap"_s);
        const QByteArray oldFingerprint = makeToken(name);
        QVERIFY(!oldFingerprint.isEmpty());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto result = rotate(rig->service.get(), name, std::chrono::hours(1));
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
        const IssuedToken &issued = result->value();
        QCOMPARE(issued.token.name, name);
        QVERIFY(issued.token.fingerprint != oldFingerprint);
        QVERIFY(issued.oldRevokedAt);
        QVERIFY(qAbs(issued.oldRevokedAt->secsTo(before.addSecs(3600))) < 60);
        QCOMPARE(issued.oldAsideName, asideName(name));

        // Both work: the new value under the name, the old one set aside, still cached.
        QCOMPARE(cachedOnly(name), issued.token.fingerprint);
        const QList<PersonalAccessToken> old = rig->serverTokens(asideName(name));
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().fingerprint, oldFingerprint);
        QCOMPARE(rig->cached(oldFingerprint).first, Status::Ok);
        QVERIFY(noRotatingNames());

        const QList<RotationRecord> planned = rig->service->plannedRevocations();
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.first().kind, RotationRecord::Kind::Revocation);
        QCOMPARE(planned.first().oldFingerprint, oldFingerprint);
        QCOMPARE(*planned.first().revokeOldAt, *issued.oldRevokedAt);

        // A start before it is due leaves it alone, and says nothing.
        QVERIFY(rig->restartAfterKill());
        const auto outcomes = rig->resume();
        QVERIFY(outcomes);
        QVERIFY(outcomes->isEmpty());
        QCOMPARE(rig->serverTokens(asideName(name)).size(), 1);
        QCOMPARE(rig->service->plannedRevocations().size(), 1);
    }

    void nextStartRevokesWhatIsDue()
    {
        const QString name = uniqueName(u"due"_s);
        const QByteArray oldFingerprint = makeToken(name);
        const auto result = rotate(rig->service.get(), name, std::chrono::seconds(1));
        QVERIFY(result && result->ok());
        QVERIFY(waitUntilDue());

        QVERIFY(rig->restartAfterKill());
        const auto outcomes = rig->resume();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Finished);
        QVERIFY2(outcomes->first().message.contains(name), qPrintable(outcomes->first().message));
        QVERIFY(rig->serverTokens(asideName(name)).isEmpty());
        QCOMPARE(rig->cached(oldFingerprint).first, Status::NotFound);
        QCOMPARE(cachedOnly(name), result->value().token.fingerprint);
        QVERIFY(rig->journal.pending().isEmpty());
    }

    void revokedByValueWhenRenamedMeanwhile()
    {
        const QString name = uniqueName(u"renamed old"_s);
        const QByteArray oldFingerprint = makeToken(name);
        QVERIFY(rotate(rig->service.get(), name, std::chrono::seconds(1))->ok());
        const auto renamed = await<Result<PersonalAccessToken>>([&](QObject *c, auto done) {
            rig->client->renameToken(rig->userId(), asideName(name), name + u" legacy"_s, c, done);
        });
        QVERIFY(renamed && renamed->ok());
        QVERIFY(waitUntilDue());
        const auto outcomes = rig->resume();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Finished);
        QVERIFY(rig->serverTokens(name + u" legacy"_s).isEmpty());
        QCOMPARE(rig->cached(oldFingerprint).first, Status::NotFound);
    }

    void revokeNowAndKeep()
    {
        const QString early = uniqueName(u"revoke now"_s);
        const QString kept = uniqueName(u"keep"_s);
        QVERIFY(!makeToken(early).isEmpty());
        QVERIFY(!makeToken(kept).isEmpty());
        QVERIFY(rotate(rig->service.get(), early, std::chrono::days(7))->ok());
        QVERIFY(rotate(rig->service.get(), kept, std::chrono::days(7))->ok());
        QList<RotationRecord> planned = rig->service->plannedRevocations();
        QCOMPARE(planned.size(), 2);
        const auto idOf = [&](const QString &name) {
            for (const RotationRecord &record : planned) {
                if (record.oldName == name)
                    return record.id;
            }
            return QString();
        };

        const auto now = await<ResumeOutcome>(
            [&](QObject *c, auto done) { rig->service->revokeReplacedNow(idOf(early), c, done); });
        QVERIFY(now);
        QCOMPARE(now->kind, ResumeOutcome::Kind::Finished);
        QVERIFY(rig->serverTokens(asideName(early)).isEmpty());

        QString error;
        QVERIFY2(rig->service->keepReplaced(idOf(kept), &error), qPrintable(error));
        planned = rig->service->plannedRevocations();
        QVERIFY(planned.isEmpty());
        QCOMPARE(rig->serverTokens(asideName(kept)).size(), 1);

        // A plan that is gone cannot be revoked "now" again.
        const auto again = await<ResumeOutcome>(
            [&](QObject *c, auto done) { rig->service->revokeReplacedNow(idOf(early), c, done); });
        QVERIFY(again);
        QCOMPARE(again->kind, ResumeOutcome::Kind::Skipped);
    }

    void schedulerRevokesWhileRunning()
    {
        const QString name = uniqueName(u"scheduled"_s);
        QVERIFY(!makeToken(name).isEmpty());
        auto *scheduler = new RevocationScheduler(rig->service.get(), rig->service.get());
        QSignalSpy performed(scheduler, &RevocationScheduler::performed);
        scheduler->reschedule();
        // The rotation's tokensChanged sets the timer to its due time.
        QVERIFY(rotate(rig->service.get(), name, std::chrono::seconds(2))->ok());
        QVERIFY(rig->serverTokens(asideName(name)).size() == 1);
        QVERIFY(performed.wait(15000));
        const auto outcomes = performed.first().first().value<QList<ResumeOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, ResumeOutcome::Kind::Finished);
        QVERIFY(rig->serverTokens(asideName(name)).isEmpty());
    }

    void failedRevocationStaysPlanned()
    {
        const QString name = uniqueName(u"refused"_s);
        QVERIFY(!makeToken(name).isEmpty());
        QVERIFY(rotate(rig->service.get(), name, std::chrono::seconds(1))->ok());
        QVERIFY(waitUntilDue());
        SandboxFault fault;
        // Logto deletes one token by a POST naming it.
        fault.method = u"POST"_s;
        fault.pathPattern = u"/api/users/*/personal-access-tokens/delete"_s;
        fault.bodyContains = "\"name\":\"" + asideName(name).toUtf8() + '"';
        fault.status = 403;
        fault.times = 1000;
        rig->server.addFault(fault);
        auto outcomes = rig->resume();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Failed);
        QCOMPARE(rig->service->plannedRevocations().size(), 1);
        QCOMPARE(rig->serverTokens(asideName(name)).size(), 1);

        rig->server.clearFaults();
        outcomes = rig->resume();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, ResumeOutcome::Kind::Finished);
        QVERIFY(rig->serverTokens(asideName(name)).isEmpty());
    }

    void interruptedOverlapIsSettled_data()
    {
        QTest::addColumn<QString>("step");
        // A rotation with an overlap, then the revocation once due.
        for (const char *step : {"planned", "created", "cached", "old-set-aside", "renamed",
                                 "revocation-due", "old-deleted"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }

    void interruptedOverlapIsSettled()
    {
        QFETCH(QString, step);
        const QString name = uniqueName(u"overlap crash at "_s + step);
        const QByteArray oldFingerprint = makeToken(name);
        QVERIFY(!oldFingerprint.isEmpty());
        const bool inRevocation = step == u"old-deleted"_s;
        if (inRevocation) {
            QVERIFY(rotate(rig->service.get(), name, std::chrono::seconds(1))->ok());
            QVERIFY(waitUntilDue());
        }

        QObject context;
        QVERIFY(rig->killedAt(step, [&](TokenService *dying) {
            if (inRevocation)
                dying->resumePending(&context, [](QList<ResumeOutcome>) {});
            else
                dying->changeExpiry(rig->userId(), name, ExpirySpec::inDays(40),
                                    std::chrono::seconds(1), &context,
                                    [](TokenResult<IssuedToken>) {});
        }));
        QVERIFY(rig->restartAfterKill());

        // The next start settles the rotation; the one after its due time revokes the
        // old value. Nothing is left: no "(rotating" name, no plan, the name's value cached.
        const auto first = rig->resume();
        QVERIFY(first);
        for (const ResumeOutcome &outcome : *first)
            QVERIFY2(outcome.kind == ResumeOutcome::Kind::Finished ||
                         (step == u"planned"_s && outcome.kind == ResumeOutcome::Kind::RolledBack),
                     qPrintable(outcome.message));
        QVERIFY(noRotatingNames());
        const QByteArray current = cachedOnly(name);
        QVERIFY(!current.isEmpty());
        if (current == oldFingerprint) {
            // Only a run that died before the replacement existed is undone.
            QCOMPARE(step, u"planned"_s);
            QVERIFY(rig->journal.pending().isEmpty());
            return;
        }
        // A settled rotation keeps the overlap it was asked for: the old value still
        // works under its replaced name, and its revocation is planned. (From
        // revocation-due on, that start may already have found the plan due.)
        if (step != u"revocation-due"_s && !inRevocation) {
            QCOMPARE(rig->service->plannedRevocations().size(), 1);
            const QList<PersonalAccessToken> old = rig->serverTokens(asideName(name));
            QCOMPARE(old.size(), 1);
            QCOMPARE(old.first().fingerprint, oldFingerprint);
        }
        if (!rig->service->plannedRevocations().isEmpty()) {
            QVERIFY(waitUntilDue());
            const auto second = rig->resume();
            QVERIFY(second);
            QCOMPARE(second->size(), 1);
            QCOMPARE(second->first().kind, ResumeOutcome::Kind::Finished);
        }
        QVERIFY(rig->journal.pending().isEmpty());
        QVERIFY(rig->serverTokens(asideName(name)).isEmpty());
        for (const PersonalAccessToken &token : rig->serverTokens())
            QVERIFY(token.fingerprint != oldFingerprint);
        QCOMPARE(rig->cached(oldFingerprint).first, Status::NotFound);
    }

    void asideNameFitsAndIsUnique()
    {
        const QString longName(TokenNameValidator::MaxLength, u'x');
        const QDate day(2026, 12, 5);
        const QString first = TokenRotation::asideName(longName, day, {});
        QVERIFY(first.size() <= TokenNameValidator::MaxLength);
        QVERIFY(first.endsWith(u" (replaced 2026-12-05)"_s));
        const QString second = TokenRotation::asideName(longName, day, {first});
        QVERIFY(second != first);
        QVERIFY(second.size() <= TokenNameValidator::MaxLength);
        QCOMPARE(TokenRotation::asideName(u"ci"_s, day, {}), u"ci (replaced 2026-12-05)"_s);
    }
};

QTEST_GUILESS_MAIN(TestOverlapRotation)
#include "tst_overlaprotation.moc"
