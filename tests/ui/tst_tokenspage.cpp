// Tests TokensPage driven like a user on a real window: generate → reveal →
// copy → cleared clipboard → cached; inline rename; set expiry; revoke one and many.
#include "model/items/tokenlistmodel.h"
#include "tests/support/uitestfixture.h"
#include "ui/clipboardguard.h"
#include "ui/generatetokendialog.h"
#include "ui/mainwindow.h"
#include "ui/revealtokendialog.h"
#include "ui/setexpirydialog.h"
#include "ui/tokenspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

template<typename T> T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

// Finds the revoke confirmation once it opens and presses its destructive button.
void acceptRevokeConfirmationSoon(bool *seen, QString *text)
{
    QTimer::singleShot(50, [seen, text] {
        auto *box = visibleTopLevel<QMessageBox>();
        if (!box) {
            acceptRevokeConfirmationSoon(seen, text);
            return;
        }
        *seen = true;
        *text = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
}

} // namespace

class TestTokensPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void generateRevealCopyAndCache();
    void nameValidation();
    void inlineRename();
    void setExpiryRotatesValue();
    void revokeOne();
    void revokeMany();

private:
    // Dialogs closing leave no active window on the offscreen platform: make the
    // main window active again and put the focus in the table, as a user would.
    void focusTable();
    int rowOf(const QString &name) const;
    void selectRows(const QStringList &names);
    QString generate(const QString &name);

    std::unique_ptr<UiTestFixture> m_fixture;
    TokensPage *m_page = nullptr;
    QString m_lastValue;
};

void TestTokensPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<UiTestFixture>(u"tst_tokenspage"_s);
    QVERIFY(m_fixture->startSandbox());
    QVERIFY(m_fixture->openWindow());
    m_page = m_fixture->window()->myTokensPage();
    QVERIFY(m_page->model()->rowCount() > 0);
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture->window()));
}

void TestTokensPage::cleanupTestCase()
{
    m_fixture.reset();
}

void TestTokensPage::focusTable()
{
    m_fixture->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_fixture->window()));
    m_page->view()->setFocus();
}

int TestTokensPage::rowOf(const QString &name) const
{
    const QList<PersonalAccessToken> &tokens = m_page->model()->tokens();
    for (int row = 0; row < tokens.size(); ++row) {
        if (tokens.at(row).name == name)
            return row;
    }
    return -1;
}

void TestTokensPage::selectRows(const QStringList &names)
{
    QTreeView *view = m_page->view();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (names.contains(index.data(TokenListModel::NameRole).toString())) {
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }
    focusTable();
}

// Generates a token through the dialog like a user would and returns its value.
QString TestTokensPage::generate(const QString &name)
{
    focusTable();
    QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier);
    GenerateTokenDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&dialog] { return (dialog = visibleTopLevel<GenerateTokenDialog>()); },
                         5000))
        return {};
    QTest::keyClicks(dialog->nameField(), name);
    if (!dialog->generateButton()->isEnabled())
        return {};
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    RevealTokenDialog *reveal = nullptr;
    if (!QTest::qWaitFor([&reveal] { return (reveal = visibleTopLevel<RevealTokenDialog>()); },
                         15000))
        return {};
    const QString value = reveal->valueField()->text();
    QTest::mouseClick(reveal->copyButton(), Qt::LeftButton);
    reveal->accept();
    if (!QTest::qWaitFor([name, this] { return rowOf(name) >= 0; }, 10000))
        return {};
    return value;
}

void TestTokensPage::generateRevealCopyAndCache()
{
    QSignalSpy cleared(m_fixture->window()->clipboardGuard(), &ClipboardGuard::finished);
    const QString value = generate(u"ci deploy"_s);
    QVERIFY2(value.startsWith(u"pat_"_s), qPrintable(value));
    QCOMPARE(value.size(), 36);
    // The copy is on the clipboard, with the concealment hint, then cleared.
    QCOMPARE(QGuiApplication::clipboard()->text(), value);
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
             "secret"_ba);
    QVERIFY(cleared.wait(5000));
    QCOMPARE(cleared.first().first().toBool(), true);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    // The reveal dialog wiped its field when it closed.
    QVERIFY(!visibleTopLevel<RevealTokenDialog>());

    const int row = rowOf(u"ci deploy"_s);
    QVERIFY(row >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()
                                 ->index(row, TokenListModel::CachedColumn)
                                 .data(TokenListModel::CachedRole)
                                 .toBool(),
                             10000);
    m_lastValue = value;

    // Copy token (Ctrl+C) fetches the cached value from the keychain.
    selectRows({u"ci deploy"_s});
    QVERIFY(m_page->copyAction()->isEnabled());
    QTest::keyClick(m_page->view(), Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), value, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 6000);
}

