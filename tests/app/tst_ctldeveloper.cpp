// Tests latchkeyctl on a developer profile end to end: latchkey-sandbox --gateway as a
// process, `profiles add --gateway` (Logto endpoint and resource from the gateway's policy),
// `login` with $BROWSER set to latchkey-test-browser (which follows the URL and submits the
// sandbox's sign-in page over real HTTP, as a person would), whoami, every token command
// through the gateway (no values in lists), exchange as the public Native app, a create outside the
// gateway's policy refused in one line with exit 1, `users` refused with exit 2, logout (revoked,
// gone from the keychain); the refresh token is in the Secret Service and nowhere on disk; `login
// --device` with the test's browser typing the printed code on the sandbox's verification page.
#include "tests/app/ctlrig.h"
#include "tests/support/testbrowser.h"
#include "tests/support/testpaths.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace latchkey::test;

namespace latchkey {

class TestCtlDeveloper : public QObject
{
    Q_OBJECT

    CtlRig m_rig;
    const QString m_me = u"Sandbox — me"_s;

    CtlRun ctl(const QStringList &arguments) const
    {
        return m_rig.ctl(QStringList{u"--profile"_s, m_me} + arguments);
    }

    QJsonObject tokenNamed(const QString &name, int *count = nullptr) const
    {
        const CtlRun listed = ctl({u"tokens"_s, u"--json"_s});
        QJsonObject found;
        int n = 0;
        for (const QJsonValue &token : listed.array()) {
            if (token[u"name"_s].toString() == name) {
                found = token.toObject();
                ++n;
            }
        }
        if (count)
            *count = n;
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_rig.start({u"--gateway"_s}));
        QVERIFY(!m_rig.info(u"gateway"_s).isEmpty());
        QVERIFY(!m_rig.info(u"nativeAppId"_s).isEmpty());
        QVERIFY(!m_rig.info(u"developer"_s).isEmpty());
        m_rig.setVariable(u"BROWSER"_s, TestPaths::build(u"tests/support/latchkey-test-browser"_s));
        m_rig.setVariable(u"LATCHKEY_TEST_BROWSER_USER"_s, m_rig.info(u"developer"_s));
    }

    void addsADeveloperProfileFromTheGatewaysPolicy()
    {
        const CtlRun added =
            m_rig.ctl({u"profiles"_s, u"add"_s, m_me, u"--gateway"_s, m_rig.info(u"gateway"_s),
                       u"--app-id"_s, m_rig.info(u"nativeAppId"_s), u"--json"_s});
        QVERIFY2(added.ok(), added.err.constData());
        const QJsonObject profile = added.object();
        QCOMPARE(profile[u"kind"_s].toString(), u"developer"_s);
        QCOMPARE(profile[u"endpoint"_s].toString(), m_rig.endpoint());
        QCOMPARE(profile[u"resource"_s].toString(), m_rig.info(u"gatewayResource"_s));

        // Before any sign-in, a token command says how to sign in.
        const CtlRun before = ctl({u"tokens"_s});
        QCOMPARE(before.exitCode, 1);
        QVERIFY(before.oneErrorLine());
        QVERIFY2(before.err.contains("latchkeyctl login"), before.err.constData());
    }

