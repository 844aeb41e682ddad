// Tests ConnectionsDialog's two kinds of connection on real widgets (offscreen), a
// real in-process sandbox and latchkey-gateway on 127.0.0.1 and the test session's
// Secret Service: the kind is asked first; the developer form has no secret, fills
// its resource indicator (and Logto endpoint) from the gateway's policy and saves a
// developer profile with nothing secret in the settings or the keychain; a new
// connection is checked before it is saved (an unreachable gateway, a server that
// is not a gateway, one that is not a Logto are refused in words, nothing saved,
// nothing lost from the form); a profile of an earlier version opens as an
// administrator's.
#include "app/gateway/gatewayserver.h"
#include "app/sandbox/sandboxserver.h"
#include "model/settings/profilestore.h"
#include "tests/support/awaitkeychain.h"
#include "tests/support/uitestfixture.h"
#include "ui/connectionsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
const QString kResource = u"https://gateway.dialog.test/api"_s;

// A port that was free a moment ago and has nothing listening now.
QUrl closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();
    return url;
}
} // namespace

class TestConnectionsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiTestFixture> m_fixture;
    std::unique_ptr<GatewayServer> m_gateway;
    SandboxServer::DeveloperSignIn m_signIn;

    // Everything under the profile's group of the settings file, as text.
    QString storedSettings(const QString &name)
    {
        QSettings *settings = m_fixture->settings();
        settings->sync();
        QString all;
        for (const QString &key : settings->allKeys()) {
            if (key.contains(name.left(4)))
                all += key + u'=' + settings->value(key).toString() + u'\n';
        }
        return all;
    }

    // Opens the dialog on a new connection of that kind (through the chooser).
    static void choose(ConnectionsDialog &dialog, QCommandLinkButton *choice)
    {
        dialog.addNew();
        QVERIFY(dialog.isChoosingKind());
        QTest::mouseClick(choice, Qt::LeftButton);
        QVERIFY(!dialog.isChoosingKind());
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<UiTestFixture>(u"connectionsdialog"_s);
        QVERIFY(m_fixture->startSandbox());
        SandboxServer *sandbox = m_fixture->sandbox();
        GatewayConfig config;
        config.logtoEndpoint = sandbox->endpoint();
        config.appId = sandbox->appId();
        config.appSecret = SecretBytes::fromString(sandbox->appSecret());
        config.resource = kResource;
        QVERIFY(!sandbox->ensureResource(kResource, u"Latchkey gateway"_s).isEmpty());
        m_gateway = std::make_unique<GatewayServer>();
        QString error;
        QVERIFY2(m_gateway->start(std::move(config), &error, [](const QByteArray &) {}),
                 qPrintable(error));
        m_signIn = sandbox->ensureDeveloperSignIn();
        QVERIFY(!m_signIn.nativeAppId.isEmpty());
    }

    void cleanupTestCase()
    {
        m_gateway.reset();
        m_fixture.reset();
    }

    // The kind first, in plain words; each kind's form has its own fields.
    void chooserAsksTheKindFirst()
    {
        ConnectionsDialog dialog(m_fixture->profiles());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addNew();
        QVERIFY(dialog.isChoosingKind());
        QCOMPARE(dialog.developerChoice()->text(), u"I manage my own tokens"_s);
        QCOMPARE(dialog.adminChoice()->text(), u"I administer a tenant"_s);
        QVERIFY(dialog.developerChoice()->isVisible());
        QVERIFY(dialog.adminChoice()->isVisible());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.nameField()->isVisible());

        QTest::mouseClick(dialog.developerChoice(), Qt::LeftButton);
        QCOMPARE(dialog.kind(), SessionKind::Developer);
        QVERIFY(dialog.gatewayField()->isVisible());
        QVERIFY(dialog.resourceField()->isVisible());
        QVERIFY(dialog.deviceAppIdField()->isVisible());
        QVERIFY(dialog.endpointField()->isVisible());
        QVERIFY(dialog.appIdField()->isVisible());
        QVERIFY(!dialog.secretField()->isVisible());
        QVERIFY(!dialog.apiIndicatorField()->isVisible());
        QVERIFY(!dialog.userField()->isVisible());

        // Back to the question, and the other answer.
        QVERIFY(dialog.changeKindButton()->isVisible());
        QTest::mouseClick(dialog.changeKindButton(), Qt::LeftButton);
        QVERIFY(dialog.isChoosingKind());
        QTest::mouseClick(dialog.adminChoice(), Qt::LeftButton);
        QCOMPARE(dialog.kind(), SessionKind::Admin);
        QVERIFY(dialog.secretField()->isVisible());
        QVERIFY(dialog.userField()->isVisible());
        QVERIFY(!dialog.gatewayField()->isVisible());
        QVERIFY(!dialog.resourceField()->isVisible());
    }

    // The developer types the gateway's address; the policy fills in the resource and
    // Logto; the profile is saved as a developer's, with no secret anywhere.
    void developerFormSavesADeveloperProfileWithoutSecret()
    {
        ConnectionsDialog dialog(m_fixture->profiles());
        dialog.show();
        choose(dialog, dialog.developerChoice());
        QTest::keyClicks(dialog.nameField(), u"Mine"_s);
        QTest::keyClicks(dialog.gatewayField(), m_gateway->url().toString());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.resourceField()->text(), kResource, 15000);
        QCOMPARE(QUrl(dialog.endpointField()->text()), m_fixture->sandbox()->endpoint());
        QVERIFY2(dialog.resourceNote()->text().contains(u"policy"_s),
                 qPrintable(dialog.resourceNote()->text()));
        QVERIFY(!dialog.saveButton()->isEnabled()); // the Native app's ID is still missing
        QTest::keyClicks(dialog.appIdField(), m_signIn.nativeAppId);
        QTest::keyClicks(dialog.deviceAppIdField(), m_signIn.deviceAppId);
        QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.formMessage()->text()));

        QSignalSpy saved(&dialog, &ConnectionsDialog::profileSaved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().first().toString(), u"Mine"_s);

        const auto profile = m_fixture->profiles()->load(u"Mine"_s);
        QVERIFY(profile);
        QCOMPARE(profile->kind, SessionKind::Developer);
        QCOMPARE(profile->gateway, m_gateway->url());
        QCOMPARE(profile->endpoint, m_fixture->sandbox()->endpoint());
        QCOMPARE(profile->appId, m_signIn.nativeAppId);
        QCOMPARE(profile->deviceAppId, m_signIn.deviceAppId);
        QCOMPARE(profile->apiIndicator, kResource);
        // Nothing secret: no app secret in the keychain, none in the settings.
        const auto [outcome, secret] = test::awaitSecret([this](QObject *c, auto done) {
            m_fixture->profiles()->readSecret(u"Mine"_s, c, std::move(done));
        });
        QCOMPARE(outcome.status, SecretStore::Outcome::Status::NotFound);
        QVERIFY(secret.isEmpty());
        const QString stored = storedSettings(u"Mine"_s);
        QVERIFY2(stored.contains(u"kind=developer"_s), qPrintable(stored));
        QVERIFY2(!stored.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(stored));
        QVERIFY2(!stored.contains(m_fixture->sandbox()->appSecret()), qPrintable(stored));

        // Opened again, it shows its kind's form, name and kind fixed.
        dialog.selectProfile(u"Mine"_s);
        QCOMPARE(dialog.kind(), SessionKind::Developer);
        QVERIFY(!dialog.isChoosingKind());
        QVERIFY(dialog.gatewayField()->isVisible());
        QVERIFY(!dialog.secretField()->isVisible());
        QVERIFY(!dialog.changeKindButton()->isVisible());
        QVERIFY(dialog.nameField()->isReadOnly());
        QCOMPARE(dialog.resourceField()->text(), kResource);
        // Test Connection reaches Logto and the gateway.
        QSignalSpy checked(&dialog, &ConnectionsDialog::checked);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY2(checked.first().first().toBool(), qPrintable(dialog.testResult()->text()));
    }

    // Without an answer from the gateway the resource is typed; the note says why.
    void resourceIsTypedWhenThePolicyCannotBeRead()
    {
        ConnectionsDialog dialog(m_fixture->profiles());
        dialog.show();
        choose(dialog, dialog.developerChoice());
        QTest::keyClicks(dialog.nameField(), u"Typed"_s);
        QTest::keyClicks(dialog.gatewayField(), closedPort().toString());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resourceNote()->text().contains(u"Type the resource"_s),
                                 15000);
        QVERIFY(dialog.resourceField()->text().isEmpty());
        QVERIFY(dialog.endpointField()->text().isEmpty());
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    // A new connection is checked before it is saved: refused with the reason, nothing
    // saved, every field still as typed.
    void preSaveCheckRefusesWithItsReason_data()
    {
        QTest::addColumn<bool>("developer");
        QTest::addColumn<QString>("target"); // what goes wrong
        QTest::addColumn<QString>("expected");
        QTest::newRow("gateway unreachable") << true << u"closed"_s << u"Connection refused"_s;
        QTest::newRow("not a gateway")
            << true << u"logto-as-gateway"_s << u"is not a Latchkey gateway"_s;
        QTest::newRow("logto unreachable") << true << u"closed-logto"_s << u"Connection refused"_s;
        QTest::newRow("not a logto")
            << false << u"gateway-as-logto"_s << u"is not a Logto server"_s;
    }

    void preSaveCheckRefusesWithItsReason()
    {
        QFETCH(bool, developer);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        const QUrl closed = closedPort();
        QUrl endpoint = m_fixture->sandbox()->endpoint();
        QUrl gateway = m_gateway->url();
        if (target == u"closed"_s)
            gateway = closed;
        else if (target == u"logto-as-gateway"_s)
            gateway = endpoint;
        else if (target == u"closed-logto"_s)
            endpoint = closed;
        else if (target == u"gateway-as-logto"_s)
            endpoint = m_gateway->url();
        const QUrl refused =
            target.startsWith(u"closed-logto"_s) || !developer ? endpoint : gateway;

        ConnectionsDialog dialog(m_fixture->profiles());
        dialog.show();
        choose(dialog, developer ? dialog.developerChoice() : dialog.adminChoice());
        const QString name = u"Refused %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
        QTest::keyClicks(dialog.nameField(), name);
        if (developer) {
            QTest::keyClicks(dialog.resourceField(), kResource);
            QTest::keyClicks(dialog.endpointField(), endpoint.toString());
            QTest::keyClicks(dialog.gatewayField(), gateway.toString());
            QTest::keyClicks(dialog.appIdField(), m_signIn.nativeAppId);
        } else {
            QTest::keyClicks(dialog.endpointField(), endpoint.toString());
            QTest::keyClicks(dialog.appIdField(), m_fixture->sandbox()->appId());
            QTest::keyClicks(dialog.secretField(), m_fixture->sandbox()->appSecret());
        }
        QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.formMessage()->text()));
        QSignalSpy checked(&dialog, &ConnectionsDialog::checked);
        QSignalSpy saved(&dialog, &ConnectionsDialog::profileSaved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().first().toBool(), false);
        const QString message = dialog.formMessage()->text();
        QVERIFY2(message.startsWith(u"Not saved"_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(refused.port())), qPrintable(message));
        QVERIFY(saved.isEmpty());
        QVERIFY(!m_fixture->profiles()->contains(name));
        QCOMPARE(dialog.profileList()->findItems(name, Qt::MatchExactly).size(), 0);
        // Nothing lost: the form holds what was typed, and Save can be tried again.
        QCOMPARE(dialog.nameField()->text(), name);
        QCOMPARE(QUrl(dialog.endpointField()->text()), endpoint);
        if (developer) {
            QCOMPARE(QUrl(dialog.gatewayField()->text()), gateway);
            QCOMPARE(dialog.resourceField()->text(), kResource);
        } else {
            QCOMPARE(dialog.secretField()->text(), m_fixture->sandbox()->appSecret());
        }
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    // Plain HTTP to another computer needs the user's opt-in, for the gateway too.
    void plainHttpToARemoteGatewayNeedsOptIn()
    {
        ConnectionsDialog dialog(m_fixture->profiles());
        dialog.show();
        choose(dialog, dialog.developerChoice());
        QTest::keyClicks(dialog.nameField(), u"Remote"_s);
        QTest::keyClicks(dialog.endpointField(), m_fixture->sandbox()->endpoint().toString());
        QTest::keyClicks(dialog.resourceField(), kResource);
        QTest::keyClicks(dialog.appIdField(), m_signIn.nativeAppId);
        QTest::keyClicks(dialog.gatewayField(), u"http://gateway.example.net"_s);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.formMessage()->text().contains(u"plain HTTP"_s),
                 qPrintable(dialog.formMessage()->text()));
        auto *allow = dialog.findChild<QCheckBox *>();
        QVERIFY(allow && allow->isVisible());
        allow->setChecked(true);
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    // A profile saved before there were kinds (no "kind" key) opens as an administrator's,
    // unchanged, and its stored secret still connects.
    void oldProfileLoadsAsAdministrator()
    {
        SandboxServer *sandbox = m_fixture->sandbox();
        QSettings *settings = m_fixture->settings();
        settings->setValue(u"profiles/Legacy/endpoint"_s, sandbox->endpoint().toString());
        settings->setValue(u"profiles/Legacy/appId"_s, sandbox->appId());
        settings->setValue(u"profiles/Legacy/apiIndicator"_s, sandbox->apiIndicator());
        settings->setValue(u"profiles/Legacy/userId"_s, sandbox->primaryUserId());
        settings->sync();
        QVERIFY(test::awaitOutcome([&](QObject *c, auto done) {
                    m_fixture->profiles()->setSecret(u"Legacy"_s,
                                                     SecretBytes::fromString(sandbox->appSecret()),
                                                     c, std::move(done));
                }).ok());

        ConnectionsDialog dialog(m_fixture->profiles());
        dialog.show();
        dialog.selectProfile(u"Legacy"_s);
        QCOMPARE(dialog.nameField()->text(), u"Legacy"_s);
        QCOMPARE(dialog.kind(), SessionKind::Admin);
        QVERIFY(!dialog.isChoosingKind());
        QVERIFY(dialog.secretField()->isVisible());
        QVERIFY(dialog.userField()->isVisible());
        QVERIFY(!dialog.gatewayField()->isVisible());
        QCOMPARE(dialog.appIdField()->text(), sandbox->appId());
        QCOMPARE(dialog.userField()->text(), sandbox->primaryUserId());
        QSignalSpy checked(&dialog, &ConnectionsDialog::checked);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY2(dialog.testResult()->text().startsWith(u"Connected"_s),
                 qPrintable(dialog.testResult()->text()));
        // Saved again from the dialog, it stays an administrator's with its secret.
        QSignalSpy saved(&dialog, &ConnectionsDialog::profileSaved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(saved.size() == 1 || saved.wait(20000)); // an edit saves at once
        const auto profile = m_fixture->profiles()->load(u"Legacy"_s);
        QVERIFY(profile);
        QCOMPARE(profile->kind, SessionKind::Admin);
        QCOMPARE(profile->appId, sandbox->appId());
        QCOMPARE(profile->userId, sandbox->primaryUserId());
        const auto [outcome, secret] = test::awaitSecret([this](QObject *c, auto done) {
            m_fixture->profiles()->readSecret(u"Legacy"_s, c, std::move(done));
        });
        QVERIFY(outcome.ok());
        QCOMPARE(secret, sandbox->appSecret().toUtf8());
    }

    // Every field a form shows has its height, whichever form was shown before (with
    // QFormLayout's hidden rows, a row shown again after another kept none).
    void everyShownFieldHasItsHeight()
    {
        ConnectionsDialog dialog(m_fixture->profiles());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QPair<QString, QCommandLinkButton *>> steps{
            {u"Legacy"_s, dialog.developerChoice()}, {u"Mine"_s, dialog.adminChoice()}};
        for (const auto &[saved, choice] : steps) {
            dialog.selectProfile(saved);
            QTRY_COMPARE(dialog.nameField()->text(), saved);
            dialog.addNew();
            QTRY_VERIFY(dialog.developerChoice()->isVisible());
            QTest::mouseClick(choice, Qt::LeftButton);
            for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
                if (field->isVisible())
                    QTRY_VERIFY2(field->height() > 0, qPrintable(field->placeholderText()));
            }
            QTRY_VERIFY(dialog.appIdField()->height() > 0);
        }
    }
};

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