void TestTokensPage::nameValidation()
{
    focusTable();
    QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier);
    GenerateTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<GenerateTokenDialog>()));
    QVERIFY(!dialog->generateButton()->isEnabled()); // empty

    QTest::keyClicks(dialog->nameField(), u"ci deploy"_s);
    QVERIFY(!dialog->generateButton()->isEnabled()); // taken
    QVERIFY2(!dialog->validationText().isEmpty(), "says why");

    dialog->nameField()->setText(QString(257, u'x'));
    QVERIFY(!dialog->generateButton()->isEnabled()); // too long
    const QString tooLong = dialog->validationText();
    QVERIFY(!tooLong.isEmpty());

    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), u"fresh name"_s);
    QVERIFY(dialog->generateButton()->isEnabled());
    dialog->reject();
}

void TestTokensPage::inlineRename()
{
    QVERIFY(rowOf(u"ci deploy"_s) >= 0);
    selectRows({u"ci deploy"_s});
    QTest::keyClick(m_page->view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"ci deploy (old runner)"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"ci deploy (old runner)"_s) >= 0, 10000);
    QCOMPARE(rowOf(u"ci deploy"_s), -1);
    // The cached value followed the token to its new name.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()
                                 ->index(rowOf(u"ci deploy (old runner)"_s), 0)
                                 .data(TokenListModel::CachedRole)
                                 .toBool(),
                             10000);
}

void TestTokensPage::setExpiryRotatesValue()
{
    const QString name = u"ci deploy (old runner)"_s;
    const int before = rowOf(name);
    QVERIFY(before >= 0);
    const QByteArray oldFingerprint = m_page->model()->tokens().at(before).fingerprint;
    selectRows({name});
    QVERIFY(m_page->setExpiryAction()->isEnabled());
    m_page->setExpiryAction()->trigger();
    SetExpiryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<SetExpiryDialog>()));
    QComboBox *preset = dialog->findChild<QComboBox *>();
    QVERIFY(preset);
    preset->setCurrentIndex(preset->findData(7));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

    RevealTokenDialog *reveal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reveal = visibleTopLevel<RevealTokenDialog>()), 20000);
    const QString newValue = reveal->valueField()->text();
    QVERIFY(newValue.startsWith(u"pat_"_s));
    QVERIFY(newValue != m_lastValue);
    QTest::mouseClick(reveal->copyButton(), Qt::LeftButton);
    reveal->accept();
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf(name) >= 0 && m_page->model()->tokens().at(rowOf(name)).fingerprint != oldFingerprint,
        10000);
    const PersonalAccessToken rotated = m_page->model()->tokens().at(rowOf(name));
    QVERIFY(rotated.expiresAt);
    QVERIFY(*rotated.expiresAt <= QDateTime::currentDateTimeUtc().addDays(8));
    for (const PersonalAccessToken &token : m_page->model()->tokens())
        QVERIFY(token.fingerprint != oldFingerprint);
}

void TestTokensPage::revokeOne()
{
    const QString name = u"ci deploy (old runner)"_s;
    const int count = m_page->model()->rowCount();
    selectRows({name});
    bool seen = false;
    QString text;
    acceptRevokeConfirmationSoon(&seen, &text);
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QTRY_VERIFY(seen);
    QVERIFY2(text.contains(name), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(name), -1, 10000);
    QCOMPARE(m_page->model()->rowCount(), count - 1);
}

void TestTokensPage::revokeMany()
{
    QVERIFY(!generate(u"batch one"_s).isEmpty());
    QVERIFY(!generate(u"batch two"_s).isEmpty());
    const int count = m_page->model()->rowCount();
    selectRows({u"batch one"_s, u"batch two"_s});
    QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 2);
    bool seen = false;
    QString text;
    acceptRevokeConfirmationSoon(&seen, &text);
    m_page->revokeAction()->trigger();
    QTRY_VERIFY(seen);
    QVERIFY(text.contains(u"batch one"_s) && text.contains(u"batch two"_s));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"batch one"_s) < 0 && rowOf(u"batch two"_s) < 0, 10000);
    QCOMPARE(m_page->model()->rowCount(), count - 2);
}

QTEST_MAIN(TestTokensPage)
#include "tst_tokenspage.moc"
