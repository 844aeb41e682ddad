// Tests where-used in the window: the "Scan this computer" page lists the tokens planted in
// a fixture home folder by file, line:column and name, with no value in any cell, tooltip
// or copied cell; Cancel ends a scan; the places are kept in the settings; the revoke and
// set-expiry confirmations and the Where Used action name the files the last scan found.
#include "model/items/scanresultmodel.h"
#include "model/items/tokenlistmodel.h"
#include "model/operations/tokenservice.h"
#include "model/scan/whereusedindex.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "tests/support/uitestfixture.h"
#include "tests/support/visibletoplevel.h"
#include "translations/translationloader.h"
#include "ui/mainwindow.h"
#include "ui/scanpage.h"
#include "ui/scanplaceseditor.h"
#include "ui/setexpirydialog.h"
#include "ui/settingsdialog.h"
#include "ui/tokenspage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::visibleTopLevel;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Every text a cell offers a person or a tool.
const QList<int> kTextRoles = {Qt::DisplayRole,
                               Qt::ToolTipRole,
                               Qt::StatusTipRole,
                               Qt::WhatsThisRole,
                               Qt::EditRole,
                               Qt::AccessibleTextRole,
                               Qt::AccessibleDescriptionRole,
                               ScanResultModel::SortRole};

// An unknown GitHub token, of the shape the inspector knows (tests/model/scanfixture.cpp).
const QByteArray kGitHub = "ghp_" + QByteArray(36, 'G');

} // namespace

class TestWhereUsed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scanListsFindingsWithoutValues();
    void cancelEndsTheScan();
    void placesAreKeptInTheSettings();
    void revokeConfirmationNamesTheFiles();
    void whereUsedColumnNamesTheFiles();
    void settingsEditThePlaces();
    void setExpiryDialogNamesTheFiles();
    void whereUsedActionListsTheFiles();
    void scanAgainFromWhereUsedScans();
    void aRevokedTokenIsFoundAsRevoked();

private:
    QByteArray generate(const QString &name);
    bool scan();
    void selectToken(const QString &name);

    std::unique_ptr<UiTestFixture> m_fixture;
    MainWindow *m_window = nullptr;
    QString m_home;
    QByteArray m_deploy; // planted in ~/.npmrc (line 3) and ~/proj/.env (line 7)
    QByteArray m_clean;  // in no file
};

void TestWhereUsed::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English plural forms ("2 files"), as the app installs them.
    QCOMPARE(TranslationLoader::install(*qApp, u"en"_s), u"en"_s);
    m_fixture = std::make_unique<UiTestFixture>(u"tst_whereused"_s);
    QVERIFY(m_fixture->startSandbox());
    QVERIFY(m_fixture->openWindow());
    m_window = m_fixture->window();
    QVERIFY(m_window->scanPage());

    m_deploy = generate(u"deploy"_s);
    QVERIFY(m_deploy.startsWith("pat_"));
    m_clean = generate(u"clean"_s);
    QVERIFY(m_clean.startsWith("pat_"));

    m_home = m_fixture->path(u"home"_s);
    QVERIFY(writeFile(m_home + u"/.npmrc"_s,
                      "# npm\n\n//registry.example/:_authToken=" + m_deploy + "\n"));
    QVERIFY(writeFile(m_home + u"/proj/.env"_s,
                      "A=1\nB=2\nC=3\nD=4\nE=5\nF=6\nAPI_TOKEN=" + m_deploy + " # deploy\n"));
    QVERIFY(writeFile(m_home + u"/proj/config/github.env"_s, "GH=" + kGitHub + "\n"));
    m_window->whereUsed()->setHome(m_home);
    m_fixture->appSettings()->setScanPlaces({u"~/.npmrc"_s, u"~/proj"_s, u"~/.bashrc"_s});
}

void TestWhereUsed::cleanupTestCase()
{
    m_fixture.reset();
}

// Generates a token through the session, as the window's Generate does, and shows it.
QByteArray TestWhereUsed::generate(const QString &name)
{
    TokensPage *page = m_window->myTokensPage();
    std::optional<TokenResult<IssuedToken>> issued;
    QObject context;
    m_window->session()->tokens()->generate(
        page->userId(), name, ExpirySpec::inDays(30), &context,
        [&issued](TokenResult<IssuedToken> result) { issued = std::move(result); });
    if (!QTest::qWaitFor([&issued] { return issued.has_value(); }, 20000) || !*issued)
        return {};
    QSignalSpy loaded(page, &TokensPage::loaded);
    page->reload();
    if (!loaded.wait(20000))
        return {};
    return issued->value().value.bytes();
}

