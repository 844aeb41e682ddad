// Tests offboarding on the Users page: "Revoke All Tokens of This User…" needs the
// user's username typed exactly (case, spaces, prefixes refused), then revokes
// every token of that user on the real sandbox, one by one, and reports them —
// with a fault injected on one, which the report names and which stays.
#include "app/sandbox/sandboxserver.h"
#include "model/items/tokenlistmodel.h"
#include "model/items/userlistmodel.h"
#include "model/session/session.h"
#include "net/logtoclient.h"
#include "tests/support/await.h"
#include "tests/support/uitestfixture.h"
#include "tests/support/visibletoplevel.h"
#include "ui/mainwindow.h"
#include "ui/revokealldialog.h"
#include "ui/tokenspage.h"
#include "ui/userspage.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::visibleTopLevel;

class TestRevokeAllDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiTestFixture> m_fixture;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<UiTestFixture>(u"tst_revokealldialog"_s);
        QVERIFY(m_fixture->startSandbox());
        QVERIFY(m_fixture->openWindow());
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void onlyTheExactUsernameConfirms()
    {
        RevokeAllDialog dialog(u"Ada Lovelace"_s, u"ada.l"_s, 3);
        QPushButton *revoke = dialog.revokeButton();
        QVERIFY(!revoke->isEnabled());
        for (const QString &typed :
             {u"ada"_s, u"Ada.l"_s, u"ada.l "_s, u" ada.l"_s, u"ada.lo"_s, u"Ada Lovelace"_s}) {
            dialog.confirmField()->setText(typed);
            QVERIFY2(!revoke->isEnabled(), qPrintable(typed));
            QVERIFY(!dialog.isConfirmed());
        }
        dialog.confirmField()->clear();
        QTest::keyClicks(dialog.confirmField(), u"ada.l"_s);
        QVERIFY(revoke->isEnabled());
        QVERIFY(dialog.isConfirmed());
        // An empty confirmation (no username, no ID) never confirms.
        RevokeAllDialog nothing(u"Nobody"_s, QString(), 0);
        QVERIFY(!nothing.isConfirmed());
    }

    void offboardingRevokesEveryTokenAndReports()
    {
        MainWindow *window = m_fixture->window();
        UsersPage *users = window->usersPage();
        window->showPage(MainWindow::Page::Users);
        QTRY_VERIFY_WITH_TIMEOUT(users->userModel()->rowCount() > 3, 10000);
        // A user of the demo directory with a username; tokens made for this test.
        int row = -1;
        for (int r = 1; r < users->userModel()->rowCount() && row < 0; ++r) {
            if (!users->userModel()->userAt(r).username.isEmpty())
                row = r;
        }
        QVERIFY(row > 0);
        const User leaver = users->userModel()->userAt(row);
        LogtoClient *client = window->session()->client();
        // The demo directory may already give this user tokens: they go too.
        const auto listed = test::await<Result<QList<PersonalAccessToken>>>(
            [&](QObject *c, auto done) { client->listTokens(leaver.id, c, done); });
        QVERIFY(listed && listed->ok());
        const int total = int(listed->value().size()) + 3;
        for (const QString &name : {u"laptop"_s, u"ci runner"_s, u"backup"_s}) {
            const auto made = test::await<Result<CreatedToken>>([&](QObject *c, auto done) {
                client->createToken(leaver.id, name, std::nullopt, c, done);
            });
            QVERIFY(made && made->ok());
        }
        SandboxFault fault;
        fault.method = u"POST"_s;
        fault.pathPattern = u"/api/users/*/personal-access-tokens/delete"_s;
        fault.bodyContains = R"("name":"backup")";
        fault.status = 403;
        fault.times = 1000;
        m_fixture->sandbox()->addFault(fault);

        users->userView()->setCurrentIndex(users->userModel()->index(row, 0));
        TokensPage *tokens = users->tokensPage();
        QTRY_VERIFY2_WITH_TIMEOUT(
            tokens->hasLoaded() && tokens->model()->rowCount() == total,
            qPrintable(
                u"%1 loaded %2 rows"_s.arg(leaver.username).arg(tokens->model()->rowCount())),
            10000);
        QTRY_VERIFY(users->revokeAllAction()->isEnabled());
        users->revokeAllAction()->trigger();
        RevokeAllDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<RevokeAllDialog>()));
        QVERIFY(!dialog->revokeButton()->isEnabled());
        QTest::keyClicks(dialog->confirmField(), leaver.username.toUpper() + u"x"_s);
        QVERIFY(!dialog->revokeButton()->isEnabled());
        dialog->confirmField()->clear();
        QTest::keyClicks(dialog->confirmField(), leaver.username);
        QVERIFY(dialog->revokeButton()->isEnabled());
        QTest::mouseClick(dialog->revokeButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(dialog->reportView()->isVisible(), 30000);
        const QString report = dialog->reportView()->toPlainText();
        QVERIFY2(report.contains(u"Revoked %1 of %2 token"_s.arg(total - 1).arg(total)),
                 qPrintable(report));
        QVERIFY2(report.contains(u"“backup”"_s), qPrintable(report));
        m_fixture->sandbox()->clearFaults();
        // The table beside follows: only the one that failed is left.
        QTRY_VERIFY_WITH_TIMEOUT(tokens->model()->rowCount() == 1, 10000);
        QCOMPARE(tokens->model()->nameAt(0), u"backup"_s);
        dialog->reject();
        QTRY_VERIFY(!visibleTopLevel<RevokeAllDialog>());
    }
};

QTEST_MAIN(TestRevokeAllDialog)
#include "tst_revokealldialog.moc"
