#include "model/operations/rotationjournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

class TestRotationJournal : public QObject
{
    Q_OBJECT

private:
    static RotationRecord sample(const QString &id, const QString &profile)
    {
        RotationRecord record;
        record.id = id;
        record.profile = profile;
        record.endpoint = u"http://127.0.0.1:3001"_s;
        record.userId = u"u1abcdefghij"_s;
        record.oldName = u"ci / deploy #1"_s;
        record.oldFingerprint = QByteArray(64, 'a');
        record.tempName = u"ci / deploy #1 (rotating 1234abcd)"_s;
        record.newExpiry = QDateTime::fromMSecsSinceEpoch(1900000000000, Qt::UTC);
        record.startedAt = QDateTime::fromMSecsSinceEpoch(1800000000000, Qt::UTC);
        return record;
    }

private slots:
    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.filePath(u"journal"_s));
        RotationRecord record = sample(u"0d5e9c1a-aaaa-bbbb-cccc-000000000001"_s, u"work"_s);
        record.step = RotationRecord::Step::OldDeleted;
        record.newFingerprint = QByteArray(64, 'b');
        QString error;
        QVERIFY2(journal.write(record, &error), qPrintable(error));

        const QList<RotationRecord> pending = journal.pending(u"work"_s);
        QCOMPARE(pending.size(), 1);
        const RotationRecord &read = pending.first();
        QCOMPARE(read.id, record.id);
        QCOMPARE(read.endpoint, record.endpoint);
        QCOMPARE(read.userId, record.userId);
        QCOMPARE(read.oldName, record.oldName);
        QCOMPARE(read.oldFingerprint, record.oldFingerprint);
        QCOMPARE(read.tempName, record.tempName);
        QCOMPARE(read.newFingerprint, record.newFingerprint);
        QCOMPARE(read.newExpiry, record.newExpiry);
        QCOMPARE(read.startedAt, record.startedAt);
        QCOMPARE(read.step, RotationRecord::Step::OldDeleted);
    }

    void plannedRevocationRoundTrips()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.filePath(u"journal"_s));
        RotationRecord record = sample(u"rev1"_s, u"work"_s);
        record.kind = RotationRecord::Kind::Revocation;
        record.step = RotationRecord::Step::RevocationDue;
        record.revokeOldAt = QDateTime::fromMSecsSinceEpoch(1900000360000, Qt::UTC);
        record.asideName = u"ci / deploy #1 (replaced 2026-12-05)"_s;
        QVERIFY(journal.write(record));
        const QList<RotationRecord> pending = journal.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().kind, RotationRecord::Kind::Revocation);
        QCOMPARE(pending.first().step, RotationRecord::Step::RevocationDue);
        QCOMPARE(pending.first().revokeOldAt, record.revokeOldAt);
        QCOMPARE(pending.first().asideName, record.asideName);
        QVERIFY(pending.first().isDue(*record.revokeOldAt));
        QVERIFY(!pending.first().isDue(record.revokeOldAt->addSecs(-1)));

        // A revocation that does not say when, or which value, is not one: reported, kept.
        QJsonObject object = record.toJson();
        object.remove(u"revokeOldAt"_s);
        QVERIFY(!RotationRecord::fromJson(object));
        object = record.toJson();
        object.insert(u"oldFingerprint"_s, QString());
        QVERIFY(!RotationRecord::fromJson(object));
        object = record.toJson();
        object.insert(u"asideName"_s, QString());
        QVERIFY(!RotationRecord::fromJson(object));
        // Records written before overlaps existed still read, without one.
        object = sample(u"old1"_s, u"work"_s).toJson();
        object.remove(u"revokeOldAt"_s);
        object.remove(u"asideName"_s);
        const std::optional<RotationRecord> old = RotationRecord::fromJson(object);
        QVERIFY(old);
        QVERIFY(!old->hasOverlap());
    }

    void neverExpiringRoundTrips()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        RotationRecord record = sample(u"id-never"_s, u"p"_s);
        record.newExpiry.reset();
        QVERIFY(journal.write(record));
        QVERIFY(!journal.pending().constFirst().newExpiry.has_value());
    }

    void filesAreOwnerOnlyAndOverwrittenInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal"_s);
        RotationJournal journal(path);
        RotationRecord record = sample(u"id-perm"_s, u"p"_s);
        QVERIFY(journal.write(record));
        record.step = RotationRecord::Step::Cached;
        QVERIFY(journal.write(record));

        const QStringList files = QDir(path).entryList(QDir::Files);
        QCOMPARE(files, QStringList{u"id-perm.json"_s});
        const auto perms = QFile::permissions(path + u"/id-perm.json"_s);
        QCOMPARE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                          QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
        QCOMPARE(journal.pending().constFirst().step, RotationRecord::Step::Cached);
    }

    void filtersByProfileAndRemoves()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        QVERIFY(journal.write(sample(u"a1"_s, u"one"_s)));
        QVERIFY(journal.write(sample(u"b2"_s, u"two"_s)));
        QCOMPARE(journal.pending(u"one"_s).size(), 1);
        QCOMPARE(journal.pending(u"two"_s).constFirst().id, u"b2"_s);
        QCOMPARE(journal.pending().size(), 2);
        QVERIFY(journal.remove(u"a1"_s));
        QVERIFY(journal.pending(u"one"_s).isEmpty());
        QVERIFY(journal.remove(u"a1"_s)); // already gone is fine
    }

    void unreadableFilesAreReportedNotFatal()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        QVERIFY(journal.write(sample(u"good"_s, u"p"_s)));
        QFile broken(dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"id\": \"broken\", \"step\": \"sideways\"");
        broken.close();
        QStringList problems;
        const QList<RotationRecord> pending = journal.pending({}, &problems);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"broken.json"_s));
    }

    // Found by fuzz_journal: casting these doubles to qint64 was undefined behaviour.
    void outOfRangeTimesAreHandled()
    {
        QJsonObject object = sample(u"id-times"_s, u"p"_s).toJson();
        object.insert(u"startedAt"_s, 1.795e54);
        const std::optional<RotationRecord> damagedStart = RotationRecord::fromJson(object);
        QVERIFY(damagedStart); // the record, and the value it may lead back to, is kept
        QCOMPARE(damagedStart->startedAt.toMSecsSinceEpoch(), 0);
        QCOMPARE(damagedStart->newExpiry, sample(u"x"_s, u"p"_s).newExpiry);

        for (const double expiry : {1.0e300, -1.0e19, 1900000000000.5}) {
            object.insert(u"newExpiresAt"_s, expiry);
            QVERIFY2(!RotationRecord::fromJson(object), qPrintable(QString::number(expiry)));
        }
        object.insert(u"newExpiresAt"_s, 9007199254740992.0);
        QCOMPARE(RotationRecord::fromJson(object)->newExpiry->toMSecsSinceEpoch(),
                 9007199254740992LL);
    }

    void refusesUnsafeIds()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        QString error;
        QVERIFY(!journal.write(sample(u"../escape"_s, u"p"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"../escape.json"_s)));
    }

    void claimIsExclusiveUntilReleased()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        std::unique_ptr<QLockFile> first = journal.claim(u"rot1"_s);
        QVERIFY(first);
        QVERIFY(!journal.claim(u"rot1"_s));
        QVERIFY(journal.claim(u"rot2"_s));
        first.reset();
        QVERIFY(journal.claim(u"rot1"_s));
    }

    // QLockFile creates its file, then writes the owner into it: a process killed
    // between the two leaves an empty lock that no owner will ever release.
    void claimTakesOverALockItsOwnerDiedWriting()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        QFile empty(dir.filePath(u"rot1.lock"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        // Just made: its owner may still be writing it.
        QVERIFY(!journal.claim(u"rot1"_s));
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-5);
        QVERIFY(empty.open(QIODevice::ReadWrite));
        QVERIFY(empty.setFileTime(past, QFileDevice::FileModificationTime));
        empty.close();
        std::unique_ptr<QLockFile> taken = journal.claim(u"rot1"_s);
        QVERIFY(taken);
        QVERIFY(!journal.claim(u"rot1"_s));
    }

    // An empty lock whose owner is alive and still holds it is not taken over.
    void claimLeavesAnEmptyLockItsLiveOwnerHolds()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        std::unique_ptr<QLockFile> first = journal.claim(u"rot1"_s);
        QVERIFY(first);
        QFile lock(dir.filePath(u"rot1.lock"_s));
        QVERIFY(lock.open(QIODevice::ReadWrite | QIODevice::Truncate));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-5),
                                 QFileDevice::FileModificationTime));
        lock.close();
        QVERIFY(!journal.claim(u"rot1"_s));
    }

    // Taking over a dead holder's lock, QLockFile guards the removal with a second
    // lock, "<lock>.rmlock". A process killed holding that guard leaves it behind,
    // and Qt then removes no stale lock while the guard looks live (30 s).
    void claimTakesOverADeadHoldersLockDespiteALeftoverGuard()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        QByteArray contents;
        {
            std::unique_ptr<QLockFile> held = journal.claim(u"rot1"_s);
            QVERIFY(held);
            QFile file(dir.filePath(u"rot1.lock"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            contents = file.readAll();
        }
        QVERIFY(contents.contains('\n'));
        // The same owner record, for a process that does not exist.
        contents = "2147483646" + contents.mid(contents.indexOf('\n'));
        QFile lock(dir.filePath(u"rot1.lock"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QCOMPARE(lock.write(contents), contents.size());
        lock.close();
        QFile guard(dir.filePath(u"rot1.lock.rmlock"_s));
        QVERIFY(guard.open(QIODevice::WriteOnly));
        guard.close();
        std::unique_ptr<QLockFile> taken = journal.claim(u"rot1"_s);
        QVERIFY(taken);
        QVERIFY(!journal.claim(u"rot1"_s));
    }

    void stepNamesRoundTrip()
    {
        for (int i = 0; i <= int(RotationRecord::Step::RevocationDue); ++i) {
            const auto step = RotationRecord::Step(i);
            QCOMPARE(RotationRecord::stepFromName(RotationRecord::stepName(step)), step);
        }
        QVERIFY(!RotationRecord::stepFromName(u"bogus"_s));
    }
};

QTEST_GUILESS_MAIN(TestRotationJournal)
#include "tst_rotationjournal.moc"