bool TestWhereUsed::scan()
{
    m_window->showPage(MainWindow::Page::Scan);
    ScanPage *page = m_window->scanPage();
    QSignalSpy finished(m_window->whereUsed(), &WhereUsedIndex::finished);
    QTest::mouseClick(page->scanButton(), Qt::LeftButton);
    return finished.wait(60000) && !finished.first().first().value<ScanReport>().cancelled;
}

void TestWhereUsed::selectToken(const QString &name)
{
    m_window->showPage(MainWindow::Page::MyTokens);
    QTreeView *view = m_window->myTokensPage()->view();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(TokenListModel::NameRole).toString() == name) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL(qPrintable(u"no row named %1"_s.arg(name)));
}

void TestWhereUsed::scanListsFindingsWithoutValues()
{
    QVERIFY(scan());
    ScanPage *page = m_window->scanPage();
    QAbstractItemModel *shown = page->view()->model();
    QCOMPARE(shown->rowCount(), 3);

    // What each row says, in the order the page sorts them (by file).
    QStringList rows;
    for (int row = 0; row < shown->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < shown->columnCount(); ++column)
            cells.append(shown->index(row, column).data().toString());
        rows.append(cells.join(u" | "_s));
    }
    // "//registry.example/:_authToken=" is 31 characters; "API_TOKEN=" 10.
    QCOMPARE(rows.at(0), u"~/.npmrc | 3:32 | \"deploy\" on Sandbox | Active"_s);
    QVERIFY2(rows.at(1).startsWith(u"~/proj/.env | 7:11 | \"deploy\" on Sandbox"_s),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).startsWith(u"~/proj/config/github.env | 1:4 | an unknown "_s) &&
                 rows.at(2).endsWith(u"| Unknown token"_s),
             qPrintable(rows.at(2)));

    // No value anywhere: not in a cell, a tooltip, the headers or the page's words.
    const QList<QByteArray> secrets = {m_deploy, m_deploy.mid(4), kGitHub, kGitHub.mid(4)};
    auto verifyClean = [&secrets](const QString &text, const char *where) {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), where);
    };
    for (int row = 0; row < shown->rowCount(); ++row) {
        for (int column = 0; column < shown->columnCount(); ++column) {
            for (int role : kTextRoles)
                verifyClean(shown->index(row, column).data(role).toString(), "a cell");
        }
    }
    for (int column = 0; column < shown->columnCount(); ++column) {
        for (int role : kTextRoles)
            verifyClean(shown->headerData(column, Qt::Horizontal, role).toString(), "a header");
    }
    for (QLabel *label : page->findChildren<QLabel *>()) {
        verifyClean(label->text(), "a label");
        verifyClean(label->toolTip(), "a label's tooltip");
    }

    // Ctrl+C on every cell copies what the cell shows, never a value.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    page->view()->setFocus();
    for (int row = 0; row < shown->rowCount(); ++row) {
        for (int column = 0; column < shown->columnCount(); ++column) {
            const QModelIndex index = shown->index(row, column);
            page->view()->setCurrentIndex(index);
            QGuiApplication::clipboard()->clear();
            QTest::keySequence(page->view(), QKeySequence::Copy);
            QTRY_COMPARE(QGuiApplication::clipboard()->text(), index.data().toString());
            verifyClean(QGuiApplication::clipboard()->text(), "the clipboard");
        }
    }
    QVERIFY2(page->statusLabel()->text().contains(u"3 copies found."_s),
             qPrintable(page->statusLabel()->text()));
}

void TestWhereUsed::cancelEndsTheScan()
{
    m_window->showPage(MainWindow::Page::Scan);
    ScanPage *page = m_window->scanPage();
    QSignalSpy finished(m_window->whereUsed(), &WhereUsedIndex::finished);
    QTest::mouseClick(page->scanButton(), Qt::LeftButton);
    QVERIFY(page->cancelButton()->isEnabled());
    QVERIFY(!page->scanButton()->isEnabled());
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    // A scan still gathering what it looks for ends at once, one still reading soon after.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.first().first().value<ScanReport>().cancelled);
    QVERIFY2(page->statusLabel()->text().contains(u"cancelled"_s),
             qPrintable(page->statusLabel()->text()));
    QVERIFY(page->scanButton()->isEnabled());
    QVERIFY(!page->cancelButton()->isEnabled());
}

