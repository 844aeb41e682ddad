// Tests BulkRevoke (through TokenService::revoke/revokeAll, as the window and
// latchkeyctl use it) on the sandbox with faults injected: 50 tokens, some of
// whose deletes fail in different ways, give an exact report, and every other
// token is revoked; progress counts each token; nothing stops half way unreported.
#include "tests/support/servicerig.h"

#include <QSignalSpy>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;
using Status = SecretStore::Outcome::Status;

class TestBulkRevoke : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceRig> rig;

    QString createOn(const QString &userId, const QString &name)
    {
        const auto created = await<Result<CreatedToken>>([&](QObject *c, auto done) {
            rig->client->createToken(userId, name, std::nullopt, c, done);
        });
        return created && created->ok() ? QString::fromLatin1(created->value().token.fingerprint)
                                        : QString();
    }

    void failDeletesOf(const QString &name, SandboxFault::Action action, int status = 500,
                       int times = 1000)
    {
        SandboxFault fault;
        // One token of Logto's body-based delete.
        fault.method = u"POST"_s;
        fault.pathPattern = u"/api/users/*/personal-access-tokens/delete"_s;
        fault.bodyContains = "\"name\":\"" + name.toUtf8() + '"';
        fault.action = action;
        fault.status = status;
        fault.times = times;
        rig->server.addFault(fault);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2((rig = ServiceRig::started(u"tst_bulkrevoke"_s, &error)), qPrintable(error));
    }

    void cleanupTestCase() { rig.reset(); }

    void fiftyWithFaultsGiveAnExactReport()
    {
        QStringList names;
        for (int i = 1; i <= 50; ++i) {
            names.append(u"bulk-%1"_s.arg(i, 2, 10, QChar(u'0')));
            QVERIFY(!createOn(rig->userId(), names.last()).isEmpty());
        }
        // Two of them have a value in the keychain, which must go with them.
        const auto cachedOne = rig->generate(u"bulk-cached-a"_s, ExpirySpec::inDays(5));
        const auto cachedTwo = rig->generate(u"bulk-cached-b"_s, ExpirySpec::inDays(5));
        QVERIFY(cachedOne && cachedOne->ok() && cachedTwo && cachedTwo->ok());
        names.insert(10, u"bulk-cached-a"_s);
        names.insert(30, u"bulk-cached-b"_s);
        names.append(u"bulk-not-there"_s);

        failDeletesOf(u"bulk-07"_s, SandboxFault::Action::Status, 403);
        failDeletesOf(u"bulk-13"_s, SandboxFault::Action::Status, 500);
        failDeletesOf(u"bulk-21"_s, SandboxFault::Action::Reset);
        failDeletesOf(u"bulk-40"_s, SandboxFault::Action::Status, 422);
        // Deleted, but the answer is lost once: the retry finds it gone, which is revoked.
        failDeletesOf(u"bulk-34"_s, SandboxFault::Action::ResetAfterHandling, 0, 1);
        const QSet<QString> failing{u"bulk-07"_s, u"bulk-13"_s, u"bulk-21"_s, u"bulk-40"_s,
                                    u"bulk-not-there"_s};

        QSignalSpy progress(rig->service.get(), &TokenService::revokeProgress);
        QSignalSpy changed(rig->service.get(), &TokenService::tokensChanged);
        const auto outcomes = await<QList<RevokeOutcome>>(
            [&](QObject *c, auto done) { rig->service->revoke(rig->userId(), names, c, done); },
            std::chrono::milliseconds(120000));
        rig->server.clearFaults();
        QVERIFY(outcomes);

        // One outcome per name, in the order asked.
        QCOMPARE(outcomes->size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            const RevokeOutcome &outcome = outcomes->at(i);
            QCOMPARE(outcome.name, names[i]);
            const bool fails = failing.contains(names[i]);
            QVERIFY2(outcome.revoked == !fails, qPrintable(names[i] + u": "_s + outcome.error));
            QCOMPARE(outcome.forgotten, !fails);
            QCOMPARE(outcome.error.isEmpty(), !fails);
        }
        QCOMPARE(BulkRevoke::revokedCount(*outcomes), int(names.size()) - 5);
        const QStringList problems = BulkRevoke::problems(*outcomes);
        QCOMPARE(problems.size(), 5);
        QVERIFY2(problems.last().contains(u"bulk-not-there"_s), qPrintable(problems.last()));

        // Progress: one signal per token, counting up to the total.
        QCOMPARE(progress.size(), names.size());
        for (int i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress[i][1].toInt(), i + 1);
            QCOMPARE(progress[i][2].toInt(), int(names.size()));
            QCOMPARE(progress[i][3].toString(), names[i]);
        }
        QCOMPARE(changed.size(), 1);

        // The server keeps exactly the ones reported as failed; the keychain lost the rest.
        QStringList left;
        for (const PersonalAccessToken &token : rig->serverTokens()) {
            if (token.name.startsWith(u"bulk-"_s))
                left.append(token.name);
        }
        left.sort();
        QCOMPARE(left, (QStringList{u"bulk-07"_s, u"bulk-13"_s, u"bulk-21"_s, u"bulk-40"_s}));
        QCOMPARE(rig->cached(cachedOne->value().token.fingerprint).first, Status::NotFound);
        QCOMPARE(rig->cached(cachedTwo->value().token.fingerprint).first, Status::NotFound);

        // Tidy for the next test: no faults now, so all go.
        const auto rest = await<QList<RevokeOutcome>>(
            [&](QObject *c, auto done) { rig->service->revoke(rig->userId(), left, c, done); });
        QVERIFY(rest && BulkRevoke::revokedCount(*rest) == 4);
    }

    void revokeAllOfAUser()
    {
        // This test's own sandbox: every token of its user may go.
        for (const QString &name : {u"laptop"_s, u"ci"_s, u"old script"_s})
            QVERIFY(!createOn(rig->userId(), name).isEmpty());
        QStringList before;
        for (const PersonalAccessToken &token : rig->serverTokens())
            before.append(token.name);
        QVERIFY(before.size() >= 3);
        failDeletesOf(u"ci"_s, SandboxFault::Action::Status, 403);
        QSignalSpy progress(rig->service.get(), &TokenService::revokeProgress);
        const auto outcomes = await<QList<RevokeOutcome>>(
            [&](QObject *c, auto done) { rig->service->revokeAll(rig->userId(), c, done); },
            std::chrono::milliseconds(60000));
        rig->server.clearFaults();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), before.size());
        QCOMPARE(BulkRevoke::revokedCount(*outcomes), int(before.size()) - 1);
        const QStringList problems = BulkRevoke::problems(*outcomes);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"“ci”"_s), qPrintable(problems.first()));
        QCOMPARE(progress.size(), before.size());
        QCOMPARE(progress.last()[1].toInt(), int(before.size()));
        const QList<PersonalAccessToken> left = rig->serverTokens();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().name, u"ci"_s);

        // A user that cannot be listed: one outcome without a name says why nothing was done.
        const auto unknown = await<QList<RevokeOutcome>>(
            [&](QObject *c, auto done) { rig->service->revokeAll(u"no-such-user"_s, c, done); });
        QVERIFY(unknown);
        QCOMPARE(unknown->size(), 1);
        QVERIFY(unknown->first().name.isEmpty());
        QVERIFY(!unknown->first().error.isEmpty());
        QVERIFY(!unknown->first().revoked);
    }
};

QTEST_GUILESS_MAIN(TestBulkRevoke)
#include "tst_bulkrevoke.moc"
