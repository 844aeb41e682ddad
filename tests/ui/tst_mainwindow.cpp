// Tests the main window's states on a real sandbox: the users list, the
// expiring-tokens notice and its filter, going offline when the server goes
// away and recovering on Refresh once it is back, "Connecting…" (never a false
// "Connected") until an unreachable connection's first answer, and the
// connections dialog's Test button naming the cause and the address; whose
// tokens the Users page shows; page names, Help and shortcuts.
#include "app/sandbox/sandboxserver.h"
#include "model/items/tokenlistmodel.h"
#include "model/items/userlistmodel.h"
#include "model/offline/connectionkeeper.h"
#include "model/session/session.h"
#include "model/settings/profilestore.h"
#include "tests/support/uitestfixture.h"
#include "tests/support/visibletoplevel.h"
#include "ui/connectionsdialog.h"
#include "ui/elidedlabel.h"
#include "ui/expirynotice.h"
#include "ui/generatetokendialog.h"
#include "ui/mainwindow.h"
#include "ui/offlinebanner.h"
#include "ui/setexpirydialog.h"
#include "ui/tokenspage.h"
#include "ui/userlabel.h"
#include "ui/userspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::visibleTopLevel;

namespace {

QAction *menuAction(QMenuBar *bar, const QString &menu, const QString &text)
{
    for (QAction *top : bar->actions()) {
        if (top->text().remove(u'&') != menu || !top->menu())
            continue;
        emit top->menu()->aboutToShow();
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(u'&').remove(u'…') == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void usersListAndSearch();
    void usersPageSaysWhoseTokensAreShown();
    void searchDoesNotPickAUser();
    void usersFitTheirColumns();
    void pageNamesAgree();
    void sideBarFollowsTheDesktopTheme();
    void helpOffersManualAndShortcuts();
    void setExpiryHasAShortcut();
    void expiryNoticeShowsFilter();
    void connectionsDialogTest();
    void testConnectionNamesCauseAndAddress();
    void unreachableConnectionSaysConnectingNotConnected();
    void offlineAndRecovery();
    void offlineStartShowsSnapshot();

private:
    std::unique_ptr<UiTestFixture> m_fixture;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<UiTestFixture>(u"tst_mainwindow"_s);
    QVERIFY(m_fixture->startSandbox());
    QVERIFY(m_fixture->openWindow());
}

void TestMainWindow::cleanupTestCase()
{
    m_fixture.reset();
}

void TestMainWindow::usersListAndSearch()
{
    MainWindow *window = m_fixture->window();
    UsersPage *users = window->usersPage();
    // Hidden, the page lists the users and selects the first, but leaves that
    // user's tokens (maybe thousands) until somebody looks.
    QVERIFY(!users->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!users->tokensPage()->userId().isEmpty(), 10000);
    QVERIFY(!users->tokensPage()->isBusy());
    QVERIFY(!users->tokensPage()->hasLoaded());
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(users->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(users->tokensPage()->hasLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(users->userModel()->rowCount() > 0, 10000);
    // The demo directory has more users than one page of 100; pages come as needed.
    QVERIFY(users->userModel()->totalCount() > 200);
    QVERIFY(users->userModel()->rowCount() >= 100);
    // The first user is selected and their tokens load beside the list.
    QTRY_VERIFY_WITH_TIMEOUT(!users->tokensPage()->userId().isEmpty(), 10000);

    const User second = users->userModel()->userAt(1);
    const QString term = second.username.isEmpty() ? second.primaryEmail : second.username;
    QVERIFY(!term.isEmpty());
    QTest::keyClicks(users->searchField(), term);
    QTRY_VERIFY_WITH_TIMEOUT(
        users->userModel()->rowCount() >= 1 && users->userModel()->rowCount() < 20, 10000);
    bool found = false;
    for (int row = 0; row < users->userModel()->rowCount(); ++row)
        found = found || users->userModel()->userAt(row).id == second.id;
    QVERIFY(found);
    users->searchField()->clear();
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
}

void TestMainWindow::usersPageSaysWhoseTokensAreShown()
{
    // Issue 20.7: a heading names the user whose tokens are shown, and an empty list
    // says so, with the way to make one.
    MainWindow *window = m_fixture->window();
    UsersPage *users = window->usersPage();
    window->showPage(MainWindow::Page::Users);
    QTRY_VERIFY_WITH_TIMEOUT(users->userModel()->rowCount() > 3, 10000);
    TokensPage *tokens = users->tokensPage();
    // Find a user without tokens (most of the demo directory has none).
    int empty = -1;
    for (int row = 1; row < 10 && empty < 0; ++row) {
        users->userView()->setCurrentIndex(users->userModel()->index(row, 0));
        QTRY_VERIFY_WITH_TIMEOUT(tokens->hasLoaded() && !tokens->isBusy(), 10000);
        if (tokens->model()->rowCount() == 0)
            empty = row;
    }
    QVERIFY(empty > 0);
    const User user = users->userModel()->userAt(empty);
    const QString name = UserLabel::shortLabel(user);
    QVERIFY2(users->heading()->text().contains(name), qPrintable(users->heading()->text()));
    QVERIFY(users->heading()->isVisible());
    QVERIFY(tokens->emptyStateLabel()->isVisible());
    QVERIFY2(tokens->emptyStateLabel()->text().contains(u"%1 has no tokens"_s.arg(name)),
             qPrintable(tokens->emptyStateLabel()->text()));
    QVERIFY(tokens->emptyStateButton()->isVisible());
    QTest::mouseClick(tokens->emptyStateButton(), Qt::LeftButton);
    GenerateTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<GenerateTokenDialog>()));
    dialog->reject();

    // A user with tokens: no empty state, the heading follows.
    users->userView()->setCurrentIndex(users->userModel()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(tokens->hasLoaded() && tokens->model()->rowCount() > 0, 10000);
    QVERIFY(!tokens->emptyStateLabel()->isVisible());
    QVERIFY(
        users->heading()->text().contains(UserLabel::shortLabel(users->userModel()->userAt(0))));
    // The duplicate error names that user, not "you".
    const QString taken = tokens->model()->nameAt(0);
    tokens->generate();
    QTRY_VERIFY((dialog = visibleTopLevel<GenerateTokenDialog>()));
    QTest::keyClicks(dialog->nameField(), taken);
    const QString owner = UserLabel::shortLabel(users->userModel()->userAt(0));
    QVERIFY2(dialog->validationText().startsWith(u"%1 already has"_s.arg(owner)),
             qPrintable(dialog->validationText()));
    dialog->reject();
    window->showPage(MainWindow::Page::MyTokens);
}

void TestMainWindow::searchDoesNotPickAUser()
{
    // Issue 20.7: a search shows results; it does not switch the tokens beside them
    // to whoever came first.
    MainWindow *window = m_fixture->window();
    UsersPage *users = window->usersPage();
    window->showPage(MainWindow::Page::Users);
    users->userView()->setCurrentIndex(users->userModel()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(users->tokensPage()->hasLoaded(), 10000);
    const QString shown = users->tokensPage()->userId();
    const QString heading = users->heading()->text();
    const User other = users->userModel()->userAt(5);
    QVERIFY(other.id != shown);
    QTest::keyClicks(users->searchField(), other.username);
    QTRY_VERIFY_WITH_TIMEOUT(users->userModel()->rowCount() >= 1 &&
                                 users->userModel()->rowCount() < 20 &&
                                 !users->userModel()->isLoading(),
                             10000);
    QCOMPARE(users->tokensPage()->userId(), shown);
    QCOMPARE(users->heading()->text(), heading);
    QVERIFY(!users->userView()->selectionModel()->hasSelection());
    // Choosing a result is what shows its tokens.
    users->userView()->setCurrentIndex(users->userModel()->index(0, 0));
    QTRY_COMPARE(users->tokensPage()->userId(), users->userModel()->userAt(0).id);
    users->searchField()->clear();
    window->showPage(MainWindow::Page::MyTokens);
}

void TestMainWindow::usersFitTheirColumns()
{
    // Issue 20.7: names, usernames and emails fit the list's width (elided with "…"),
    // rather than running off its edge.
    MainWindow *window = m_fixture->window();
    UsersPage *users = window->usersPage();
    window->showPage(MainWindow::Page::Users);
    QTreeView *view = users->userView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QTRY_VERIFY(view->header()->length() <= view->viewport()->width());
    QCOMPARE(view->textElideMode(), Qt::ElideRight);
    window->showPage(MainWindow::Page::MyTokens);
}

void TestMainWindow::pageNamesAgree()
{
    // Issue 20.8: the side bar and the View menu name the pages alike.
    MainWindow *window = m_fixture->window();
    QListWidget *places = window->sideBar();
    // My Tokens, Users, Inspector and (with a keychain and snapshots, as here) Scan Computer.
    QCOMPARE(places->count(), 4);
    for (int row = 0; row < places->count(); ++row) {
        const QString name = places->item(row)->text();
        QVERIFY2(menuAction(window->menuBar(), u"View"_s, name), qPrintable(name));
    }
    QCOMPARE(places->item(0)->text(), u"My Tokens"_s);
}

void TestMainWindow::sideBarFollowsTheDesktopTheme()
{
    // Issue 19.9: a desktop switching to dark while the window is open darkens the side bar too
    // (it has a style sheet, which Qt leaves out when a new palette propagates).
    MainWindow *window = m_fixture->window();
    QWidget *sideBar = window->sideBar()->viewport();
    const QPalette desktop = QApplication::palette();
    QPalette dark = desktop;
    dark.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    QApplication::setPalette(dark);
    QTRY_COMPARE(sideBar->palette().color(QPalette::Window), dark.color(QPalette::Window));
    QApplication::setPalette(desktop);
    QTRY_COMPARE(sideBar->palette().color(QPalette::Window), desktop.color(QPalette::Window));
}

void TestMainWindow::helpOffersManualAndShortcuts()
{
    // Issue 20.10: Help opens the manual and a list of the keyboard shortcuts.
    MainWindow *window = m_fixture->window();
    QAction *manual = menuAction(window->menuBar(), u"Help"_s, u"Latchkey Manual"_s);
    QVERIFY(manual);
    QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
    manual->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<QDialog>()));
    auto *text = dialog->findChild<QTextBrowser *>();
    QVERIFY(text);
    QVERIFY2(text->toPlainText().contains(u"My Tokens"_s), qPrintable(text->toPlainText()));
    dialog->close();
    QTRY_VERIFY(!visibleTopLevel<QDialog>());

    QAction *keys = menuAction(window->menuBar(), u"Help"_s, u"Keyboard Shortcuts"_s);
    QVERIFY(keys);
    keys->trigger();
    QTRY_VERIFY((dialog = visibleTopLevel<QDialog>()));
    auto *table = dialog->findChild<QTreeWidget *>();
    QVERIFY(table);
    QStringList rows;
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        rows.append(table->topLevelItem(row)->text(0) + u" = "_s +
                    table->topLevelItem(row)->text(1));
    const QString listed = rows.join(u'\n');
    const QString expiry =
        window->myTokensPage()->setExpiryAction()->shortcut().toString(QKeySequence::NativeText);
    QVERIFY2(listed.contains(u"Set Expiry = "_s + expiry), qPrintable(listed));
    QVERIFY2(listed.contains(u"Generate = Ctrl+N"_s), qPrintable(listed));
    QVERIFY2(listed.contains(u"Copy Token = Ctrl+C"_s), qPrintable(listed));
    dialog->close();
}

void TestMainWindow::setExpiryHasAShortcut()
{
    // Issue 20.10: Set Expiry answers a key, like the other token actions.
    MainWindow *window = m_fixture->window();
    TokensPage *mine = window->myTokensPage();
    QVERIFY(!mine->setExpiryAction()->shortcut().isEmpty());
    window->showPage(MainWindow::Page::MyTokens);
    mine->view()->setCurrentIndex(mine->view()->model()->index(0, 0));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    mine->view()->setFocus();
    QTest::keySequence(mine->view(), mine->setExpiryAction()->shortcut());
    SetExpiryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<SetExpiryDialog>()));
    dialog->reject();
}

