// Runs latchkeyctl end to end as a subprocess against the latchkey-sandbox
// executable, with private XDG folders and the test session's real keyring:
// every command, error exits, rotations killed (SIGKILL) after each journaled
// step and finished by the next run, and no secret in any file left behind.
#include "tests/app/ctlrig.h"
#include "tests/support/rotationsteps.h"
#include "tests/support/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using latchkey::test::CtlRig;
using latchkey::test::CtlRun;

namespace {

QByteArray sha256Hex(const QByteArray &value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hs256Jwt(const QByteArray &secret, qint64 exp)
{
    const QByteArray signingInput =
        base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' +
        base64Url(R"({"sub":"ci-bot","exp":)" + QByteArray::number(exp) + '}');
    return signingInput + '.' +
           base64Url(
               QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256));
}

// A pseudo-terminal: latchkeyctl gets the terminal side as stdin and stderr, as
// when a person types; the test reads what the terminal shows on the other side.
class Pty
{
public:
    Pty()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master >= 0 && ::grantpt(m_master) == 0 && ::unlockpt(m_master) == 0)
            m_terminalPath = QString::fromLocal8Bit(::ptsname(m_master));
        // Kept open so that the terminal's settings can be read after the process left.
        if (!m_terminalPath.isEmpty())
            m_terminal = ::open(QFile::encodeName(m_terminalPath).constData(), O_RDWR | O_NOCTTY);
    }
    ~Pty()
    {
        if (m_terminal >= 0)
            ::close(m_terminal);
        if (m_master >= 0)
            ::close(m_master);
    }
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;

    bool isValid() const { return m_master >= 0 && m_terminal >= 0; }
    QString terminalPath() const { return m_terminalPath; }

    void type(const QByteArray &text)
    {
        QVERIFY(::write(m_master, text.constData(), size_t(text.size())) == text.size());
    }
    // Everything the terminal has shown so far (waits up to timeoutMs for the first byte).
    QByteArray screen(int timeoutMs)
    {
        pollfd ready{m_master, POLLIN, 0};
        while (::poll(&ready, 1, timeoutMs) > 0 && (ready.revents & POLLIN)) {
            char buffer[512];
            const ssize_t got = ::read(m_master, buffer, sizeof buffer);
            if (got <= 0)
                break;
            m_screen.append(buffer, got);
            timeoutMs = 0;
        }
        return m_screen;
    }
    bool echoOn() const
    {
        termios settings{};
        return ::tcgetattr(m_terminal, &settings) == 0 && (settings.c_lflag & ECHO);
    }

private:
    int m_master = -1;
    int m_terminal = -1;
    QString m_terminalPath;
    QByteArray m_screen;
};

} // namespace

