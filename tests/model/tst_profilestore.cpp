// Tests ProfileStore (QSettings + real keychain) and ConnectionProfile's
// client configuration: the app secret never reaches the settings file.
#include "model/keychain/keychainsecretstore.h"
#include "model/settings/connectionprofile.h"
#include "model/settings/profilestore.h"
#include "tests/support/awaitkeychain.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;
using namespace latchkey::test;
using Status = SecretStore::Outcome::Status;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString uniqueService()
    {
        return u"latchkey-tst_profilestore-%1-%2"_s.arg(QCoreApplication::applicationPid())
            .arg(++m_counter);
    }

    static ConnectionProfile sample(const QString &name)
    {
        ConnectionProfile p;
        p.name = name;
        p.endpoint = QUrl(u"https://tenant.logto.app"_s);
        p.appId = u"m2m-app-id"_s;
        p.userId = u"u1abcdefghij"_s;
        return p;
    }

    std::pair<SecretStore::Outcome, QByteArray> readSecret(ProfileStore &store, const QString &name)
    {
        return awaitSecret([&](QObject *c, auto done) { store.readSecret(name, c, done); });
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void addLoadListRemove()
    {
        const QString file = m_dir.filePath(u"a.ini"_s);
        QSettings settings(file, QSettings::IniFormat);
        KeychainSecretStore secrets(uniqueService());
        ProfileStore store(&settings, &secrets);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);

        // Names with separators and spaces must round-trip as one profile.
        ConnectionProfile a = sample(u"Prod / EU #1"_s);
        a.caFile = u"/etc/ssl/private-ca.pem"_s;
        a.apiIndicator = u"https://default.logto.app/api"_s;
        ConnectionProfile b = sample(u"local"_s);
        b.endpoint = QUrl(u"http://127.0.0.1:3001"_s);
        b.allowPlainHttp = true;

        const QByteArray secretA = "app-secret-A-0123456789abcdefXYZ"_ba;
        QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                     store.add(a, SecretBytes(secretA), c, done);
                 }).status,
                 Status::Ok);
        QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                     store.add(b, SecretBytes("secret-b"_ba), c, done);
                 }).status,
                 Status::Ok);
        QCOMPARE(changed.size(), 2);

        QCOMPARE(store.names(), (QStringList{u"local"_s, u"Prod / EU #1"_s}));
        QCOMPARE(store.load(a.name), a);
        QCOMPARE(store.load(b.name), b);
        QCOMPARE(store.list().size(), 2);
        QVERIFY(!store.load(u"missing"_s).has_value());

        auto [outcome, value] = readSecret(store, a.name);
        QCOMPARE(outcome.status, Status::Ok);
        QCOMPARE(value, secretA);

        // A duplicate name is refused and the original secret stays.
        const auto dup = awaitOutcome(
            [&](QObject *c, auto done) { store.add(a, SecretBytes("other"_ba), c, done); });
        QCOMPARE(dup.status, Status::Failed);
        QVERIFY(dup.message.contains(a.name));
        QCOMPARE(readSecret(store, a.name).second, secretA);

        // A fresh store over the same file sees the same profiles.
        {
            QSettings again(file, QSettings::IniFormat);
            ProfileStore other(&again, &secrets);
            QCOMPARE(other.load(a.name), a);
        }

        QCOMPARE(awaitOutcome([&](QObject *c, auto done) { store.remove(a.name, c, done); }).status,
                 Status::Ok);
        QVERIFY(!store.contains(a.name));
        QCOMPARE(readSecret(store, a.name).first.status, Status::NotFound);
        QCOMPARE(awaitOutcome([&](QObject *c, auto done) { store.remove(b.name, c, done); }).status,
                 Status::Ok);
        QVERIFY(store.names().isEmpty());
    }

    void namesAreEncodedOnce()
    {
        // Issue 20.10: the settings file holds "Offline%20test", not "Offline%2520test".
        const QString file = m_dir.filePath(u"once.ini"_s);
        KeychainSecretStore secrets(uniqueService());
        ConnectionProfile profile = sample(u"Offline test"_s);
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore store(&settings, &secrets);
            QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                         store.add(profile, SecretBytes("secret"_ba), c, done);
                     }).status,
                     Status::Ok);
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray content = written.readAll();
        QVERIFY2(content.contains("Offline%20test\\endpoint="), content.constData());
        QVERIFY2(!content.contains("%25"), content.constData());

        // A file an earlier version wrote (the name encoded twice) still reads, and the
        // next save writes the name once.
        const QString old = m_dir.filePath(u"twice.ini"_s);
        {
            QFile twice(old);
            QVERIFY(twice.open(QIODevice::WriteOnly));
            twice.write("[profiles]\nOffline%2520test\\endpoint=https://tenant.logto.app\n"
                        "Offline%2520test\\appId=m2m-app-id\n");
        }
        QSettings settings(old, QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        QCOMPARE(store.names(), QStringList{u"Offline test"_s});
        const std::optional<ConnectionProfile> read = store.load(u"Offline test"_s);
        QVERIFY(read);
        QCOMPARE(read->appId, u"m2m-app-id"_s);
        QVERIFY(store.update(*read));
        QCOMPARE(store.names(), QStringList{u"Offline test"_s});
        QFile rewritten(old);
        QVERIFY(rewritten.open(QIODevice::ReadOnly));
        const QByteArray now = rewritten.readAll();
        QVERIFY2(now.contains("Offline%20test") && !now.contains("%25"), now.constData());
        QCOMPARE(store.load(u"Offline test"_s)->appId, u"m2m-app-id"_s);
    }

    void secretNeverInSettingsFile()
    {
        const QString file = m_dir.filePath(u"secret-scan.ini"_s);
        const QByteArray secret = "S3cr3t-app-value-that-must-not-leak-42"_ba;
        {
            QSettings settings(file, QSettings::IniFormat);
            KeychainSecretStore secrets(uniqueService());
            ProfileStore store(&settings, &secrets);
            ConnectionProfile p = sample(u"scan"_s);
            QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                         store.add(p, SecretBytes(secret), c, done);
                     }).status,
                     Status::Ok);
            p.appId = u"changed-app-id"_s;
            QVERIFY(store.update(p));
            QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                         store.setSecret(p.name, SecretBytes(secret + "-2"), c, done);
                     }).status,
                     Status::Ok);
            QCOMPARE(readSecret(store, p.name).second, secret + "-2");
            settings.sync();
            QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                         store.remove(u"no-such-profile"_s, c, done);
                     }).status,
                     Status::Ok);
            QCOMPARE(
                awaitOutcome([&](QObject *c, auto done) { store.remove(p.name, c, done); }).status,
                Status::Ok);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains(secret));
        QVERIFY(!content.contains(secret.toBase64()));
        QVERIFY(!content.contains("S3cr3t"));
    }

    void settingsFileHoldsMetadata()
    {
        const QString file = m_dir.filePath(u"meta.ini"_s);
        const QByteArray secret = "another-secret-value-9876543210"_ba;
        QSettings settings(file, QSettings::IniFormat);
        KeychainSecretStore secrets(uniqueService());
        ProfileStore store(&settings, &secrets);
        QCOMPARE(awaitOutcome([&](QObject *c, auto done) {
                     store.add(sample(u"meta"_s), SecretBytes(secret), c, done);
                 }).status,
                 Status::Ok);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("m2m-app-id"));
        QVERIFY(!content.contains(secret));
        QCOMPARE(
            awaitOutcome([&](QObject *c, auto done) { store.remove(u"meta"_s, c, done); }).status,
            Status::Ok);
    }

    void invalidProfilesAreRefused()
    {
        QSettings settings(m_dir.filePath(u"invalid.ini"_s), QSettings::IniFormat);
        KeychainSecretStore secrets(uniqueService());
        ProfileStore store(&settings, &secrets);
        ConnectionProfile p = sample(u"  "_s);
        const auto outcome = awaitOutcome(
            [&](QObject *c, auto done) { store.add(p, SecretBytes("x"_ba), c, done); });
        QCOMPARE(outcome.status, Status::Failed);
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY(store.names().isEmpty());
        p = sample(u"ftp"_s);
        p.endpoint = QUrl(u"ftp://tenant.example"_s);
        QVERIFY(!p.validationError().isEmpty());
        QVERIFY(!store.update(sample(u"not-added"_s)));
    }

    void clientConfig()
    {
        ConnectionProfile p = sample(u"cfg"_s);
        p.allowPlainHttp = true;
        p.apiIndicator = u"https://x/api"_s;
        QString error;
        auto config = p.toClientConfig(SecretBytes("sec"_ba), &error);
        QVERIFY(config.has_value());
        QCOMPARE(config->endpoint, p.endpoint);
        QCOMPARE(config->appId, p.appId);
        QCOMPARE(config->appSecret.view(), "sec"_ba);
        QCOMPARE(config->apiIndicator, p.apiIndicator);
        QVERIFY(config->allowPlainHttp);
        QVERIFY(config->extraCaCertificates.isEmpty());

        p.caFile = m_dir.filePath(u"missing.pem"_s);
        QVERIFY(!p.toClientConfig(SecretBytes("sec"_ba), &error).has_value());
        QVERIFY(error.contains(u"missing.pem"_s));

        QFile garbage(m_dir.filePath(u"garbage.pem"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a certificate");
        garbage.close();
        p.caFile = garbage.fileName();
        error.clear();
        QVERIFY(!p.toClientConfig(SecretBytes("sec"_ba), &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