void TestWhereUsed::placesAreKeptInTheSettings()
{
    ScanPlacesEditor *editor = m_window->scanPage()->placesEditor();
    QCOMPARE(editor->places(), (QStringList{u"~/.npmrc"_s, u"~/proj"_s, u"~/.bashrc"_s}));
    QListWidget *list = editor->list();
    list->setCurrentRow(2, QItemSelectionModel::ClearAndSelect);
    QVERIFY(editor->removeButton()->isEnabled());
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    QCOMPARE(m_fixture->appSettings()->scanPlaces(), (QStringList{u"~/.npmrc"_s, u"~/proj"_s}));
    editor->addPlace(QDir::homePath() + u"/work/site"_s);
    QCOMPARE(m_fixture->appSettings()->scanPlaces(),
             (QStringList{u"~/.npmrc"_s, u"~/proj"_s, u"~/work/site"_s}));
    // Restore Defaults brings the credential files back and keeps the folders added.
    QTest::mouseClick(editor->defaultsButton(), Qt::LeftButton);
    const QStringList restored = m_fixture->appSettings()->scanPlaces();
    QVERIFY(restored.contains(u"~/.git-credentials"_s));
    QVERIFY(restored.contains(u"~/proj"_s) && restored.contains(u"~/work/site"_s));
    m_fixture->appSettings()->setScanPlaces({u"~/.npmrc"_s, u"~/proj"_s});
    QCOMPARE(editor->places(), (QStringList{u"~/.npmrc"_s, u"~/proj"_s}));
}

void TestWhereUsed::revokeConfirmationNamesTheFiles()
{
    QVERIFY(scan());
    TokensPage *page = m_window->myTokensPage();

    selectToken(u"deploy"_s);
    QVERIFY(page->revokeAction()->isEnabled());
    page->revokeSelected();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>()));
    const QString said = box->text() + u'\n' + box->informativeText();
    QVERIFY2(said.contains(u"still in 2 files: ~/.npmrc:3, ~/proj/.env:7"_s), qPrintable(said));
    QVERIFY2(said.contains(u"revoke anyway?"_s), qPrintable(said));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleTopLevel<QMessageBox>());

    // A token in no file gets the confirmation without the warning.
    selectToken(u"clean"_s);
    page->revokeSelected();
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>()));
    const QString plain = box->text() + u'\n' + box->informativeText();
    QVERIFY2(!plain.contains(u"still in"_s), qPrintable(plain));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleTopLevel<QMessageBox>());
}

void TestWhereUsed::whereUsedColumnNamesTheFiles()
{
    // After revokeConfirmationNamesTheFiles' scan.
    m_window->showPage(MainWindow::Page::MyTokens);
    QTreeView *view = m_window->myTokensPage()->view();
    // Hidden at first (it says something only after a scan); the header's menu shows it.
    QVERIFY(view->isColumnHidden(TokenListModel::WhereUsedColumn));
    view->setColumnHidden(TokenListModel::WhereUsedColumn, false);
    QModelIndex deploy;
    QModelIndex clean;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, TokenListModel::WhereUsedColumn);
        const QString name = index.data(TokenListModel::NameRole).toString();
        if (name == u"deploy"_s)
            deploy = index;
        else if (name == u"clean"_s)
            clean = index;
    }
    QVERIFY(deploy.isValid() && clean.isValid());
    QCOMPARE(deploy.data().toString(), u"~/.npmrc:3 and 1 more"_s);
    const QString tip = deploy.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"~/.npmrc:3"_s) && tip.contains(u"~/proj/.env:7"_s), qPrintable(tip));
    QVERIFY(!tip.contains(QString::fromLatin1(m_deploy)));
    QVERIFY(clean.data().toString().isEmpty());
    view->setColumnHidden(TokenListModel::WhereUsedColumn, true);
}

