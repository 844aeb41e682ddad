// Tests TokenNotes: the file (atomic, shared, malformed), the keys (endpoint + user +
// fingerprint), and notes following tokens through renames, rotations (also
// interrupted at every step) and revokes, on the sandbox and the real test keyring.
#include "model/offline/tokennotes.h"
#include "tests/support/rotationsteps.h"
#include "tests/support/servicerig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <sys/stat.h>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kPrintA = QByteArray(64, 'a');
const QByteArray kPrintB = QByteArray(64, 'b');
const QString kEndpoint = u"https://tenant.example"_s;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

ino_t inodeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}
} // namespace

class TestTokenNotes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceRig> rig;
    QTemporaryDir dir;

    QString noteOf(const PersonalAccessToken &token)
    {
        return rig->notes.note(rig->endpoint(), rig->userId(), token.fingerprint);
    }

    QString path(const QString &name) const { return dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QString error;
        QVERIFY2((rig = ServiceRig::started(u"tst_tokennotes"_s, &error)), qPrintable(error));
    }

    void cleanupTestCase() { rig.reset(); }

    void setReadClear()
    {
        const QString file = path(u"set-read-clear.json"_s);
        TokenNotes notes(file);
        QVERIFY(notes.error().isEmpty()); // no file yet: no notes, no error
        QSignalSpy changed(&notes, &TokenNotes::noteChanged);
        QString error;
        QVERIFY2(notes.setNote(kEndpoint, u"u1"_s, kPrintA, u"CI deploys\nrepo X"_s, &error),
                 qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(3).toString(), u"CI deploys\nrepo X"_s);

        // Another process (a second instance) reads what was written.
        TokenNotes other(file);
        QCOMPARE(other.note(kEndpoint, u"u1"_s, kPrintA), u"CI deploys\nrepo X"_s);
        const QJsonObject root = QJsonDocument::fromJson(contentOf(file)).object();
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(root.value(u"notes"_s).toArray().size(), 1);

        // Blank text removes the note.
        QVERIFY(notes.setNote(kEndpoint, u"u1"_s, kPrintA, u"  \n"_s, &error));
        QCOMPARE(changed.size(), 2);
        QVERIFY(changed.last().at(3).toString().isEmpty());
        other.reload();
        QVERIFY(other.note(kEndpoint, u"u1"_s, kPrintA).isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(contentOf(file)).object().value(u"notes"_s).toArray().size(),
            0);
    }

    void keyedByEndpointUserAndFingerprint()
    {
        TokenNotes notes(path(u"keys.json"_s));
        QVERIFY(notes.setNote(kEndpoint, u"u1"_s, kPrintA, u"one"_s));
        QVERIFY(notes.setNote(kEndpoint, u"u2"_s, kPrintA, u"two"_s));
        QVERIFY(notes.setNote(u"https://other.example"_s, u"u1"_s, kPrintA, u"three"_s));
        QVERIFY(notes.setNote(kEndpoint, u"u1"_s, kPrintB, u"four"_s));
        TokenNotes reread(path(u"keys.json"_s));
        QCOMPARE(reread.note(kEndpoint, u"u1"_s, kPrintA), u"one"_s);
        QCOMPARE(reread.note(kEndpoint, u"u2"_s, kPrintA), u"two"_s);
        QCOMPARE(reread.note(u"https://other.example"_s, u"u1"_s, kPrintA), u"three"_s);
        const QHash<QByteArray, QString> ofUser = reread.notesOf(kEndpoint, u"u1"_s);
        QCOMPARE(ofUser.size(), 2);
        QCOMPARE(ofUser.value(kPrintB), u"four"_s);
        // The fingerprint's case does not make a second key.
        QCOMPARE(reread.note(kEndpoint, u"u1"_s, kPrintA.toUpper()), u"one"_s);
    }

    void writesAreAtomicAndShared()
    {
        const QString file = path(u"shared.json"_s);
        TokenNotes window(file);
        TokenNotes cli(file);
        QVERIFY(window.setNote(kEndpoint, u"u1"_s, kPrintA, u"from the window"_s));
        const ino_t before = inodeOf(file);
        QVERIFY(before != 0);
        // The second writer has read nothing since: it reads again under the lock
        // before it writes, so the window's note stays.
        QVERIFY(cli.setNote(kEndpoint, u"u1"_s, kPrintB, u"from latchkeyctl"_s));
        TokenNotes reread(file);
        QCOMPARE(reread.note(kEndpoint, u"u1"_s, kPrintA), u"from the window"_s);
        QCOMPARE(reread.note(kEndpoint, u"u1"_s, kPrintB), u"from latchkeyctl"_s);
        // Replaced, not rewritten in place: a kill mid-write leaves the old file whole.
        QVERIFY(inodeOf(file) != before);
        const QStringList left = QDir(dir.path()).entryList({u"shared.json*"_s}, QDir::Files);
        QCOMPARE(left, QStringList{u"shared.json"_s});
    }

    void refusesWhatItCannotKeep()
    {
        TokenNotes notes(path(u"refuses.json"_s));
        QString error;
        QVERIFY(!notes.setNote(kEndpoint, u"u1"_s, kPrintA,
                               QString(TokenNotes::MaxLength + 1, u'x'), &error));
        QVERIFY2(error.contains(QString::number(TokenNotes::MaxLength)), qPrintable(error));
        QVERIFY(
            !notes.setNote(kEndpoint, u"u1"_s, QByteArray("not a fingerprint"), u"x"_s, &error));
        QVERIFY(error.contains(u"fingerprint"_s));
        QVERIFY(!QFile::exists(path(u"refuses.json"_s)));
        QVERIFY(notes.setNote(kEndpoint, u"u1"_s, kPrintA, QString(TokenNotes::MaxLength, u'x'),
                              &error));
    }

    void malformedFileIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"version\": 1, \"notes\": [");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("other version") << QByteArray(R"({"version": 2, "notes": []})");
        QTest::newRow("bad fingerprint")
            << QByteArray(R"({"version": 1, "notes": [{"endpoint": "https://a", "userId": "u",)"
                          R"( "fingerprint": "xyz", "note": "kept"}]})");
        QTest::newRow("note not text")
            << QByteArray(R"({"version": 1, "notes": [{"endpoint": "https://a", "userId": "u",)"
                          R"( "fingerprint": ")" +
                          QByteArray(64, 'a') + R"(", "note": 7}]})");
    }

    void malformedFileIsLeftAlone()
    {
        QFETCH(QByteArray, content);
        const QString file =
            path(u"malformed-%1.json"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(writeFile(file, content));
        TokenNotes notes(file);
        const QString error = notes.error();
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QVERIFY(notes.notesOf(kEndpoint, u"u1"_s).isEmpty());
        QString refused;
        QVERIFY(!notes.setNote(kEndpoint, u"u1"_s, kPrintA, u"new"_s, &refused));
        QCOMPARE(refused, error);
        QVERIFY(!notes.carryOver(kEndpoint, u"u1"_s, kPrintA, kPrintB, &refused));
        // Whatever it holds is still there for the user to repair.
        QCOMPARE(contentOf(file), content);
    }

    void carryOverIsIdempotent()
    {
        TokenNotes notes(path(u"carry.json"_s));
        QVERIFY(notes.setNote(kEndpoint, u"u1"_s, kPrintA, u"deploy key"_s));
        QSignalSpy changed(&notes, &TokenNotes::noteChanged);
        QVERIFY(notes.carryOver(kEndpoint, u"u1"_s, kPrintA, kPrintB));
        QCOMPARE(changed.size(), 2);
        QVERIFY(notes.note(kEndpoint, u"u1"_s, kPrintA).isEmpty());
        QCOMPARE(notes.note(kEndpoint, u"u1"_s, kPrintB), u"deploy key"_s);
        // A resumed rotation runs it again: nothing changes, nothing is lost.
        QVERIFY(notes.carryOver(kEndpoint, u"u1"_s, kPrintA, kPrintB));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(TokenNotes(path(u"carry.json"_s)).note(kEndpoint, u"u1"_s, kPrintB),
                 u"deploy key"_s);
    }

    void survivesRenameAndRotation()
    {
        const QString name = uniqueName(u"noted"_s);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        QVERIFY(created && created->ok());
        const PersonalAccessToken token = created->value().token;
        QVERIFY(rig->notes.setNote(rig->endpoint(), rig->userId(), token.fingerprint,
                                   u"used by the nightly backup"_s));

        const QString renamed = uniqueName(u"noted, renamed"_s);
        const auto done = await<TokenResult<PersonalAccessToken>>([&](QObject *c, auto reply) {
            rig->service->rename(rig->userId(), name, renamed, c, reply);
        });
        QVERIFY(done && done->ok());
        const QList<PersonalAccessToken> afterRename = rig->serverTokens(renamed);
        QCOMPARE(afterRename.size(), 1);
        QCOMPARE(noteOf(afterRename.first()), u"used by the nightly backup"_s);

        const auto rotated = rig->changeExpiry(renamed, ExpirySpec::inDays(30));
        QVERIFY(rotated && rotated->ok());
        const PersonalAccessToken replacement = rotated->value().token;
        QVERIFY(replacement.fingerprint != token.fingerprint);
        QCOMPARE(noteOf(replacement), u"used by the nightly backup"_s);
        QVERIFY(noteOf(token).isEmpty());
        // Also as the file has it, for the next start.
        TokenNotes reread(rig->notes.path());
        QCOMPARE(reread.note(rig->endpoint(), rig->userId(), replacement.fingerprint),
                 u"used by the nightly backup"_s);
    }

    void interruptedRotationKeepsTheNote_data() { latchkey::test::addRotationStepRows(); }

    void interruptedRotationKeepsTheNote()
    {
        QFETCH(QString, step);
        const QString name = uniqueName(u"note, crash at "_s + step);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        QVERIFY(created && created->ok());
        const QByteArray oldFingerprint = created->value().token.fingerprint;
        QVERIFY(rig->notes.setNote(rig->endpoint(), rig->userId(), oldFingerprint,
                                   u"note of "_s + name));

        // As tst_tokenservice: the service dies right after the journal recorded the step.
        QObject context;
        QVERIFY(rig->changeExpiryKilledAt(step, name, ExpirySpec::inDays(40), &context));
        QVERIFY(rig->restartAfterKill());
        QVERIFY(rig->resume());

        // Whichever token carries the name now carries the note, and only it.
        const QList<PersonalAccessToken> now = rig->serverTokens(name);
        QCOMPARE(now.size(), 1);
        TokenNotes reread(rig->notes.path());
        QCOMPARE(reread.note(rig->endpoint(), rig->userId(), now.first().fingerprint),
                 u"note of "_s + name);
        if (now.first().fingerprint != oldFingerprint)
            QVERIFY(reread.note(rig->endpoint(), rig->userId(), oldFingerprint).isEmpty());
    }

    void revokeDropsTheNote()
    {
        const QString name = uniqueName(u"noted, revoked"_s);
        const auto created = rig->generate(name, ExpirySpec::inDays(5));
        QVERIFY(created && created->ok());
        const QByteArray fingerprint = created->value().token.fingerprint;
        QVERIFY(rig->notes.setNote(rig->endpoint(), rig->userId(), fingerprint, u"gone soon"_s));
        const auto outcomes = await<QList<RevokeOutcome>>(
            [&](QObject *c, auto done) { rig->service->revoke(rig->userId(), {name}, c, done); });
        QVERIFY(outcomes && outcomes->size() == 1 && outcomes->first().revoked);
        QVERIFY(TokenNotes(rig->notes.path())
                    .note(rig->endpoint(), rig->userId(), fingerprint)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenNotes)
#include "tst_tokennotes.moc"