void TestMainWindow::expiryNoticeShowsFilter()
{
    MainWindow *window = m_fixture->window();
    TokensPage *mine = window->myTokensPage();
    const int attention = mine->expiringOrExpiredCount();
    QVERIFY2(attention > 0, "the demo data has expired and soon-expiring tokens");
    QVERIFY(window->expiryNotice()->isVisible());
    QVERIFY(window->expiryNotice()->text().contains(QString::number(attention)));
    auto *show = window->expiryNotice()->findChild<QPushButton *>();
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(mine->view()->model()->rowCount(), attention);
    QVERIFY(mine->countLabel()->text().contains(QString::number(attention)));
    mine->statusFilter()->setCurrentIndex(0);
    QCOMPARE(mine->view()->model()->rowCount(), mine->model()->rowCount());
}

void TestMainWindow::connectionsDialogTest()
{
    ConnectionsDialog dialog(m_fixture->profiles(), m_fixture->window());
    dialog.show();
    dialog.selectProfile(u"Sandbox"_s);
    QCOMPARE(dialog.nameField()->text(), u"Sandbox"_s);
    QVERIFY(dialog.testButton()->isEnabled());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult()->text().startsWith(u"Connected"_s), 15000);

    // A wrong secret is reported inline, in plain words.
    dialog.addNew();
    QTest::mouseClick(dialog.adminChoice(), Qt::LeftButton);
    QTest::keyClicks(dialog.nameField(), u"Wrong"_s);
    QTest::keyClicks(dialog.endpointField(), m_fixture->sandbox()->endpoint().toString());
    QTest::keyClicks(dialog.appIdField(), m_fixture->sandbox()->appId());
    QTest::keyClicks(dialog.secretField(), u"not-the-secret"_s);
    QVERIFY(dialog.testButton()->isEnabled());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.testResult()->text().isEmpty() &&
                                 dialog.testResult()->text() != tr("Connecting…"),
                             15000);
    QVERIFY(!dialog.testResult()->text().startsWith(u"Connected"_s));
    // It says what was refused, and where.
    const QString address = u"127.0.0.1:%1"_s.arg(m_fixture->sandbox()->endpoint().port());
    QVERIFY2(dialog.testResult()->text().contains(u"(401)"_s),
             qPrintable(dialog.testResult()->text()));
    QVERIFY2(dialog.testResult()->text().contains(address),
             qPrintable(dialog.testResult()->text()));

    // Plain HTTP to a remote host needs an explicit choice.
    dialog.endpointField()->setText(u"http://logto.example.net"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.formMessage()->text().isEmpty());
}