class TestLatchkeyCtl : public QObject
{
    Q_OBJECT

private:
    CtlRig m_rig;
    QList<QByteArray> m_secretsSeen;

    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return m_rig.ctl(arguments, input);
    }

    QJsonObject tokenNamed(const QString &name, int *count = nullptr)
    {
        const CtlRun listed = ctl({u"tokens"_s, u"--json"_s});
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

    QString journalDir() const { return m_rig.home() + u"/data/Latchkey/Latchkey/journal"_s; }

    QByteArray create(const QString &name, const QString &expires)
    {
        const CtlRun created = ctl({u"create"_s, name, u"--expires"_s, expires, u"--json"_s});
        const QByteArray value = created.object()[u"value"_s].toString().toLatin1();
        if (!value.isEmpty())
            m_secretsSeen.append(value);
        return value;
    }

private slots:
    void initTestCase()
    {
        // Without a profile: the first test adds it.
        QVERIFY(m_rig.startSandbox());
        m_secretsSeen.append(m_rig.appSecret().toLatin1());
    }

    void cleanupTestCase()
    {
        ctl({u"profiles"_s, u"remove"_s, m_rig.profile()});
        ctl({u"profiles"_s, u"remove"_s, m_rig.profile() + u"-dead"_s});
    }

    void profilesAddWithSecretOnStdin()
    {
        const QStringList add{u"profiles"_s,   u"add"_s,         m_rig.profile(),
                              u"--endpoint"_s, m_rig.endpoint(), u"--app-id"_s,
                              m_rig.appId(),   u"--user"_s,      m_rig.userId()};
        const CtlRun withoutStdin = ctl(add);
        QVERIFY(!withoutStdin.ok());
        QVERIFY(withoutStdin.oneErrorLine());

        const CtlRun added =
            ctl(add + QStringList{u"--secret-stdin"_s}, m_rig.appSecret().toLatin1() + '\n');
        QVERIFY2(added.ok(), added.err.constData());

        const CtlRun again = ctl(add + QStringList{u"--secret-stdin"_s}, "whatever\n");
        QVERIFY(!again.ok());
        QVERIFY(again.oneErrorLine());

        const CtlRun listed = ctl({u"profiles"_s, u"list"_s, u"--json"_s});
        QVERIFY(listed.ok());
        QCOMPARE(listed.array().size(), 1);
        const QJsonObject profile = listed.array().first().toObject();
        QCOMPARE(profile[u"name"_s].toString(), m_rig.profile());
        QCOMPARE(profile[u"current"_s].toBool(), true);
        QCOMPARE(profile[u"userId"_s].toString(), m_rig.userId());

        // A second profile on a port where nothing listens, for the "unreachable" case.
        const CtlRun dead = ctl({u"profiles"_s, u"add"_s, m_rig.profile() + u"-dead"_s,
                                 u"--endpoint"_s, u"http://127.0.0.1:9"_s, u"--app-id"_s, u"x"_s,
                                 u"--user"_s, u"someone"_s, u"--secret-stdin"_s},
                                "not-a-real-secret\n");
        QVERIFY2(dead.ok(), dead.err.constData());
        QCOMPARE(ctl({u"profiles"_s, u"list"_s, u"--json"_s}).array().size(), 2);
    }

    // Typed on a terminal, the app secret is asked for and not echoed, and the
    // terminal has its echo back afterwards.
    void secretTypedOnATerminalIsNotShown()
    {
        Pty pty;
        QVERIFY(pty.isValid());
        QVERIFY(pty.echoOn());
        const QString name = m_rig.profile() + u"-typed"_s;
        const QByteArray secret = m_rig.appSecret().toLatin1();
        QProcess process;
        process.setProcessEnvironment(m_rig.environment());
        process.setStandardInputFile(pty.terminalPath());
        process.setStandardErrorFile(pty.terminalPath());
        process.start(m_rig.program(), {u"profiles"_s, u"add"_s, name, u"--endpoint"_s,
                                        m_rig.endpoint(), u"--app-id"_s, m_rig.appId(), u"--user"_s,
                                        m_rig.userId(), u"--secret-stdin"_s});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(pty.screen(100).contains("(not shown)"), 20000);
        QVERIFY(!pty.echoOn());
        pty.type(secret + '\n');
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray screen = pty.screen(200);
        QVERIFY2(!screen.contains(secret), screen.constData());
        QVERIFY(pty.echoOn());

        // What was typed is the secret: the new profile signs in with it.
        const CtlRun users = ctl({u"--profile"_s, name, u"users"_s, u"--json"_s});
        QVERIFY2(users.ok(), users.err.constData());
        QVERIFY(!users.array().isEmpty());
        QVERIFY(ctl({u"profiles"_s, u"remove"_s, name}).ok());
    }

    void usersAsJson()
    {
        const CtlRun all = ctl({u"users"_s, u"--all"_s, u"--json"_s});
        QVERIFY2(all.ok(), all.err.constData());
        QJsonObject primary;
        for (const QJsonValue &user : all.array()) {
            if (user[u"id"_s].toString() == m_rig.userId())
                primary = user.toObject();
        }
        QVERIFY(!primary.isEmpty());
        QCOMPARE(QStringList(primary.keys()),
                 (QStringList{u"id"_s, u"name"_s, u"primaryEmail"_s, u"username"_s}));

        const QString username = primary[u"username"_s].toString();
        QVERIFY(!username.isEmpty());
        const CtlRun found = ctl({u"users"_s, u"--search"_s, username, u"--json"_s});
        QVERIFY(found.ok());
        QVERIFY(!found.array().isEmpty());
        QVERIFY(found.array().size() <= all.array().size());
        for (const QJsonValue &user : found.array())
            QVERIFY(QJsonDocument(user.toObject()).toJson().contains(username.toUtf8()));

        const CtlRun table = ctl({u"users"_s});
        QVERIFY(table.ok());
        QVERIFY(table.out.contains(m_rig.userId().toLatin1()));
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
        const CtlRun table = ctl({u"tokens"_s});
        QVERIFY(table.ok());
        QVERIFY(table.out.contains(name.toUtf8()));
        QVERIFY(!table.out.contains(value));

        const CtlRun copied = ctl({u"copy"_s, name});
        QVERIFY(copied.ok());
        QCOMPARE(copied.out.trimmed(), value);

        const QString renamed = u"ctl token renamed"_s;
        QVERIFY(ctl({u"rename"_s, name, renamed}).ok());
        QCOMPARE(ctl({u"copy"_s, renamed}).out.trimmed(), value);

        const CtlRun expired = ctl({u"expire"_s, renamed, u"never"_s, u"--json"_s});
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
        const CtlRun refused = ctl({u"revoke"_s, renamed});
        QVERIFY(!refused.ok());
        QVERIFY(refused.oneErrorLine());
        tokenNamed(renamed, &count);
        QCOMPARE(count, 1);

        QVERIFY(ctl({u"revoke"_s, renamed, u"--yes"_s}).ok());
        tokenNamed(renamed, &count);
        QCOMPARE(count, 0);
        const CtlRun gone = ctl({u"copy"_s, renamed});
        QVERIFY(!gone.ok());
        QVERIFY(gone.oneErrorLine());
    }

    // "batch": many commands in one process on one open profile. Quoting works as
    // in a shell, a failing line is reported with its number and does not stop
    // the rest, lines that need stdin or another profile are refused, and the
    // exit status is the worst line's.
    void batchRunsManyCommandsInOneProcess()
    {
        const QByteArray input = "# a comment, then an empty line\n"
                                 "\n"
                                 "create 'batch one' --expires 30\n"
                                 "create \"batch \\\"two\\\"\"\n"
                                 "rename 'batch one' batch\\ uno\n"
                                 "revoke 'batch \"two\"'\n"
                                 "profiles list\n"
                                 "copy 'unclosed\n"
                                 "tokens --profile other\n"
                                 "revoke 'batch \"two\"' --yes\n"
                                 "copy 'batch uno'\n";
        const CtlRun batch = ctl({u"batch"_s}, input);
        QCOMPARE(batch.exitStatus, QProcess::NormalExit);
        QCOMPARE(batch.exitCode, 2); // the usage errors are the worst lines
        const QList<QByteArray> errors = batch.err.trimmed().split('\n');
        QCOMPARE(errors.size(), 4);
        QVERIFY2(errors[0].startsWith("latchkeyctl: line 6: "), errors[0].constData());
        QVERIFY2(errors[1].startsWith("latchkeyctl: line 7: "), errors[1].constData());
        QVERIFY2(errors[2].startsWith("latchkeyctl: line 8: "), errors[2].constData());
        QVERIFY2(errors[3].startsWith("latchkeyctl: line 9: "), errors[3].constData());

        // Output in line order: two values, the rename, the revoke, the copied value.
        const QList<QByteArray> out = batch.out.trimmed().split('\n');
        QCOMPARE(out.size(), 5);
        const QByteArray one = out[0].trimmed();
        const QByteArray two = out[1].trimmed();
        m_secretsSeen.append(one);
        m_secretsSeen.append(two);
        QVERIFY(one.startsWith("pat_"));
        QVERIFY(two.startsWith("pat_"));
        QCOMPARE(out[4].trimmed(), one);

        int count = 0;
        const QJsonObject uno = tokenNamed(u"batch uno"_s, &count);
        QCOMPARE(count, 1);
        QCOMPARE(uno[u"cached"_s].toBool(), true);
        QCOMPARE(uno[u"fingerprint"_s].toString().toLatin1(), sha256Hex(one));
        tokenNamed(u"batch \"two\""_s, &count);
        QCOMPARE(count, 0);
        tokenNamed(u"batch one"_s, &count);
        QCOMPARE(count, 0);

        // --json given to batch applies to every line: one JSON document each.
        const CtlRun json = ctl({u"--json"_s, u"batch"_s}, "tokens\nrevoke 'batch uno' --yes\n");
        QVERIFY2(json.ok(), json.err.constData());
        const QList<QByteArray> documents = json.out.trimmed().split('\n');
        QCOMPARE(documents.size(), 2);
        const QJsonArray listed = QJsonDocument::fromJson(documents[0]).array();
        QVERIFY(std::any_of(listed.begin(), listed.end(), [](const QJsonValue &t) {
            return t[u"name"_s].toString() == u"batch uno"_s;
        }));
        const QJsonObject revoked = QJsonDocument::fromJson(documents[1]).object();
        QCOMPARE(revoked[u"revoked"_s].toBool(), true);
        tokenNamed(u"batch uno"_s, &count);
        QCOMPARE(count, 0);
    }

    void copyWithoutCachedValueFails()
    {
        const QString name = u"ctl uncached"_s;
        QVERIFY(!create(name, u"5"_s).isEmpty());
        // The same server under another name: its cache is keyed by that endpoint, so
        // the value cached through the first profile is not there.
        const QString alias = m_rig.profile() + u"-alias"_s;
        const QString endpoint = m_rig.endpoint().replace(u"127.0.0.1"_s, u"localhost"_s);
        const CtlRun added =
            ctl({u"profiles"_s, u"add"_s, alias, u"--endpoint"_s, endpoint, u"--app-id"_s,
                 m_rig.appId(), u"--user"_s, m_rig.userId(), u"--secret-stdin"_s},
                m_rig.appSecret().toLatin1());
        QVERIFY2(added.ok(), added.err.constData());

        const CtlRun listed = ctl({u"--profile"_s, alias, u"tokens"_s, u"--json"_s});
        QVERIFY(listed.ok());
        bool seen = false;
        for (const QJsonValue &token : listed.array()) {
            if (token[u"name"_s].toString() == name) {
                seen = true;
                QCOMPARE(token[u"cached"_s].toBool(true), false);
            }
        }
        QVERIFY(seen);
        const CtlRun copied = ctl({u"--profile"_s, alias, u"copy"_s, name});
        QCOMPARE(copied.exitCode, 1);
        QVERIFY(copied.oneErrorLine());
        QVERIFY(copied.out.isEmpty());

        QVERIFY(ctl({u"copy"_s, name}).ok());
        QVERIFY(ctl({u"revoke"_s, name, u"--yes"_s}).ok());
        QVERIFY(ctl({u"profiles"_s, u"remove"_s, alias}).ok());
    }

    // A value that could not be printed is not lost silently: the exit code says
    // so, and the value stays in the keychain for "copy".
    void createIntoAFullStdoutFails()
    {
        const QString name = u"ctl full stdout"_s;
        QProcess process;
        process.setProcessEnvironment(m_rig.environment());
        process.setStandardOutputFile(u"/dev/full"_s);
        process.start(m_rig.program(), {u"create"_s, name});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("latchkeyctl copy"), err.constData());

        QCOMPARE(tokenNamed(name)[u"cached"_s].toBool(), true);
        const CtlRun copied = ctl({u"copy"_s, name});
        QVERIFY2(copied.ok(), copied.err.constData());
        QVERIFY(copied.out.trimmed().startsWith("pat_"));
        m_secretsSeen.append(copied.out.trimmed());

        // Any command, not only create: a listing that cannot be printed fails too.
        QProcess listing;
        listing.setProcessEnvironment(m_rig.environment());
        listing.setStandardOutputFile(u"/dev/full"_s);
        listing.start(m_rig.program(), {u"tokens"_s});
        QVERIFY(listing.waitForFinished(60000));
        QCOMPARE(listing.exitCode(), 1);
        QVERIFY(ctl({u"revoke"_s, name, u"--yes"_s}).ok());
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
            << QStringList{u"--profile"_s, m_rig.profile() + u"-dead"_s, u"tokens"_s} << 1;
    }

    void failuresExitNonZeroWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CtlRun run = ctl(arguments);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void versionAndHelp()
    {
        const CtlRun version = ctl({u"--version"_s});
        QVERIFY(version.ok());
        QVERIFY(version.out.startsWith("latchkeyctl "));
        const CtlRun help = ctl({u"--help"_s});
        QVERIFY(help.ok());
        QVERIFY(help.out.contains("--secret-stdin"));
    }

    void killedRotationIsFinishedByTheNextRun_data() { latchkey::test::addRotationStepRows(); }

    void killedRotationIsFinishedByTheNextRun()
    {
        QFETCH(QString, step);
        const QString name = u"killed at "_s + step;
        const QByteArray oldValue = create(name, u"5"_s);
        QVERIFY(!oldValue.isEmpty());

        const CtlRun killed = m_rig.ctlKilledAt(step, {u"expire"_s, name, u"45"_s, u"--json"_s});
        QCOMPARE(killed.exitStatus, QProcess::CrashExit);
        QVERIFY(killed.out.isEmpty()); // the value was never handed out
        QCOMPARE(QDir(journalDir()).entryList({u"*.json"_s}, QDir::Files).size(), 1);

        // Any command finishes it first.
        const CtlRun listed = ctl({u"tokens"_s, u"--json"_s});
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

        const CtlRun copied = ctl({u"copy"_s, name});
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
        QTest::addColumn<bool>("emptyLock");
        QTest::newRow("planned") << u"generate-planned"_s << false;
        QTest::newRow("created") << u"generate-created"_s << false;
        // A run killed while it wrote its journal lock (QLockFile creates the file,
        // then writes its owner) leaves the lock empty: once a second old, it holds
        // nothing back (the crash loop found a create left pending behind one).
        QTest::newRow("created, lock left empty") << u"generate-created"_s << true;
    }

    // Killed before the value was printed or cached: the next run saves the value
    // the server made to the keychain, or drops the record when nothing was made.
    void killedCreateIsSettledByTheNextRun()
    {
        QFETCH(QString, step);
        QFETCH(bool, emptyLock);
        const QString name = u"killed create at "_s + QString::fromLatin1(QTest::currentDataTag());
        const CtlRun killed = m_rig.ctlKilledAt(step, {u"create"_s, name, u"--expires"_s, u"5"_s});
        QCOMPARE(killed.exitStatus, QProcess::CrashExit);
        QVERIFY(killed.out.isEmpty());
        QCOMPARE(QDir(journalDir()).entryList({u"*.json"_s}, QDir::Files).size(), 1);
        if (emptyLock) {
            const QStringList locks = QDir(journalDir()).entryList({u"*.lock"_s}, QDir::Files);
            QCOMPARE(locks.size(), 1);
            QFile lock(journalDir() + u'/' + locks.first());
            QVERIFY(lock.open(QIODevice::ReadWrite | QIODevice::Truncate));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2),
                                     QFileDevice::FileModificationTime));
            lock.close();
        }

        const CtlRun listed = ctl({u"tokens"_s, u"--json"_s});
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
        const CtlRun copied = ctl({u"copy"_s, name});
        QVERIFY(copied.ok());
        const QByteArray value = copied.out.trimmed();
        m_secretsSeen.append(value);
        QCOMPARE(sha256Hex(value), token[u"fingerprint"_s].toString().toLatin1());
        QVERIFY(ctl({u"revoke"_s, name, u"--yes"_s}).ok());
    }

    void inspectEveryFormatOffline()
    {
        // The inspector's table of examples (generated from docs/token-formats.md): the exit
        // code is the verdict, and no output repeats the token.
        QFile table(latchkey::test::TestPaths::source(u"tests/inspector/data/tokens.tsv"_s));
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QHash<QByteArray, int> expectedExit{
            {"valid", 0}, {"warning", 0}, {"invalid", 1}, {"unrecognised", 2}};
        int rows = 0;
        while (!table.atEnd()) {
            const QByteArray line = table.readLine();
            if (line.startsWith('#') || line.trimmed().isEmpty())
                continue;
            const QList<QByteArray> cells = line.split('\t');
            QVERIFY(cells.size() >= 4);
            const QByteArray token = cells[3].trimmed();
            const CtlRun plain = ctl({u"inspect"_s}, token + '\n');
            QVERIFY2(plain.exitStatus == QProcess::NormalExit, cells[0].constData());
            QVERIFY2(plain.exitCode == expectedExit.value(cells[1], -1),
                     (cells[0] + " exited " + QByteArray::number(plain.exitCode)).constData());
            QVERIFY(!plain.out.isEmpty());
            if (token.size() >= 8) {
                QVERIFY2(!plain.out.contains(token), cells[0].constData());
                QVERIFY2(!plain.err.contains(token), cells[0].constData());
            }
            const CtlRun json = ctl({u"inspect"_s, u"--json"_s}, token);
            QCOMPARE(json.exitCode, plain.exitCode);
            QCOMPARE(json.object()[u"verdict"_s].toString().toLatin1(), cells[1]);
            QCOMPARE(json.object()[u"format"_s][u"id"_s].toString().toLatin1(), cells[2]);
            QCOMPARE(json.object()[u"fingerprint"_s].toString().toLatin1(), sha256Hex(token));
            ++rows;
        }
        QVERIFY(rows >= 60);
    }

    void inspectUsageErrors()
    {
        const CtlRun empty = ctl({u"inspect"_s}, "\n");
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.oneErrorLine());
        // The token is never taken from the command line.
        const CtlRun argv = ctl({u"inspect"_s, u"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"_s});
        QCOMPARE(argv.exitCode, 2);
        QVERIFY(argv.oneErrorLine());
        const CtlRun twoKeys = ctl({u"inspect"_s, u"--jwks"_s, u"a.json"_s, u"--key"_s, u"b.pem"_s},
                                   "eyJhbGciOiJIUzI1NiJ9.e30.x\n");
        QCOMPARE(twoKeys.exitCode, 2);
        QVERIFY(twoKeys.oneErrorLine());
        const CtlRun missingKey = ctl({u"inspect"_s, u"--key"_s, m_rig.home() + u"/none.pem"_s},
                                      "eyJhbGciOiJIUzI1NiJ9.e30.x\n");
        QCOMPARE(missingKey.exitCode, 2);
        QVERIFY(missingKey.oneErrorLine());
        const CtlRun remoteHttp = ctl({u"inspect"_s, u"--jwks"_s, u"http://example.com/jwks"_s},
                                      "eyJhbGciOiJIUzI1NiJ9.e30.x\n");
        QCOMPARE(remoteHttp.exitCode, 2);
        QVERIFY(remoteHttp.oneErrorLine());
        const CtlRun onlineNotPat =
            ctl({u"inspect"_s, u"--online"_s}, "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\n");
        QCOMPARE(onlineNotPat.exitCode, 2);
        QVERIFY(onlineNotPat.oneErrorLine());
    }

    void inspectHmacSignedJwt()
    {
        const QByteArray secret = "correct horse battery staple";
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray live = hs256Jwt(secret, now + 3600);
        const CtlRun valid =
            ctl({u"inspect"_s, u"--hmac-secret-stdin"_s, u"--json"_s}, secret + '\n' + live + '\n');
        QVERIFY2(valid.exitCode == 0, valid.out.constData());
        QCOMPARE(valid.object()[u"signature"_s][u"ok"_s].toBool(), true);
        QCOMPARE(valid.object()[u"signature"_s][u"algorithm"_s].toString(), u"HS256"_s);

        const CtlRun wrongSecret = ctl({u"inspect"_s, u"--hmac-secret-stdin"_s, u"--json"_s},
                                       "not the secret\n" + live + '\n');
        QCOMPARE(wrongSecret.exitCode, 1);
        QCOMPARE(wrongSecret.object()[u"signature"_s][u"checked"_s].toBool(), true);
        QCOMPARE(wrongSecret.object()[u"signature"_s][u"ok"_s].toBool(), false);
        QVERIFY(!wrongSecret.object()[u"signature"_s][u"reason"_s].toString().isEmpty());

        // A good signature does not make an expired token valid.
        const CtlRun expired = ctl({u"inspect"_s, u"--hmac-secret-stdin"_s},
                                   secret + '\n' + hs256Jwt(secret, now - 3 * 3600) + '\n');
        QCOMPARE(expired.exitCode, 1);
        QVERIFY(!expired.out.contains(secret));
    }

    // The HMAC secret and the token, typed on a terminal, are asked for one by one
    // and neither is shown.
    void inspectTypedOnATerminal()
    {
        Pty pty;
        QVERIFY(pty.isValid());
        const QByteArray secret = "typed hmac secret";
        const QByteArray token = hs256Jwt(secret, QDateTime::currentSecsSinceEpoch() + 3600);
        QProcess process;
        process.setProcessEnvironment(m_rig.environment());
        process.setStandardInputFile(pty.terminalPath());
        process.setStandardErrorFile(pty.terminalPath());
        process.start(m_rig.program(), {u"inspect"_s, u"--hmac-secret-stdin"_s, u"--json"_s});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(pty.screen(100).contains("HMAC secret (not shown)"), 20000);
        pty.type(secret + '\n');
        QTRY_VERIFY_WITH_TIMEOUT(pty.screen(100).contains("Token (not shown)"), 20000);
        pty.type(token + '\n');
        QVERIFY(process.waitForFinished(60000));
        const QJsonObject result =
            QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(result[u"signature"_s][u"ok"_s].toBool(), true);
        const QByteArray screen = pty.screen(200);
        QVERIFY2(!screen.contains(secret) && !screen.contains(token), screen.constData());
        QVERIFY(pty.echoOn());
    }

    void inspectSandboxJwtAgainstItsJwks()
    {
        QNetworkAccessManager network;
        const QUrl endpoint(m_rig.endpoint());
        QNetworkRequest request(endpoint.resolved(QUrl(u"/oidc/token"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          "application/x-www-form-urlencoded"_ba);
        const QByteArray form = "grant_type=client_credentials&scope=all&resource=" +
                                QUrl::toPercentEncoding(m_rig.apiIndicator()) +
                                "&client_id=" + m_rig.appId().toLatin1() +
                                "&client_secret=" + m_rig.appSecret().toLatin1();
        QNetworkReply *reply = network.post(request, form);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        const QByteArray accessToken = QJsonDocument::fromJson(reply->readAll())
                                           .object()[u"access_token"_s]
                                           .toString()
                                           .toLatin1();
        reply->deleteLater();
        QCOMPARE(accessToken.count('.'), 2);
        m_secretsSeen.append(accessToken);

        const QString jwksUrl = endpoint.resolved(QUrl(u"/oidc/jwks"_s)).toString();
        const CtlRun verified =
            ctl({u"inspect"_s, u"--jwks"_s, jwksUrl, u"--json"_s}, accessToken + '\n');
        QVERIFY2(verified.exitCode == 0, verified.out + verified.err);
        QCOMPARE(verified.object()[u"signature"_s][u"ok"_s].toBool(), true);
        QCOMPARE(verified.object()[u"signature"_s][u"algorithm"_s].toString(), u"ES384"_s);
        QVERIFY(!verified.out.contains(accessToken));

        // The same JWKS saved to a file verifies the same way; an empty set says why not.
        QFile jwksFile(m_rig.home() + u"/jwks.json"_s);
        QNetworkReply *jwksReply = network.get(QNetworkRequest(QUrl(jwksUrl)));
        QSignalSpy jwksDone(jwksReply, &QNetworkReply::finished);
        QVERIFY(jwksDone.wait(20000));
        QVERIFY(jwksFile.open(QIODevice::WriteOnly));
        jwksFile.write(jwksReply->readAll());
        jwksFile.close();
        jwksReply->deleteLater();
        QCOMPARE(ctl({u"inspect"_s, u"--jwks"_s, jwksFile.fileName()}, accessToken).exitCode, 0);

        QFile emptySet(m_rig.home() + u"/empty-jwks.json"_s);
        QVERIFY(emptySet.open(QIODevice::WriteOnly));
        emptySet.write(R"({"keys":[]})");
        emptySet.close();
        const CtlRun unknownKid =
            ctl({u"inspect"_s, u"--jwks"_s, emptySet.fileName(), u"--json"_s}, accessToken);
        QCOMPARE(unknownKid.exitCode, 1);
        QCOMPARE(unknownKid.object()[u"signature"_s][u"ok"_s].toBool(), false);
        QVERIFY(!unknownKid.object()[u"signature"_s][u"reason"_s].toString().isEmpty());
    }

    void inspectRecognisesOwnTokenAndTestsItOnline()
    {
        const QString name = u"ctl inspect me"_s;
        const QByteArray value = create(name, u"3"_s);
        QVERIFY(value.startsWith("pat_"));

        // Offline: the snapshot latchkeyctl keeps names it, the keychain has its value.
        const CtlRun known = ctl({u"inspect"_s, u"--json"_s}, value + '\n');
        QVERIFY2(known.exitCode == 0, known.out + known.err);
        const QJsonObject knownToken = known.object()[u"knownToken"_s].toObject();
        QCOMPARE(knownToken[u"name"_s].toString(), name);
        QCOMPARE(knownToken[u"connectionName"_s].toString(), m_rig.profile());
        QCOMPARE(knownToken[u"cached"_s].toBool(), true);
        const QDateTime expires =
            QDateTime::fromString(knownToken[u"expiresAt"_s].toString(), Qt::ISODate);
        QVERIFY(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(3))) < 300);
        const CtlRun sentence = ctl({u"inspect"_s}, value + '\n');
        QVERIFY(sentence.out.contains(name.toUtf8()));
        QVERIFY(!sentence.out.contains(value));

        // Online, on request only: the exchange succeeds and its access token verifies.
        const CtlRun online = ctl({u"inspect"_s, u"--online"_s, u"--json"_s}, value + '\n');
        QVERIFY2(online.exitCode == 0, online.out + online.err);
        QCOMPARE(online.object()[u"online"_s][u"valid"_s].toBool(), true);
        QCOMPARE(online.object()[u"online"_s][u"accessToken"_s][u"signature"_s][u"ok"_s].toBool(),
                 true);

        // Never to another profile's server: it did not issue the token and would see it.
        const CtlRun elsewhere = ctl({u"--profile"_s, m_rig.profile() + u"-dead"_s, u"inspect"_s,
                                      u"--online"_s, u"--json"_s},
                                     value + '\n');
        QCOMPARE(elsewhere.exitCode, 2);
        QVERIFY2(elsewhere.oneErrorLine(), elsewhere.err.constData());
        QVERIFY(elsewhere.err.contains(m_rig.profile().toUtf8()));
        QVERIFY(elsewhere.out.isEmpty());

        // Revoked: the server refuses it, and latchkeyctl no longer claims to know it.
        QVERIFY(ctl({u"revoke"_s, name, u"--yes"_s}).ok());
        const CtlRun gone = ctl({u"inspect"_s, u"--online"_s, u"--json"_s}, value + '\n');
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(gone.object()[u"online"_s][u"valid"_s].toBool(), false);
        QCOMPARE(gone.object()[u"online"_s][u"tokenRejected"_s].toBool(), true);
        QVERIFY(gone.object()[u"knownToken"_s].isNull());
    }

    // Last: nothing written under the private XDG folders may hold a secret.
    void noSecretInAnyFile()
    {
        QVERIFY(m_secretsSeen.size() >= 10);
        int files = 0;
        QDirIterator it(m_rig.home(), QDir::Files | QDir::Hidden | QDir::System,
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
