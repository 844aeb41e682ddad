// Tests BulkExpiry against the in-process sandbox and the real test keyring: twelve
// tokens given a new expiry in one go while the fault front refuses some of them at
// different points; the report names exactly those, with the reason, the rest are
// rotated and cached, and the one cut short half way is finished by the next start.
#include "model/operations/bulkexpiry.h"
#include "tests/support/servicerig.h"

#include <QSignalSpy>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;
using Status = SecretStore::Outcome::Status;

class TestBulkExpiry : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceRig> rig;

    void failRequest(const QString &path, const QByteArray &body, int status)
    {
        SandboxFault fault;
        fault.method = u"POST"_s;
        fault.pathPattern = path;
        fault.bodyContains = body;
        fault.status = status;
        fault.times = 1000;
        rig->server.addFault(fault);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2((rig = ServiceRig::started(u"tst_bulkexpiry"_s, &error)), qPrintable(error));
    }

    void cleanupTestCase() { rig.reset(); }

    void failuresAreReportedAndTheRestIsDone()
    {
        QStringList names;
        QHash<QString, QByteArray> before;
        for (int i = 1; i <= 12; ++i) {
            const QString name = u"bulk %1"_s.arg(i);
            const auto created = rig->generate(name, ExpirySpec::inDays(3));
            QVERIFY(created && created->ok());
            before.insert(name, created->value().token.fingerprint);
            names.append(name);
        }
        names.append(u"bulk missing"_s);
        // Refused before anything changed: the replacements of 3 and 9 cannot be made.
        failRequest(u"/api/users/*/personal-access-tokens"_s, "\"name\":\"bulk 3 (rotating", 400);
        failRequest(u"/api/users/*/personal-access-tokens"_s, "\"name\":\"bulk 9 (rotating", 400);
        // Refused half way: 7's replacement exists, the old one cannot be deleted.
        failRequest(u"/api/users/*/personal-access-tokens/delete"_s, "\"name\":\"bulk 7\"", 403);

        BulkExpiry job(rig->service.get(), rig->userId());
        QSignalSpy progress(&job, &BulkExpiry::progress);
        std::vector<ExpiryOutcome> outcomes;
        bool done = false;
        job.start(names, ExpirySpec::inDays(60), std::chrono::seconds(0),
                  [&](std::vector<ExpiryOutcome> &result) {
                      outcomes = std::move(result);
                      done = true;
                  });
        QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
        QCOMPARE(progress.size(), names.size());
        QCOMPARE(progress.last().at(0).toInt(), int(names.size()));

        QCOMPARE(outcomes.size(), std::size_t(names.size()));
        QCOMPARE(BulkExpiry::changedCount(outcomes), 9);
        const QStringList problems = BulkExpiry::problems(outcomes);
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).startsWith(u"“bulk 3”: The expiry was not changed"_s));
        QVERIFY2(problems.at(1).startsWith(u"“bulk 7”: "_s) &&
                     problems.at(1).contains(u"next time it starts"_s),
                 qPrintable(problems.at(1)));
        QVERIFY(problems.at(2).startsWith(u"“bulk 9”: The expiry was not changed"_s));
        QVERIFY(problems.at(3).startsWith(u"“bulk missing”: "_s));

        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            const ExpiryOutcome &outcome = outcomes[i];
            QCOMPARE(outcome.name, names.at(qsizetype(i)));
            if (!outcome.issued)
                continue;
            // Each changed one: the new value handed over, cached, under the old name.
            QVERIFY(outcome.issued->cached);
            QCOMPARE(outcome.issued->token.name, outcome.name);
            QVERIFY(outcome.issued->token.fingerprint != before.value(outcome.name));
            QCOMPARE(rig->cached(outcome.issued->token.fingerprint).first, Status::Ok);
            QVERIFY(qAbs(outcome.issued->token.expiresAt->secsTo(
                        QDateTime::currentDateTimeUtc().addDays(60))) < 120);
        }
        // The refused ones are as they were.
        for (const QString &name : {u"bulk 3"_s, u"bulk 9"_s}) {
            const QList<PersonalAccessToken> tokens = rig->serverTokens(name);
            QCOMPARE(tokens.size(), 1);
            QCOMPARE(tokens.first().fingerprint, before.value(name));
        }

        // The half-done one is in the journal, and the next start finishes it.
        QCOMPARE(rig->journal.pending().size(), 1);
        rig->server.clearFaults();
        const auto resumed = rig->resume();
        QVERIFY(resumed);
        QCOMPARE(resumed->size(), 1);
        QCOMPARE(resumed->first().kind, ResumeOutcome::Kind::Finished);
        const QList<PersonalAccessToken> seven = rig->serverTokens(u"bulk 7"_s);
        QCOMPARE(seven.size(), 1);
        QVERIFY(seven.first().fingerprint != before.value(u"bulk 7"_s));
        QCOMPARE(rig->cached(seven.first().fingerprint).first, Status::Ok);
        QVERIFY(rig->journal.pending().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkExpiry)
#include "tst_bulkexpiry.moc"
