// Tests RetiredTokenLog: round trip, owner-only permissions, lines that do not
// parse, age and length bounds, compaction of a grown file; and that the token
// service notes each token it revokes or replaces (against the sandbox).
#include "model/offline/retiredtokenlog.h"
#include "net/tokenfingerprint.h"
#include "tests/support/servicerig.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

RetiredTokenLog::Entry entry(int i, const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    RetiredTokenLog::Entry e;
    e.fingerprint = TokenFingerprint::of("pat_" + QByteArray::number(i));
    e.name = u"token %1 \"quoted\""_s.arg(i);
    e.profile = u"work"_s;
    e.userId = u"u1"_s;
    e.retiredAt = at;
    e.reason =
        i % 2 ? RetiredTokenLog::Entry::Reason::Replaced : RetiredTokenLog::Entry::Reason::Revoked;
    if (i % 3 == 0)
        e.expiresAt = QDateTime(QDate(2031, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
    return e;
}

} // namespace

class TestRetiredTokenLog : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const RetiredTokenLog log(dir.filePath(u"sub/retired.jsonl"_s));
        QVERIFY(log.entries().isEmpty());
        const QDateTime at(QDate(2030, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
        QVERIFY(log.record(entry(2, QDateTime::currentDateTimeUtc().addDays(-1))));
        QVERIFY(log.record(entry(3)));
        const QList<RetiredTokenLog::Entry> read = log.entries();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read[1].fingerprint, entry(3).fingerprint);
        QCOMPARE(read[1].name, entry(3).name);
        QCOMPARE(read[1].profile, u"work"_s);
        QCOMPARE(read[1].expiresAt, entry(3).expiresAt);
        QCOMPARE(read[1].reason, RetiredTokenLog::Entry::Reason::Replaced);
        QCOMPARE(read[0].reason, RetiredTokenLog::Entry::Reason::Revoked);
        QVERIFY(!read[0].expiresAt);
        QCOMPARE(QFileInfo(log.path()).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(dir.filePath(u"sub"_s)).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        Q_UNUSED(at);
    }

    void damagedLinesArePassedOver()
    {
        QTemporaryDir dir;
        const RetiredTokenLog log(dir.filePath(u"r.jsonl"_s));
        QVERIFY(log.record(entry(1)));
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("garbage\n{\"fingerprint\":\"xyz\"}\n{\"fingerprint\":");
        file.close();
        QVERIFY(log.record(entry(2)));
        const QList<RetiredTokenLog::Entry> read = log.entries();
        // A line cut short does not swallow the next one.
        QCOMPARE(read.size(), 2);
        QCOMPARE(read[0].name, entry(1).name);
        QCOMPARE(read[1].name, entry(2).name);
    }

    void oldEntriesAreDropped()
    {
        QTemporaryDir dir;
        const RetiredTokenLog log(dir.filePath(u"r.jsonl"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(log.record(entry(1, now.addDays(-RetiredTokenLog::MaxAgeDays - 1))));
        QVERIFY(log.record(entry(2, now.addDays(-RetiredTokenLog::MaxAgeDays + 1))));
        const QList<RetiredTokenLog::Entry> read = log.entries();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read[0].name, entry(2).name);
    }

    void theNewestAreKeptAndTheFileIsCompacted()
    {
        QTemporaryDir dir;
        const RetiredTokenLog log(dir.filePath(u"r.jsonl"_s));
        QByteArray lines;
        for (int i = 0; i < 25000; ++i)
            lines += RetiredTokenLog::serialize(entry(i));
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines);
        file.close();
        QVERIFY(QFileInfo(log.path()).size() > 4 * 1024 * 1024);
        QList<RetiredTokenLog::Entry> read = log.entries();
        QCOMPARE(read.size(), RetiredTokenLog::MaxEntries);
        QCOMPARE(read.last().name, entry(24999).name);
        QVERIFY(log.record(entry(25000)));
        QVERIFY(QFileInfo(log.path()).size() < 2 * 1024 * 1024);
        read = log.entries();
        QCOMPARE(read.size(), RetiredTokenLog::MaxEntries);
        QCOMPARE(read.last().name, entry(25000).name);
    }

    void theServiceNotesWhatItRevokesAndReplaces()
    {
        test::ServiceRig rig(u"retired"_s);
        QString error;
        QVERIFY2(rig.start(&error), qPrintable(error));
        QTemporaryDir dir;
        RetiredTokenLog log(dir.filePath(u"retired.jsonl"_s));
        rig.service->setRetiredLog(&log);

        const auto revoked = rig.generate(u"to-revoke"_s, ExpirySpec::inDays(9));
        QVERIFY(revoked && revoked->ok());
        const auto outcomes = test::await<QList<RevokeOutcome>>([&](QObject *c, auto done) {
            rig.service->revoke(rig.userId(), {u"to-revoke"_s}, c, done);
        });
        QVERIFY(outcomes && outcomes->value(0).revoked);

        const auto rotated = rig.generate(u"to-rotate"_s, ExpirySpec::inDays(9));
        QVERIFY(rotated && rotated->ok());
        const auto replaced = rig.changeExpiry(u"to-rotate"_s, ExpirySpec::inDays(30));
        QVERIFY(replaced && replaced->ok());

        const QList<RetiredTokenLog::Entry> entries = log.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].fingerprint, revoked->value().token.fingerprint);
        QCOMPARE(entries[0].name, u"to-revoke"_s);
        QCOMPARE(entries[0].profile, u"test-profile"_s);
        QCOMPARE(entries[0].userId, rig.userId());
        QCOMPARE(entries[0].reason, RetiredTokenLog::Entry::Reason::Revoked);
        QVERIFY(entries[0].expiresAt);
        QCOMPARE(entries[1].fingerprint, rotated->value().token.fingerprint);
        QCOMPARE(entries[1].reason, RetiredTokenLog::Entry::Reason::Replaced);
        // The replacement itself is alive.
        QVERIFY(entries[1].fingerprint != replaced->value().token.fingerprint);
    }
};

QTEST_GUILESS_MAIN(TestRetiredTokenLog)
#include "tst_retiredtokenlog.moc"
