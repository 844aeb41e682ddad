// Runs latchkeyctl end to end as a subprocess against the latchkey-sandbox
// executable, with private XDG folders and the test session's real keyring:
// every command, error exits, rotations killed (SIGKILL) after each journaled
// step and finished by the next run, and no secret in any file left behind.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;

    bool ok() const { return exitStatus == QProcess::NormalExit && exitCode == 0; }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    // A failure must say what went wrong in exactly one line.
    bool oneErrorLine() const
    {
        const QByteArray text = err.trimmed();
        return !text.isEmpty() && !text.contains('\n') && text.startsWith("latchkeyctl: ");
    }
};

QString buildPath(const QString &relative)
{
    return QStringLiteral(LATCHKEY_BUILD_DIR) + u'/' + relative;
}

QByteArray sha256Hex(const QByteArray &value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestLatchkeyCtl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_sandbox;
    QJsonObject m_sandboxInfo;
    QString m_profile = u"ctl-%1"_s.arg(QCoreApplication::applicationPid());
    QList<QByteArray> m_secretsSeen;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.remove(u"LATCHKEY_TEST_CRASH_AT_STEP"_s);
        return env;
    }

    Run ctl(const QStringList &arguments, const QByteArray &input = {},
            const QString &crashAtStep = {})
    {
        QProcess process;
        QProcessEnvironment env = environment();
        if (!crashAtStep.isEmpty())
            env.insert(u"LATCHKEY_TEST_CRASH_AT_STEP"_s, crashAtStep);
        process.setProcessEnvironment(env);
        process.start(buildPath(u"app/latchkeyctl/latchkeyctl"_s), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        Run run;
        run.exitCode = process.exitCode();
        run.exitStatus = process.exitStatus();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QJsonObject tokenNamed(const QString &name, int *count = nullptr)
    {
        const Run listed = ctl({u"tokens"_s, u"--json"_s});
        QJsonObject found;
        int matches = 0;
        for (const QJsonValue &token : listed.array()) {
            if (token[u"name"_s].toString() == name) {
                found = token.toObject();
                ++matches;
            }
        }
        if (count)
            *count = matches;
        return found;
    }

    QString journalDir() const { return m_home.filePath(u"data/Latchkey/Latchkey/journal"_s); }

    QByteArray create(const QString &name, const QString &expires)
    {
        const Run created = ctl({u"create"_s, name, u"--expires"_s, expires, u"--json"_s});
        const QByteArray value = created.object()[u"value"_s].toString().toLatin1();
        if (!value.isEmpty())
            m_secretsSeen.append(value);
        return value;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_sandbox.setProgram(buildPath(u"app/sandbox/latchkey-sandbox"_s));
        m_sandbox.setArguments({u"--port"_s, u"0"_s, u"--test-hooks"_s});
        m_sandbox.start();
        QVERIFY(m_sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
        m_sandboxInfo = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        QVERIFY(!m_sandboxInfo[u"endpoint"_s].toString().isEmpty());
        m_secretsSeen.append(m_sandboxInfo[u"appSecret"_s].toString().toLatin1());
    }

    void cleanupTestCase()
    {
        ctl({u"profiles"_s, u"remove"_s, m_profile});
        ctl({u"profiles"_s, u"remove"_s, m_profile + u"-dead"_s});
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }

    void profilesAddWithSecretOnStdin()
    {
        const QStringList add{u"profiles"_s,
                              u"add"_s,
                              m_profile,
                              u"--endpoint"_s,
                              m_sandboxInfo[u"endpoint"_s].toString(),
                              u"--app-id"_s,
                              m_sandboxInfo[u"appId"_s].toString(),
                              u"--user"_s,
                              m_sandboxInfo[u"userId"_s].toString()};
        const Run withoutStdin = ctl(add);
        QVERIFY(!withoutStdin.ok());
        QVERIFY(withoutStdin.oneErrorLine());

        const Run added = ctl(add + QStringList{u"--secret-stdin"_s},
                              m_sandboxInfo[u"appSecret"_s].toString().toLatin1() + '\n');
        QVERIFY2(added.ok(), added.err.constData());

        const Run again = ctl(add + QStringList{u"--secret-stdin"_s}, "whatever\n");
        QVERIFY(!again.ok());
        QVERIFY(again.oneErrorLine());

        const Run listed = ctl({u"profiles"_s, u"list"_s, u"--json"_s});
        QVERIFY(listed.ok());
        QCOMPARE(listed.array().size(), 1);
        const QJsonObject profile = listed.array().first().toObject();
        QCOMPARE(profile[u"name"_s].toString(), m_profile);
        QCOMPARE(profile[u"current"_s].toBool(), true);
        QCOMPARE(profile[u"userId"_s].toString(), m_sandboxInfo[u"userId"_s].toString());

        // A second profile on a port where nothing listens, for the "unreachable" case.
        const Run dead = ctl({u"profiles"_s, u"add"_s, m_profile + u"-dead"_s, u"--endpoint"_s,
                              u"http://127.0.0.1:9"_s, u"--app-id"_s, u"x"_s, u"--user"_s,
                              u"someone"_s, u"--secret-stdin"_s},
                             "not-a-real-secret\n");
        QVERIFY2(dead.ok(), dead.err.constData());
        QCOMPARE(ctl({u"profiles"_s, u"list"_s, u"--json"_s}).array().size(), 2);
    }

    void usersAsJson()
    {
        const Run all = ctl({u"users"_s, u"--all"_s, u"--json"_s});
        QVERIFY2(all.ok(), all.err.constData());
        QJsonObject primary;
        for (const QJsonValue &user : all.array()) {
            if (user[u"id"_s].toString() == m_sandboxInfo[u"userId"_s].toString())
                primary = user.toObject();
        }
        QVERIFY(!primary.isEmpty());
        QCOMPARE(QStringList(primary.keys()),
                 (QStringList{u"id"_s, u"name"_s, u"primaryEmail"_s, u"username"_s}));

        const QString username = primary[u"username"_s].toString();
        QVERIFY(!username.isEmpty());
        const Run found = ctl({u"users"_s, u"--search"_s, username, u"--json"_s});
        QVERIFY(found.ok());
        QVERIFY(!found.array().isEmpty());
        QVERIFY(found.array().size() <= all.array().size());
        for (const QJsonValue &user : found.array())
            QVERIFY(QJsonDocument(user.toObject()).toJson().contains(username.toUtf8()));

        const Run table = ctl({u"users"_s});
        QVERIFY(table.ok());
        QVERIFY(table.out.contains(m_sandboxInfo[u"userId"_s].toString().toLatin1()));
    }

    void tokenLifecycle()
    {
        const QString name = u"ctl token / #1"_s;
        const QByteArray value = create(name, u"30"_s);
        QVERIFY(value.startsWith("pat_"));

        QJsonObject listed = tokenNamed(name);
        QCOMPARE(listed[u"cached"_s].toBool(), true);
        QCOMPARE(listed[u"status"_s].toString(), u"active"_s);
        QCOMPARE(listed[u"fingerprint"_s].toString().toLatin1(), sha256Hex(value));
        QVERIFY(!listed.contains(u"value"_s));
        const QDateTime expires =
            QDateTime::fromString(listed[u"expiresAt"_s].toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(30))) < 300);
        QVERIFY(!ctl({u"tokens"_s, u"--json"_s}).out.contains(value));
        const Run table = ctl({u"tokens"_s});
        QVERIFY(table.ok());
        QVERIFY(table.out.contains(name.toUtf8()));
        QVERIFY(!table.out.contains(value));

        const Run copied = ctl({u"copy"_s, name});
        QVERIFY(copied.ok());
        QCOMPARE(copied.out.trimmed(), value);

        const QString renamed = u"ctl token renamed"_s;
        QVERIFY(ctl({u"rename"_s, name, renamed}).ok());
        QCOMPARE(ctl({u"copy"_s, renamed}).out.trimmed(), value);

        const Run expired = ctl({u"expire"_s, renamed, u"never"_s, u"--json"_s});
        QVERIFY2(expired.ok(), expired.err.constData());
        const QByteArray newValue = expired.object()[u"value"_s].toString().toLatin1();
        m_secretsSeen.append(newValue);
        QVERIFY(newValue.startsWith("pat_"));
        QVERIFY(newValue != value);
        QCOMPARE(expired.object()[u"valueChanged"_s].toBool(), true);
        QCOMPARE(expired.object()[u"cached"_s].toBool(), true);
        int count = 0;
        listed = tokenNamed(renamed, &count);
        QCOMPARE(count, 1);
        QVERIFY(listed[u"expiresAt"_s].isNull());
        QCOMPARE(listed[u"status"_s].toString(), u"never-expires"_s);
        QCOMPARE(listed[u"fingerprint"_s].toString().toLatin1(), sha256Hex(newValue));
        QCOMPARE(ctl({u"copy"_s, renamed}).out.trimmed(), newValue);

        // Without --yes and without a terminal on stdin, nothing is deleted.
        const Run refused = ctl({u"revoke"_s, renamed});
        QVERIFY(!refused.ok());
        QVERIFY(refused.oneErrorLine());
        tokenNamed(renamed, &count);
        QCOMPARE(count, 1);

        QVERIFY(ctl({u"revoke"_s, renamed, u"--yes"_s}).ok());
        tokenNamed(renamed, &count);
        QCOMPARE(count, 0);
        const Run gone = ctl({u"copy"_s, renamed});
        QVERIFY(!gone.ok());
        QVERIFY(gone.oneErrorLine());
    }

    void copyWithoutCachedValueFails()
    {
        const QString name = u"ctl uncached"_s;
        QVERIFY(!create(name, u"5"_s).isEmpty());
        // The same server under another name: its cache is keyed by that endpoint, so
        // the value cached through the first profile is not there.
        const QString alias = m_profile + u"-alias"_s;
        const QString endpoint =
            m_sandboxInfo[u"endpoint"_s].toString().replace(u"127.0.0.1"_s, u"localhost"_s);
        const Run added = ctl({u"profiles"_s, u"add"_s, alias, u"--endpoint"_s, endpoint,
                               u"--app-id"_s, m_sandboxInfo[u"appId"_s].toString(), u"--user"_s,
                               m_sandboxInfo[u"userId"_s].toString(), u"--secret-stdin"_s},
                              m_sandboxInfo[u"appSecret"_s].toString().toLatin1());
        QVERIFY2(added.ok(), added.err.constData());

        const Run listed = ctl({u"--profile"_s, alias, u"tokens"_s, u"--json"_s});
        QVERIFY(listed.ok());
        bool seen = false;
        for (const QJsonValue &token : listed.array()) {
            if (token[u"name"_s].toString() == name) {
                seen = true;
                QCOMPARE(token[u"cached"_s].toBool(true), false);
            }
        }
        QVERIFY(seen);
        const Run copied = ctl({u"--profile"_s, alias, u"copy"_s, name});
        QCOMPARE(copied.exitCode, 1);
        QVERIFY(copied.oneErrorLine());
        QVERIFY(copied.out.isEmpty());

        QVERIFY(ctl({u"copy"_s, name}).ok());
        QVERIFY(ctl({u"revoke"_s, name, u"--yes"_s}).ok());
        QVERIFY(ctl({u"profiles"_s, u"remove"_s, alias}).ok());
    }

    void failuresExitNonZeroWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown user")
            << QStringList{u"tokens"_s, u"--user"_s, u"nosuchuser1"_s} << 1;
        QTest::newRow("no such token") << QStringList{u"copy"_s, u"no such token"_s} << 1;
        QTest::newRow("rename missing")
            << QStringList{u"rename"_s, u"no such token"_s, u"x"_s} << 1;
        QTest::newRow("bad expiry") << QStringList{u"expire"_s, u"x"_s, u"soon"_s} << 2;
        QTest::newRow("past expiry")
            << QStringList{u"create"_s, u"x"_s, u"--expires"_s, u"2001-01-01"_s} << 1;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
        QTest::newRow("missing argument") << QStringList{u"rename"_s, u"only-one"_s} << 2;
        QTest::newRow("wrong option") << QStringList{u"users"_s, u"--yes"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"tokens"_s, u"--bogus"_s} << 2;
        QTest::newRow("unknown profile")
            << QStringList{u"--profile"_s, u"nope"_s, u"tokens"_s} << 1;
        QTest::newRow("unreachable")
            << QStringList{u"--profile"_s, m_profile + u"-dead"_s, u"tokens"_s} << 1;
    }

    void failuresExitNonZeroWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = ctl(arguments);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void versionAndHelp()
    {
        const Run version = ctl({u"--version"_s});
        QVERIFY(version.ok());
        QVERIFY(version.out.startsWith("latchkeyctl "));
        const Run help = ctl({u"--help"_s});
        QVERIFY(help.ok());
        QVERIFY(help.out.contains("--secret-stdin"));
    }

    void killedRotationIsFinishedByTheNextRun_data()
    {
        QTest::addColumn<QString>("step");
        for (const char *step :
             {"planned", "created", "cached", "old-deleted", "old-forgotten", "renamed"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }

    void killedRotationIsFinishedByTheNextRun()
    {
        QFETCH(QString, step);
        const QString name = u"killed at "_s + step;
        const QByteArray oldValue = create(name, u"5"_s);
        QVERIFY(!oldValue.isEmpty());

        const Run killed = ctl({u"expire"_s, name, u"45"_s, u"--json"_s}, {}, step);
        QCOMPARE(killed.exitStatus, QProcess::CrashExit);
        QVERIFY(killed.out.isEmpty()); // the value was never handed out
        QCOMPARE(QDir(journalDir()).entryList({u"*.json"_s}, QDir::Files).size(), 1);

        // Any command finishes it first.
        const Run listed = ctl({u"tokens"_s, u"--json"_s});
        QVERIFY2(listed.ok(), listed.err.constData());
        QVERIFY(listed.err.contains(name.toUtf8()));
        int count = 0;
        QJsonObject token;
        for (const QJsonValue &t : listed.array()) {
            QVERIFY(!t[u"name"_s].toString().contains(u"(rotating"_s));
            if (t[u"name"_s].toString() == name) {
                token = t.toObject();
                ++count;
            }
        }
        QCOMPARE(count, 1);
        QCOMPARE(token[u"cached"_s].toBool(), true);
        QVERIFY(QDir(journalDir()).entryList({u"*.json"_s}, QDir::Files).isEmpty());

        const Run copied = ctl({u"copy"_s, name});
        QVERIFY(copied.ok());
        const QByteArray value = copied.out.trimmed();
        m_secretsSeen.append(value);
        QCOMPARE(sha256Hex(value), token[u"fingerprint"_s].toString().toLatin1());
        const QDateTime expires =
            QDateTime::fromString(token[u"expiresAt"_s].toString(), Qt::ISODateWithMs);
        if (value == oldValue) {
            QCOMPARE(step, u"planned"_s); // rolled back: nothing had been made yet
        } else {
            QVERIFY(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(45))) < 300);
        }
        QVERIFY(ctl({u"revoke"_s, name, u"--yes"_s}).ok());
    }

    void killedCreateIsSettledByTheNextRun_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("planned") << u"generate-planned"_s;
        QTest::newRow("created") << u"generate-created"_s;
    }

    // Killed before the value was printed or cached: the next run saves the value
    // the server made to the keychain, or drops the record when nothing was made.
    void killedCreateIsSettledByTheNextRun()
    {
        QFETCH(QString, step);
        const QString name = u"killed create at "_s + step;
        const Run killed = ctl({u"create"_s, name, u"--expires"_s, u"5"_s}, {}, step);
        QCOMPARE(killed.exitStatus, QProcess::CrashExit);
        QVERIFY(killed.out.isEmpty());
        QCOMPARE(QDir(journalDir()).entryList({u"*.json"_s}, QDir::Files).size(), 1);

        const Run listed = ctl({u"tokens"_s, u"--json"_s});
        QVERIFY2(listed.ok(), listed.err.constData());
        QVERIFY(listed.err.contains(name.toUtf8()));
        QVERIFY(QDir(journalDir()).entryList({u"*.json"_s}, QDir::Files).isEmpty());
        QJsonObject token;
        for (const QJsonValue &t : listed.array()) {
            if (t[u"name"_s].toString() == name)
                token = t.toObject();
        }
        if (step == u"generate-planned"_s) {
            QVERIFY(token.isEmpty()); // killed before the POST
            return;
        }
        QVERIFY(listed.err.contains("saved to your keychain"));
        QCOMPARE(token[u"cached"_s].toBool(), true);
        const Run copied = ctl({u"copy"_s, name});
        QVERIFY(copied.ok());
        const QByteArray value = copied.out.trimmed();
        m_secretsSeen.append(value);
        QCOMPARE(sha256Hex(value), token[u"fingerprint"_s].toString().toLatin1());
        QVERIFY(ctl({u"revoke"_s, name, u"--yes"_s}).ok());
    }

    // Last: nothing written under the private XDG folders may hold a secret.
    void noSecretInAnyFile()
    {
        QVERIFY(m_secretsSeen.size() >= 10);
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QByteArray &secret : m_secretsSeen) {
                QVERIFY(!secret.isEmpty());
                QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files >= 1); // at least the settings file
    }
};

QTEST_GUILESS_MAIN(TestLatchkeyCtl)
#include "tst_latchkeyctl.moc"