void TestMainWindow::testConnectionNamesCauseAndAddress()
{
    // A port that was free a moment ago and has nothing listening now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString address = u"127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();

    ConnectionsDialog dialog(m_fixture->profiles(), m_fixture->window());
    dialog.show();
    dialog.addNew();
    QTest::mouseClick(dialog.adminChoice(), Qt::LeftButton);
    QTest::keyClicks(dialog.nameField(), u"Refused"_s);
    QTest::keyClicks(dialog.endpointField(), u"http://"_s + address);
    QTest::keyClicks(dialog.appIdField(), m_fixture->sandbox()->appId());
    QTest::keyClicks(dialog.secretField(), m_fixture->sandbox()->appSecret());
    QVERIFY(dialog.testButton()->isEnabled());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.testResult()->text().isEmpty() &&
                                 dialog.testResult()->text() != tr("Connecting…"),
                             30000);
    const QString text = dialog.testResult()->text();
    QVERIFY2(text.contains(u"Connection refused"_s), qPrintable(text));
    QVERIFY2(text.contains(address), qPrintable(text));
}

void TestMainWindow::unreachableConnectionSaysConnectingNotConnected()
{
    MainWindow *window = m_fixture->window();
    // A second connection to a server that drops every connection.
    ConnectionProfile profile = m_fixture->profiles()->load(u"Sandbox"_s).value();
    profile.name = u"Unreachable"_s;
    bool saved = false;
    QObject context;
    m_fixture->profiles()->add(profile, SecretBytes::fromString(m_fixture->sandbox()->appSecret()),
                               &context, [&](SecretStore::Outcome o) { saved = o.ok(); });
    QTRY_VERIFY(saved);
    SandboxFault drop;
    drop.action = SandboxFault::Action::Reset;
    drop.times = 100000;
    m_fixture->sandbox()->addFault(drop);

    QSignalSpy opened(window, &MainWindow::sessionOpened);
    window->openProfile(u"Unreachable"_s);
    QVERIFY(opened.wait(20000));
    QCOMPARE(window->session()->profile().name, u"Unreachable"_s);
    QSignalSpy states(window->session()->keeper(), &ConnectionKeeper::stateChanged);
    // Nothing has answered: no green "Connected to …" over an empty table.
    const QString label = window->connectionStateLabel()->text();
    QVERIFY2(label.startsWith(u"Connecting to Unreachable"_s), qPrintable(label));
    QVERIFY(window->busyIndicator()->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(window->offlineBanner()->isVisible(), 60000);
    QCOMPARE(window->connectionStateLabel()->text(), u"Offline"_s);
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().first().value<ConnectionKeeper::State>(),
             ConnectionKeeper::State::Offline);
    // The page's own list may still be on its last retry when another read went offline.
    QTRY_VERIFY_WITH_TIMEOUT(!window->busyIndicator()->isVisible(), 40000);

    // Back to the working connection: "Connected" once it answered.
    m_fixture->sandbox()->clearFaults();
    window->openProfile(u"Sandbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->session() &&
                                 window->session()->profile().name == u"Sandbox"_s &&
                                 window->myTokensPage()->hasLoaded(),
                             30000);
    QCOMPARE(window->connectionStateLabel()->text(), u"Connected to Sandbox"_s);
    QVERIFY(!window->offlineBanner()->isVisible());
}

