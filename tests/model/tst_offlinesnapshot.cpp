// Tests OfflineSnapshot: round trip, owner-only permissions, damaged files
// (garbage, truncated, wrong shape) and the list of known tokens.
#include "model/offline/offlinesnapshot.h"
#include "net/tokenfingerprint.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

PersonalAccessToken token(const QString &name, std::optional<QDateTime> expiresAt)
{
    const QByteArray value =
        "pat_" + QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    PersonalAccessToken t;
    t.userId = u"user1"_s;
    t.name = name;
    t.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    t.expiresAt = expiresAt;
    t.fingerprint = TokenFingerprint::of(value);
    t.hint = TokenFingerprint::hintOf(value);
    return t;
}

OfflineSnapshot::Data sample(const QString &profile = u"Prod / EU"_s)
{
    OfflineSnapshot::Data data;
    data.profile = profile;
    data.endpoint = u"https://tenant.logto.app"_s;
    data.userId = u"user1"_s;
    data.userLabel = u"ada@example.com"_s;
    data.takenAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    data.tokens = {token(u"CI deploy"_s, QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC)),
                   token(u"n\u00e4me with \"quotes\" / slash"_s, std::nullopt)};
    return data;
}

} // namespace

class TestOfflineSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeRaw(OfflineSnapshot &store, const QByteArray &bytes)
    {
        QDir().mkpath(store.directory());
        const QString path = store.fileFor(u"Prod / EU"_s, u"user1"_s);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(OfflineSnapshot::defaultDirectory().endsWith(u"/snapshots"_s));
    }

    void roundTrip()
    {
        OfflineSnapshot store(m_dir.filePath(u"rt/snapshots"_s));
        const auto data = sample();
        QString error;
        QVERIFY2(store.save(data, &error), qPrintable(error));
        const auto loaded = store.load(data.profile, data.userId, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->profile, data.profile);
        QCOMPARE(loaded->endpoint, data.endpoint);
        QCOMPARE(loaded->userLabel, data.userLabel);
        QCOMPARE(loaded->takenAt, data.takenAt);
        QCOMPARE(loaded->tokens, data.tokens);

        // The file name does not reveal the connection; the content holds no value.
        const QString path = store.fileFor(data.profile, data.userId);
        QVERIFY(!path.contains(u"Prod"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("pat_"));
    }

    void ownerOnlyPermissions()
    {
        const QString dir = m_dir.filePath(u"perm/snapshots"_s);
        OfflineSnapshot store(dir);
        QVERIFY(store.save(sample()));
        QCOMPARE(QFile::permissions(store.fileFor(u"Prod / EU"_s, u"user1"_s)),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        const auto dirPermissions = QFile::permissions(dir);
        QCOMPARE(dirPermissions &
                     (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QVERIFY(dirPermissions & QFileDevice::ExeOwner);
        // Overwriting keeps them.
        QVERIFY(store.save(sample()));
        QCOMPARE(QFile::permissions(store.fileFor(u"Prod / EU"_s, u"user1"_s)) &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void missingTakenAtIsNow()
    {
        OfflineSnapshot store(m_dir.filePath(u"now"_s));
        auto data = sample();
        data.takenAt = QDateTime();
        const auto before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(store.save(data));
        const auto loaded = store.load(data.profile, data.userId);
        QVERIFY(loaded);
        QVERIFY(loaded->takenAt >= before);
        QVERIFY(loaded->takenAt <= QDateTime::currentDateTimeUtc());
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = OfflineSnapshot::serialize(sample());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe garbage \x01", 14);
        QTest::newRow("truncated half") << good.left(good.size() / 2);
        QTest::newRow("truncated by one") << good.chopped(1);
        QTest::newRow("array") << "[]"_ba;
        QTest::newRow("wrong version")
            << QByteArray(good).replace("\"version\":1", "\"version\":2");
        QTest::newRow("bad fingerprint")
            << QByteArray(good).replace("\"fingerprint\":\"", "\"fingerprint\":\"X");
        QTest::newRow("string time")
            << QByteArray(good).replace("\"createdAt\":", "\"createdAt\":\"1\",\"x\":");
        QTest::newRow("negative time") << QByteArray(good).replace("\"takenAt\":", "\"takenAt\":-");
        QTest::newRow("token not object")
            << QByteArray(good).replace("\"tokens\":[", "\"tokens\":[1,");
        QTest::newRow("no tokens") << QByteArray(good).replace("\"tokens\"", "\"tokenz\"");
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, bytes);
        OfflineSnapshot store(m_dir.filePath(u"damaged"_s));
        writeRaw(store, bytes);
        QString error;
        QVERIFY(!store.load(u"Prod / EU"_s, u"user1"_s, &error).has_value());
        QVERIFY(!error.isEmpty());
        QVERIFY(!OfflineSnapshot::parse(bytes).has_value());
        // A damaged file is skipped, not fatal, for the known-token list.
        QVERIFY(store.knownTokens().isEmpty());
    }

    void everyTruncationIsRefused()
    {
        const QByteArray good = OfflineSnapshot::serialize(sample());
        QVERIFY(OfflineSnapshot::parse(good).has_value());
        for (qsizetype n = 0; n < good.size(); ++n)
            QVERIFY2(!OfflineSnapshot::parse(good.left(n)).has_value(),
                     qPrintable(QString::number(n)));
    }

    void missingFileSaysSo()
    {
        OfflineSnapshot store(m_dir.filePath(u"missing"_s));
        QString error;
        QVERIFY(!store.load(u"x"_s, u"y"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.knownTokens().isEmpty());
    }

    void foreignContentIsRefused()
    {
        OfflineSnapshot store(m_dir.filePath(u"foreign"_s));
        QVERIFY(store.save(sample(u"other"_s)));
        QFile::remove(store.fileFor(u"Prod / EU"_s, u"user1"_s));
        QVERIFY(QFile::copy(store.fileFor(u"other"_s, u"user1"_s),
                            store.fileFor(u"Prod / EU"_s, u"user1"_s)));
        QString error;
        QVERIFY(!store.load(u"Prod / EU"_s, u"user1"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void knownTokensAcrossSnapshots()
    {
        OfflineSnapshot store(m_dir.filePath(u"known"_s));
        auto a = sample(u"prod"_s);
        auto b = sample(u"staging"_s);
        b.userId = u"user2"_s;
        b.userLabel.clear();
        b.tokens = {token(u"staging token"_s, std::nullopt)};
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
        writeRaw(store, "garbage");
        const auto known = store.knownTokens();
        QCOMPARE(known.size(), 3);
        const auto it = std::find_if(known.begin(), known.end(), [](const KnownToken &k) {
            return k.name == u"staging token"_s;
        });
        QVERIFY(it != known.end());
        QCOMPARE(it->connectionName, u"staging"_s);
        QCOMPARE(it->userLabel, u"user2"_s);
        QCOMPARE(it->fingerprint, token(u"staging token"_s, std::nullopt).fingerprint);
        QVERIFY(!it->expiresAt);
        QVERIFY(store.remove(u"staging"_s, u"user2"_s));
        QCOMPARE(store.knownTokens().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOfflineSnapshot)
#include "tst_offlinesnapshot.moc"