// The same list in Settings: kept on OK (and the Scan page follows), not on Cancel.
void TestWhereUsed::settingsEditThePlaces()
{
    const QStringList before = m_fixture->appSettings()->scanPlaces();
    QVERIFY(before.size() >= 2);
    for (const bool keep : {false, true}) {
        m_window->editSettings();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<SettingsDialog>()));
        ScanPlacesEditor *editor = dialog->scanPlacesEditor();
        QCOMPARE(editor->places(), before);
        editor->list()->setCurrentRow(0, QItemSelectionModel::ClearAndSelect);
        QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
        QCOMPARE(editor->places(), before.mid(1));
        // Nothing is kept before OK.
        QCOMPARE(m_fixture->appSettings()->scanPlaces(), before);
        if (keep)
            dialog->accept();
        else
            dialog->reject();
        QTRY_VERIFY(!visibleTopLevel<SettingsDialog>());
    }
    QCOMPARE(m_fixture->appSettings()->scanPlaces(), before.mid(1));
    QCOMPARE(m_window->scanPage()->placesEditor()->places(), before.mid(1));
    m_fixture->appSettings()->setScanPlaces(before);
}

void TestWhereUsed::setExpiryDialogNamesTheFiles()
{
    TokensPage *page = m_window->myTokensPage();
    selectToken(u"deploy"_s);
    page->setExpiryOfSelected();
    SetExpiryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<SetExpiryDialog>()));
    QVERIFY(dialog->warningLabel()->isVisible());
    const QString said = dialog->warningLabel()->text();
    QVERIFY2(said.contains(u"still in 2 files: ~/.npmrc:3, ~/proj/.env:7"_s), qPrintable(said));
    dialog->reject();
    QTRY_VERIFY(!visibleTopLevel<SetExpiryDialog>());

    selectToken(u"clean"_s);
    page->setExpiryOfSelected();
    QTRY_VERIFY((dialog = visibleTopLevel<SetExpiryDialog>()));
    QVERIFY(!dialog->warningLabel()->isVisible());
    dialog->reject();
    QTRY_VERIFY(!visibleTopLevel<SetExpiryDialog>());
}

void TestWhereUsed::whereUsedActionListsTheFiles()
{
    TokensPage *page = m_window->myTokensPage();
    selectToken(u"deploy"_s);
    QVERIFY(page->whereUsedAction()->isEnabled());
    page->whereUsedAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>()));
    const QString said = box->text() + u'\n' + box->informativeText();
    QVERIFY2(said.contains(u"~/.npmrc:3"_s) && said.contains(u"~/proj/.env:7"_s), qPrintable(said));
    QVERIFY(!said.contains(QString::fromLatin1(m_deploy)));
    box->button(QMessageBox::Close)->click();
    QTRY_VERIFY(!visibleTopLevel<QMessageBox>());
}

void TestWhereUsed::scanAgainFromWhereUsedScans()
{
    TokensPage *page = m_window->myTokensPage();
    selectToken(u"deploy"_s);
    page->whereUsedAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>()));
    QAbstractButton *again = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::ActionRole)
            again = button;
    }
    QVERIFY(again);
    QSignalSpy started(m_window->whereUsed(), &WhereUsedIndex::started);
    QSignalSpy finished(m_window->whereUsed(), &WhereUsedIndex::finished);
    again->click();
    QCOMPARE(started.size(), 1);
    QCOMPARE(m_window->sideBar()->currentRow(), int(MainWindow::Page::Scan));
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(!visibleTopLevel<QMessageBox>());
}

void TestWhereUsed::aRevokedTokenIsFoundAsRevoked()
{
    // Revoked in the window: the app notes it, so a copy left in a file is named.
    TokensPage *page = m_window->myTokensPage();
    selectToken(u"deploy"_s);
    QSignalSpy loaded(page, &TokensPage::loaded);
    page->revokeSelected();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>()));
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY(page->model()->rowCount() > 0);
    for (const PersonalAccessToken &token : page->tokens())
        QVERIFY(token.name != u"deploy"_s);

    QVERIFY(scan());
    QAbstractItemModel *shown = m_window->scanPage()->view()->model();
    QCOMPARE(shown->rowCount(), 3);
    const QModelIndex first = shown->index(0, ScanResultModel::StateColumn);
    QCOMPARE(shown->index(0, ScanResultModel::FileColumn).data().toString(), u"~/.npmrc"_s);
    QCOMPARE(shown->index(0, ScanResultModel::TokenColumn).data().toString(),
             u"\"deploy\" on Sandbox"_s);
    QCOMPARE(first.data().toString(), u"Revoked"_s);
    QVERIFY(first.data(ScanResultModel::DeadRole).toBool());
    QVERIFY(m_window->scanPage()->findChild<QLabel *>(u"deadTokensWarning"_s)->isVisible());
}

QTEST_MAIN(TestWhereUsed)
#include "tst_whereused.moc"