void TestMainWindow::offlineAndRecovery()
{
    MainWindow *window = m_fixture->window();
    TokensPage *mine = window->myTokensPage();
    const int rows = mine->model()->rowCount();
    QVERIFY(rows > 0);

    m_fixture->stopSandbox();
    window->refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->offlineBanner()->isVisible(), 60000);
    QVERIFY(window->isOffline());
    QVERIFY(window->offlineBanner()->text().contains(u"Offline"_s));
    // The last list stays on screen; server actions are off and say why.
    QCOMPARE(mine->model()->rowCount(), rows);
    QTRY_VERIFY(!mine->isBusy());
    QVERIFY(!mine->generateAction()->isEnabled());
    QVERIFY(mine->generateAction()->toolTip().contains(u"offline"_s, Qt::CaseInsensitive));

    QVERIFY(m_fixture->startSandbox());
    // F5 retries at once; the keeper's own retry would come only after 30 s. A shortcut reaches
    // the active window only.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->offlineBanner()->isVisible(), 15000);
    QVERIFY(!window->isOffline());
    QTRY_VERIFY(mine->generateAction()->isEnabled());
}

void TestMainWindow::offlineStartShowsSnapshot()
{
    // A successful load keeps a snapshot on disk.
    MainWindow *window = m_fixture->window();
    QSignalSpy loaded(window, &MainWindow::myTokensLoaded);
    const QDateTime before = QDateTime::currentDateTime();
    window->refreshAction()->trigger();
    QVERIFY(loaded.wait(20000));
    const QDateTime after = QDateTime::currentDateTime();
    QStringList names;
    for (const PersonalAccessToken &token : window->myTokensPage()->tokens())
        names.append(token.name);
    names.sort();
    QVERIFY(!names.isEmpty());

    // A fresh start while the server is down shows that snapshot, read-only.
    m_fixture->stopSandbox();
    QVERIFY(m_fixture->reopenWindow());
    window = m_fixture->window();
    QTRY_VERIFY_WITH_TIMEOUT(window->offlineBanner()->isVisible(), 60000);
    QVERIFY(window->isOffline());
    // The snapshot is read on a worker; the banner gets its time when it arrives.
    TokensPage *mine = window->myTokensPage();
    QTRY_COMPARE(mine->model()->rowCount(), names.size());
    const QString banner = window->offlineBanner()->text();
    QVERIFY2(banner.contains(u"Offline — showing tokens as of"_s), qPrintable(banner));
    QVERIFY2(banner.contains(QLocale().toString(before, QLocale::ShortFormat)) ||
                 banner.contains(QLocale().toString(after, QLocale::ShortFormat)),
             qPrintable(banner));
    QStringList shown;
    for (const PersonalAccessToken &token : mine->tokens())
        shown.append(token.name);
    shown.sort();
    QCOMPARE(shown, names);
    QCOMPARE(mine->model()->rowCount(), names.size());
    QTRY_VERIFY(!mine->isBusy());
    // A retry that fails again keeps the snapshot's time in the banner.
    QSignalSpy failed(mine, &TokensPage::loadFailed);
    window->refreshAction()->trigger();
    QVERIFY(failed.wait(30000));
    QCOMPARE(window->offlineBanner()->text(), banner);

    QVERIFY(!mine->generateAction()->isEnabled());
    mine->view()->selectAll();
    QVERIFY(!mine->revokeAction()->isEnabled());
    QVERIFY(!mine->renameAction()->isEnabled());
    QVERIFY(!mine->setExpiryAction()->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