    // --check tries the connection first, as the connections dialog does: a URL that is
    // not a gateway (the sandbox's Logto) is refused in words and nothing is saved.
    void profilesAddCheckRefusesWhatIsNotAGateway()
    {
        const CtlRun refused = m_rig.ctl(
            {u"profiles"_s, u"add"_s, u"not-a-gateway"_s, u"--gateway"_s, m_rig.endpoint(),
             u"--endpoint"_s, m_rig.endpoint(), u"--resource"_s, m_rig.info(u"gatewayResource"_s),
             u"--app-id"_s, m_rig.info(u"nativeAppId"_s), u"--check"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.oneErrorLine());
        QVERIFY2(refused.err.contains("Not saved:") &&
                     refused.err.contains("is not a Latchkey gateway"),
                 refused.err.constData());
        const CtlRun listed = m_rig.ctl({u"profiles"_s, u"list"_s, u"--json"_s});
        QVERIFY2(listed.ok(), listed.err.constData());
        QVERIFY(!listed.out.contains("not-a-gateway"));

        const CtlRun checked = m_rig.ctl({u"profiles"_s, u"add"_s, u"checked"_s, u"--gateway"_s,
                                          m_rig.info(u"gateway"_s), u"--app-id"_s,
                                          m_rig.info(u"nativeAppId"_s), u"--check"_s});
        QVERIFY2(checked.ok(), checked.err.constData());
        QVERIFY(m_rig.ctl({u"profiles"_s, u"remove"_s, u"checked"_s}).ok());
    }

    void logsInThroughTheBrowser()
    {
        const CtlRun login = ctl({u"login"_s});
        QVERIFY2(login.ok(), login.err.constData());
        QVERIFY(login.out.contains(m_rig.info(u"developer"_s).toUtf8()));
        // The authorization URL is on stderr too, for when no browser opens.
        QVERIFY(login.err.contains("/oidc/auth?"));
        QVERIFY(login.err.contains("code_challenge_method=S256"));

        const CtlRun whoami = ctl({u"whoami"_s, u"--json"_s});
        QVERIFY2(whoami.ok(), whoami.err.constData());
        QCOMPARE(whoami.object()[u"id"_s].toString(), m_rig.userId());
        QCOMPARE(whoami.object()[u"username"_s].toString(), m_rig.info(u"developer"_s));
        QCOMPARE(whoami.object()[u"kind"_s].toString(), u"developer"_s);
    }

    void tokenCommandsWorkThroughTheGateway()
    {
        const QString name = u"dev token / #1"_s;
        const CtlRun created = ctl({u"create"_s, name, u"--expires"_s, u"30"_s, u"--json"_s});
        QVERIFY2(created.ok(), created.err.constData());
        const QByteArray value = created.object()[u"value"_s].toString().toLatin1();
        QVERIFY(value.startsWith("pat_"));

        const CtlRun listed = ctl({u"tokens"_s, u"--json"_s});
        QVERIFY2(listed.ok(), listed.err.constData());
        QVERIFY(!listed.out.contains(value));
        QJsonObject token = tokenNamed(name);
        QCOMPARE(token[u"cached"_s].toBool(), true);
        QCOMPARE(token[u"fingerprint"_s].toString().toLatin1(),
                 QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex());
        QCOMPARE(ctl({u"copy"_s, name}).out.trimmed(), value);

        const QString renamed = u"dev token renamed"_s;
        const CtlRun rename = ctl({u"rename"_s, name, renamed});
        QVERIFY2(rename.ok(), rename.err.constData());
        QCOMPARE(ctl({u"copy"_s, renamed}).out.trimmed(), value);

        const CtlRun expired = ctl({u"expire"_s, renamed, u"60"_s, u"--json"_s});
        QVERIFY2(expired.ok(), expired.err.constData());
        const QByteArray newValue = expired.object()[u"value"_s].toString().toLatin1();
        QVERIFY(newValue.startsWith("pat_"));
        QVERIFY(newValue != value);
        int count = 0;
        token = tokenNamed(renamed, &count);
        QCOMPARE(count, 1);
        QCOMPARE(ctl({u"copy"_s, renamed}).out.trimmed(), newValue);

        QVERIFY(ctl({u"revoke"_s, renamed, u"--yes"_s}).ok());
        tokenNamed(renamed, &count);
        QCOMPARE(count, 0);
    }

    void exchangesAsThePublicNativeApp()
    {
        // A developer connection has no app secret: its token exchange names the Native app
        // as a public client (docs/token-exchange.md, "Who exchanges").
        const QString name = u"dev exchange"_s;
        const CtlRun created = ctl({u"create"_s, name, u"--expires"_s, u"30"_s});
        QVERIFY2(created.ok(), created.err.constData());
        const CtlRun exchanged = ctl(
            {u"exchange"_s, name, u"--resource"_s, m_rig.info(u"gatewayResource"_s), u"--json"_s});
        QVERIFY2(exchanged.ok(), exchanged.err.constData());
        QVERIFY(exchanged.object()[u"access_token"_s].toString().startsWith(u"eyJ"_s));
        QVERIFY(ctl({u"revoke"_s, name, u"--yes"_s}).ok());
    }

    void createOutsideThePolicyIsRefused()
    {
        // The sandbox's gateway has the default policy: a token lives at most 90 days. The
        // refusal is the gateway's (422 gateway.policy_violation), said in one line that
        // names the rule, and nothing is made.
        const QString name = u"a year-long token"_s;
        const CtlRun created = ctl({u"create"_s, name, u"--expires"_s, u"365"_s});
        QCOMPARE(created.exitCode, 1);
        QVERIFY(created.oneErrorLine());
        QVERIFY2(created.err.contains("Your organisation's policy does not allow this"),
                 created.err.constData());
        QVERIFY2(created.err.contains("at most 90 days"), created.err.constData());
        QVERIFY(!created.out.contains("pat_"));
        int count = -1;
        tokenNamed(name, &count);
        QCOMPARE(count, 0);
    }

    void usersIsNotForADeveloper()
    {
        const CtlRun users = ctl({u"users"_s});
        QCOMPARE(users.exitCode, 2);
        QVERIFY(users.oneErrorLine());
        QVERIFY(users.err.contains("not available for a developer connection"));
    }

    void refreshTokenIsNowhereOnDisk()
    {
        // The profile's refresh token is an entry of the Secret Service; the settings and
        // everything else under the rig's folders hold no refresh token and no access token.
        QDirIterator it(m_rig.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            QVERIFY2(!content.contains("refresh_token") && !content.contains("eyJ"),
                     qPrintable(file.fileName()));
            if (file.fileName().endsWith(u".conf"_s))
                QVERIFY(content.contains("kind=developer"));
        }
        QVERIFY(files > 0);
    }

    void logsInWithACodeOnAnotherDevice()
    {
        // A developer profile with a device-flow app: `login --device` prints the address and
        // the code and polls Logto; the person, on another device (the test's browser, over
        // real HTTP), opens the address, types the code and signs in on the sandbox's page.
        const QString device = u"Sandbox — device"_s;
        const QString developer = m_rig.info(u"developer"_s);
        const CtlRun added =
            m_rig.ctl({u"profiles"_s, u"add"_s, device, u"--gateway"_s, m_rig.info(u"gateway"_s),
                       u"--app-id"_s, m_rig.info(u"nativeAppId"_s), u"--device-app-id"_s,
                       m_rig.info(u"deviceAppId"_s)});
        QVERIFY2(added.ok(), added.err.constData());

        QProcess login;
        login.setProcessEnvironment(m_rig.environment());
        login.start(m_rig.program(),
                    {u"--profile"_s, device, u"login"_s, u"--device"_s, u"--json"_s});
        QVERIFY(login.waitForStarted());
        static const QRegularExpression prompt(
            uR"(open (\S+) on any device and enter the code (\S+) \(or open (\S+)\)\.)"_s);
        QByteArray err;
        QRegularExpressionMatch shown;
        const auto promptShown = [&] {
            err += login.readAllStandardError();
            shown = prompt.match(QString::fromUtf8(err));
            return shown.hasMatch() || login.state() == QProcess::NotRunning;
        };
        QTRY_VERIFY_WITH_TIMEOUT(promptShown(), 20000);
        QVERIFY2(shown.hasMatch(), err.constData());
        const QUrl verification(shown.captured(1));
        const QString userCode = shown.captured(2);
        QVERIFY2(verification.toString().startsWith(m_rig.endpoint()), err.constData());
        QCOMPARE(QUrlQuery(QUrl(shown.captured(3))).queryItemValue(u"user_code"_s), userCode);

        // The code as the person types it on the verification page.
        QUrl typed = verification;
        typed.setQuery(QUrlQuery{{u"user_code"_s, userCode}});
        TestBrowser browser(developer);
        const TestBrowser::Outcome approved = browser.open(typed);
        QVERIFY2(approved.ok, qPrintable(approved.error + u' ' + QString::fromUtf8(approved.body)));

        // latchkeyctl's next poll gets the tokens (Logto's interval is 5 s).
        QTRY_VERIFY_WITH_TIMEOUT(login.state() == QProcess::NotRunning, 30000);
        err += login.readAllStandardError();
        QCOMPARE(login.exitStatus(), QProcess::NormalExit);
        QVERIFY2(login.exitCode() == 0, err.constData());
        const QJsonObject signedIn =
            QJsonDocument::fromJson(login.readAllStandardOutput()).object();
        QCOMPARE(signedIn[u"username"_s].toString(), developer);
        QCOMPARE(signedIn[u"userId"_s].toString(), m_rig.userId());

        // The device sign-in is a sign-in like the browser's: whoami and the gateway answer.
        const CtlRun whoami = m_rig.ctl({u"--profile"_s, device, u"whoami"_s, u"--json"_s});
        QVERIFY2(whoami.ok(), whoami.err.constData());
        QCOMPARE(whoami.object()[u"username"_s].toString(), developer);
        const CtlRun tokens = m_rig.ctl({u"--profile"_s, device, u"tokens"_s, u"--json"_s});
        QVERIFY2(tokens.ok(), tokens.err.constData());
        QVERIFY(m_rig.ctl({u"--profile"_s, device, u"logout"_s}).ok());
    }

    void logoutRevokesTheSignIn()
    {
        const CtlRun logout = ctl({u"logout"_s});
        QVERIFY2(logout.ok(), logout.err.constData());
        const CtlRun whoami = ctl({u"whoami"_s});
        QCOMPARE(whoami.exitCode, 1);
        QVERIFY(whoami.oneErrorLine());
        QVERIFY2(whoami.err.contains("latchkeyctl login"), whoami.err.constData());
    }
};

} // namespace latchkey

QTEST_GUILESS_MAIN(latchkey::TestCtlDeveloper)
#include "tst_ctldeveloper.moc"
