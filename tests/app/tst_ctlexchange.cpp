// Tests "latchkeyctl exchange" and "latchkeyctl run" against the sandbox: a
// valid exchange (JSON and text), and a sentence that says why for a revoked
// (by Latchkey and behind its back), expired, unknown, uncached token, an
// unknown resource and an app with token exchange switched off; "run" hands
// the token to the command's environment only (never argv, never latchkeyctl's
// own output), under the name --env gives, passes streams, exit codes and
// signals through, and --pat hands over the PAT with a warning.
#include "tests/app/ctlrig.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using latchkey::test::CtlRig;
using latchkey::test::CtlRun;

namespace {

QJsonObject claimsOf(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.trimmed().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
        .object();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCtlExchange : public QObject
{
    Q_OBJECT

private:
    CtlRig m_rig;
    QTemporaryDir m_scratch;
    QByteArray m_deploy; // the value of "deploy", made and cached by latchkeyctl

    QString scratch(const QString &name) const { return m_scratch.filePath(name); }

    // latchkeyctl's own words must never hold a token value.
    void verifyNoSecret(const CtlRun &run, const QByteArray &secret)
    {
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!run.err.contains(secret));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QVERIFY(m_rig.start());
        const CtlRun created = m_rig.ctl({u"create"_s, u"deploy"_s, u"--json"_s});
        QVERIFY2(created.ok(), created.err.constData());
        m_deploy = created.object()[u"value"_s].toString().toLatin1();
        QVERIFY(m_deploy.startsWith("pat_"));
    }

    void exchangesForTheResource()
    {
        const CtlRun json = m_rig.ctl(
            {u"exchange"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator(), u"--json"_s});
        QVERIFY2(json.ok(), json.err.constData());
        const QJsonObject answer = json.object();
        QCOMPARE(QStringList(answer.keys()),
                 (QStringList{u"access_token"_s, u"expires_in"_s, u"scope"_s, u"token_type"_s}));
        QCOMPARE(answer[u"token_type"_s].toString(), u"Bearer"_s);
        QVERIFY(answer[u"expires_in"_s].toInt() > 0);
        const QJsonObject claims = claimsOf(answer[u"access_token"_s].toString().toLatin1());
        QCOMPARE(claims[u"aud"_s].toString(), m_rig.apiIndicator());
        QCOMPARE(claims[u"sub"_s].toString(), m_rig.userId());
        QCOMPARE(claims[u"client_id"_s].toString(), m_rig.appId());
        verifyNoSecret(json, m_deploy);

        // Text: the access token alone on one line, for $(...).
        const CtlRun text =
            m_rig.ctl({u"exchange"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator()});
        QVERIFY2(text.ok(), text.err.constData());
        QCOMPARE(text.out.count('\n'), 1);
        QCOMPARE(claimsOf(text.out)[u"aud"_s].toString(), m_rig.apiIndicator());
        QVERIFY(text.err.isEmpty());
        verifyNoSecret(text, m_deploy);
    }

    void anUnknownResourceIsNamed()
    {
        const CtlRun run = m_rig.ctl(
            {u"exchange"_s, u"deploy"_s, u"--resource"_s, u"https://unknown.example/api"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains("does not know the API resource \"https://unknown.example/api\""),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void aResourceIsRequired()
    {
        const CtlRun run = m_rig.ctl({u"exchange"_s, u"deploy"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.oneErrorLine());
        QVERIFY(run.err.contains("--resource"));
    }

    void aTokenRevokedByLatchkeyIsSaidToBe()
    {
        QVERIFY(m_rig.ctl({u"create"_s, u"short-lived"_s}).ok());
        QVERIFY(m_rig.ctl({u"revoke"_s, u"short-lived"_s, u"--yes"_s}).ok());
        const CtlRun run =
            m_rig.ctl({u"exchange"_s, u"short-lived"_s, u"--resource"_s, m_rig.apiIndicator()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains("\"short-lived\" was revoked on"), run.err.constData());
    }

    void aTokenRevokedElsewhereIsSaidToBe()
    {
        const CtlRun created = m_rig.ctl({u"create"_s, u"elsewhere"_s, u"--json"_s});
        QVERIFY(created.ok());
        // A list taken while it existed, then it is deleted behind Latchkey's back.
        QVERIFY(m_rig.ctl({u"tokens"_s}).ok());
        QVERIFY(m_rig.deleteToken(u"elsewhere"_s));
        const CtlRun run =
            m_rig.ctl({u"exchange"_s, u"elsewhere"_s, u"--resource"_s, m_rig.apiIndicator()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains("\"elsewhere\" is no longer on the server") &&
                     run.err.contains("revoked"),
                 run.err.constData());
    }

    void anExpiredTokenIsSaidToBe()
    {
        const qint64 expiresAt = QDateTime::currentMSecsSinceEpoch() + 1500;
        const QByteArray value = m_rig.createToken(u"brief"_s, expiresAt);
        QVERIFY(value.startsWith("pat_"));
        QVERIFY(m_rig.cacheValue(value));
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > expiresAt + 100, 10000);
        const CtlRun run =
            m_rig.ctl({u"exchange"_s, u"brief"_s, u"--resource"_s, m_rig.apiIndicator()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains("\"brief\" expired on"), run.err.constData());
        verifyNoSecret(run, value);
    }

    void anUnknownNameIsSaidToBe()
    {
        const CtlRun run =
            m_rig.ctl({u"exchange"_s, u"no-such-token"_s, u"--resource"_s, m_rig.apiIndicator()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains("knows no token named \"no-such-token\""), run.err.constData());
    }

    void anUncachedTokenIsSaidToBe()
    {
        QVERIFY(m_rig.createToken(u"made-elsewhere"_s).startsWith("pat_"));
        const CtlRun run =
            m_rig.ctl({u"exchange"_s, u"made-elsewhere"_s, u"--resource"_s, m_rig.apiIndicator()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains("keychain holds no value for \"made-elsewhere\""),
                 run.err.constData());
    }

    void exchangeSwitchedOffSaysWhereToSwitchItOn()
    {
        const auto app = m_rig.createApp(true, false);
        QVERIFY(app);
        const QString profile = m_rig.profile() + u"-noexchange"_s;
        QVERIFY(m_rig.addProfile(profile, app->first, app->second));
        const CtlRun created =
            m_rig.ctl({u"create"_s, u"via-noexchange"_s, u"--profile"_s, profile});
        QVERIFY2(created.ok(), created.err.constData());
        const CtlRun run = m_rig.ctl({u"exchange"_s, u"via-noexchange"_s, u"--profile"_s, profile,
                                      u"--resource"_s, m_rig.apiIndicator()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY2(run.err.contains("Token exchange is switched off for the app " +
                                  app->first.toLatin1()) &&
                     run.err.contains("allowTokenExchange"),
                 run.err.constData());
    }

    void runPutsTheAccessTokenInTheEnvironmentOnly()
    {
        // The command keeps what it was given, its command line, latchkeyctl's command
        // line and its open files, for the test to look at.
        const QString script =
            u"printf %s \"$LATCHKEY_ACCESS_TOKEN\" > '%1'; cat /proc/$$/cmdline > '%2'; "
            "cat /proc/$PPID/cmdline > '%3'; cat /proc/$PPID/environ > '%4' 2>/dev/null; "
            "ls -l /proc/$$/fd > '%5'; echo out; echo err >&2"_s.arg(
                scratch(u"token"_s), scratch(u"cmdline"_s), scratch(u"parent-cmdline"_s),
                scratch(u"parent-environ"_s), scratch(u"fds"_s));
        const CtlRun run = m_rig.ctl({u"run"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator(),
                                      u"--"_s, u"sh"_s, u"-c"_s, script});
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(run.out, QByteArray("out\n"));
        QCOMPARE(run.err, QByteArray("err\n"));
        const QByteArray token = readFile(scratch(u"token"_s));
        const QJsonObject claims = claimsOf(token);
        QCOMPARE(claims[u"aud"_s].toString(), m_rig.apiIndicator());
        QCOMPARE(claims[u"sub"_s].toString(), m_rig.userId());
        for (const QString &file : {u"cmdline"_s, u"parent-cmdline"_s, u"parent-environ"_s}) {
            QVERIFY2(!readFile(scratch(file)).contains(token), qPrintable(file));
            QVERIFY2(!readFile(scratch(file)).contains(m_deploy), qPrintable(file));
        }
        QVERIFY(readFile(scratch(u"parent-cmdline"_s)).contains("latchkeyctl"));
        verifyNoSecret(run, token);
        verifyNoSecret(run, m_deploy);
        // No keychain or network connection of latchkeyctl's leaks into the command.
        QVERIFY2(!readFile(scratch(u"fds"_s)).contains("socket:"),
                 readFile(scratch(u"fds"_s)).constData());
    }

    void runNamesTheVariable()
    {
        const QString script =
            u"printf '%s|%s' \"${MY_TOKEN:+set}\" \"${LATCHKEY_ACCESS_TOKEN:-unset}\""_s;
        const CtlRun run =
            m_rig.ctl({u"run"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator(), u"--env"_s,
                       u"MY_TOKEN"_s, u"--"_s, u"sh"_s, u"-c"_s, script});
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(run.out, QByteArray("set|unset"));
        const CtlRun bad = m_rig.ctl({u"run"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator(),
                                      u"--env"_s, u"1=2"_s, u"--"_s, u"true"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.oneErrorLine());
    }

    void runPassesStandardInput()
    {
        const CtlRun run =
            m_rig.ctl({u"run"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator(), u"--"_s,
                       u"sh"_s, u"-c"_s, u"read line; echo \"got $line\""_s},
                      "hello\n");
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(run.out, QByteArray("got hello\n"));
    }

    void runPassesTheExitCode_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("0") << 0;
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("255") << 255;
    }

    void runPassesTheExitCode()
    {
        QFETCH(int, code);
        const CtlRun run = m_rig.ctl({u"run"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator(),
                                      u"--"_s, u"sh"_s, u"-c"_s, u"exit %1"_s.arg(code)});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, code);
        QVERIFY(run.err.isEmpty());
    }

    void runEndsByTheSignalThatEndedTheCommand_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("TERM") << SIGTERM;
        QTest::newRow("KILL") << SIGKILL;
        QTest::newRow("INT") << SIGINT;
    }

    void runEndsByTheSignalThatEndedTheCommand()
    {
        QFETCH(int, signal);
        // A shell reports a process that a signal ended as 128 + the signal.
        QProcess shell;
        shell.setProcessEnvironment(m_rig.environment());
        shell.start(u"sh"_s, {u"-c"_s,
                              u"\"$0\" run deploy --resource \"$1\" -- sh -c 'kill -%1 $$'; "
                              "echo \"status $?\""_s.arg(signal),
                              m_rig.program(), m_rig.apiIndicator()});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.readAllStandardOutput().trimmed(),
                 u"status %1"_s.arg(128 + signal).toLatin1());
    }

    void runPassesTermToTheCommand()
    {
        const QString ready = scratch(u"ready"_s);
        const QString got = scratch(u"got-term"_s);
        QProcess ctl;
        ctl.setProcessEnvironment(m_rig.environment());
        ctl.start(m_rig.program(), {u"run"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator(),
                                    u"--"_s, u"sh"_s, u"-c"_s,
                                    u"trap 'echo term > \"%1\"; exit 42' TERM; touch '%2'; "
                                    "while :; do sleep 0.05; done"_s.arg(got, ready)});
        QVERIFY(ctl.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ready), 60000);
        ctl.terminate(); // SIGTERM to latchkeyctl
        QVERIFY(ctl.waitForFinished(30000));
        QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ctl.exitCode(), 42);
        QCOMPARE(readFile(got), QByteArray("term\n"));
    }

    void runWithPatHandsOverThePatWithAWarning()
    {
        const QString file = scratch(u"pat"_s);
        const CtlRun run = m_rig.ctl({u"run"_s, u"deploy"_s, u"--pat"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                      u"printf %s \"$LATCHKEY_ACCESS_TOKEN\" > '%1'"_s.arg(file)});
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(readFile(file), m_deploy);
        QVERIFY2(run.err.contains("long") || run.err.contains("lives until"), run.err.constData());
        verifyNoSecret(run, m_deploy);
        const CtlRun both = m_rig.ctl({u"run"_s, u"deploy"_s, u"--pat"_s, u"--resource"_s,
                                       m_rig.apiIndicator(), u"--"_s, u"true"_s});
        QCOMPARE(both.exitCode, 2);
    }

    void aRefusedTokenRunsNothing()
    {
        const QString marker = scratch(u"ran"_s);
        const CtlRun run = m_rig.ctl({u"run"_s, u"short-lived"_s, u"--resource"_s,
                                      m_rig.apiIndicator(), u"--"_s, u"touch"_s, marker});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.oneErrorLine());
        QVERIFY(!QFile::exists(marker));
    }

    void aMissingCommandIsNamed()
    {
        const CtlRun run = m_rig.ctl({u"run"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator(),
                                      u"--"_s, u"no-such-command-here"_s});
        QCOMPARE(run.exitCode, 127);
        QVERIFY(run.oneErrorLine());
        QVERIFY(run.err.contains("no-such-command-here"));
        const CtlRun none =
            m_rig.ctl({u"run"_s, u"deploy"_s, u"--resource"_s, m_rig.apiIndicator()});
        QCOMPARE(none.exitCode, 2);
    }

    void runIsNotForABatch()
    {
        const CtlRun run = m_rig.ctl(
            {u"batch"_s}, "run deploy --resource " + m_rig.apiIndicator().toUtf8() + " -- true\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("cannot run inside a batch"));
    }
};

QTEST_GUILESS_MAIN(TestCtlExchange)
#include "tst_ctlexchange.moc"
