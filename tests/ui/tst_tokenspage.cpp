// Tests TokensPage driven like a user on a real window: generate → reveal →
// copy → cleared clipboard → cached; inline rename (only on purpose, kept open
// when refused); set expiry; revoke one and many, and what stays selected; the
// generate dialog's name and date entry; what the status bar and the message
// above the table say.
#include "app/sandbox/sandboxserver.h"
#include "model/items/tokenlistmodel.h"
#include "model/offline/tokennotes.h"
#include "model/session/session.h"
#include "net/logtoclient.h"
#include "tests/support/await.h"
#include "tests/support/uitestfixture.h"
#include "tests/support/visibletoplevel.h"
#include "ui/clipboardguard.h"
#include "ui/expirychooser.h"
#include "ui/generatetokendialog.h"
#include "ui/mainwindow.h"
#include "ui/revealtokendialog.h"
#include "ui/setexpirydialog.h"
#include "ui/tokennotedialog.h"
#include "ui/tokenspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::visibleTopLevel;

namespace {

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

struct Confirmation
{
    bool seen = false;
    QString title;
    QString text;
    QString informative;
};

// Reads the revoke confirmation once it opens, then cancels it.
void readRevokeConfirmationSoon(Confirmation *read)
{
    QTimer::singleShot(50, [read] {
        auto *box = visibleTopLevel<QMessageBox>();
        if (!box) {
            readRevokeConfirmationSoon(read);
            return;
        }
        read->title = box->windowTitle();
        read->text = box->text();
        read->informative = box->informativeText();
        read->seen = true;
        box->reject();
    });
}

// The inline rename editor, when one is open.
QLineEdit *openEditor(QTreeView *view)
{
    for (QLineEdit *line : view->viewport()->findChildren<QLineEdit *>()) {
        if (line->isVisible())
            return line;
    }
    return nullptr;
}

} // namespace

class TestTokensPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void generateRevealCopyAndCache();
    void generatedTokenIsSelectedWithRoundedExpiry();
    void secondClickDoesNotStartRename();
    void openEditorNeverSuggestsATokenWasCopied();
    void copyWithoutCachedValueSaysWhy();
    void renameToTakenNameKeepsTheEditor();
    void nameValidation();
    void nameAtTheLimitIsRefusedWithACounter();
    void nameMessagesDoNotMoveTheExpiryBox();
    void pastDateSaysWhyItIsRefused();
    void inlineRename();
    void setExpiryRotatesValue();
    void setExpiryKeepsOldValueWorking();
    void revokeConfirmationWording();
    void errorGoesAwayWhenTheNextActionStarts();
    void revokeSelectsTheNextRow();
    void actionsFollowTheSelection();
    void noteIsEditedShownAndFound();
    void revokeOne();
    void revokeMany();
    void revokeManyReportsEachFailure();
    void setExpiryOfSeveralReportsEachFailure();

private:
    // Dialogs closing leave no active window on the offscreen platform: make the
    // main window active again and put the focus in the table, as a user would.
    void focusTable();
    int rowOf(const QString &name) const;
    void selectRows(const QStringList &names);
    QString generate(const QString &name);
    QStringList selectedNames() const;
    GenerateTokenDialog *openGenerateDialog();

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

QStringList TestTokensPage::selectedNames() const
{
    QStringList names;
    for (const QModelIndex &index : m_page->view()->selectionModel()->selectedRows())
        names.append(index.data(TokenListModel::NameRole).toString());
    return names;
}

GenerateTokenDialog *TestTokensPage::openGenerateDialog()
{
    focusTable();
    QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier);
    GenerateTokenDialog *dialog = nullptr;
    // The caller checks for nullptr: a dialog that never opened.
    if (!QTest::qWaitFor([&dialog] { return (dialog = visibleTopLevel<GenerateTokenDialog>()); },
                         5000))
        return nullptr;
    return dialog;
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

void TestTokensPage::generatedTokenIsSelectedWithRoundedExpiry()
{
    // Issue 20.10: the new token is the selected row once the list shows it.
    QTRY_COMPARE(selectedNames(), QStringList{u"ci deploy"_s});
    // A 30-day token made a moment ago expires "in 30 days", not "in 29 days".
    const QModelIndex expires =
        m_page->model()->index(rowOf(u"ci deploy"_s), TokenListModel::ExpiresColumn);
    QVERIFY2(expires.data().toString().startsWith(u"in 30 day"_s),
             qPrintable(expires.data().toString()));
}

void TestTokensPage::secondClickDoesNotStartRename()
{
    // Issue 20.1: a click on the row that is already selected selects it, nothing more.
    selectRows({u"ci deploy"_s});
    QTreeView *view = m_page->view();
    const QModelIndex name = view->selectionModel()->selectedRows().value(0);
    QVERIFY(name.isValid());
    const QPoint where = view->visualRect(name).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, where);
    // The view would open its editor once the double-click interval has passed; this
    // timer, started after the click with that interval, fires after that moment.
    QTimer passed;
    passed.setSingleShot(true);
    QSignalSpy done(&passed, &QTimer::timeout);
    passed.start(QApplication::doubleClickInterval() + 100);
    QVERIFY(done.wait(5000));
    QVERIFY(!openEditor(view));
    QCOMPARE(selectedNames(), QStringList{u"ci deploy"_s});

    // A double-click renames on purpose.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, where);
    QTRY_VERIFY(openEditor(view));
    QTest::keyClick(openEditor(view), Qt::Key_Escape);
    QTRY_VERIFY(!openEditor(view));
}

void TestTokensPage::openEditorNeverSuggestsATokenWasCopied()
{
    MainWindow *window = m_fixture->window();
    ClipboardGuard *guard = window->clipboardGuard();
    // Kept until quit, the copy's notice has no countdown that would end by itself.
    guard->setClearAfterSeconds(0);
    selectRows({u"ci deploy"_s});
    QTest::keyClick(m_page->view(), Qt::Key_C, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"ci deploy"_s), 10000);
    QTRY_VERIFY(window->clipboardStateLabel()->isVisible());

    QTest::keyClick(m_page->view(), Qt::Key_F2);
    QLineEdit *editor = openEditor(m_page->view());
    QVERIFY(editor);
    // While the name is edited, the status bar says so (and no longer "Copied …").
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"Renaming"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"Copied"_s), qPrintable(message));
    // Ctrl+C in the editor copies the name: the token is no longer on the clipboard,
    // and the status bar stops saying it is.
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"ci deploy"_s);
    QTRY_VERIFY(!window->clipboardStateLabel()->isVisible());
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!openEditor(m_page->view()));
    guard->setClearAfterSeconds(2);
}

void TestTokensPage::copyWithoutCachedValueSaysWhy()
{
    // Issue 20.10: the demo's tokens were made elsewhere; Ctrl+C says why nothing happens.
    selectRows({u"Terraform"_s});
    QVERIFY(!m_page->copyAction()->isEnabled());
    m_fixture->window()->statusBar()->clearMessage();
    QTest::keyClick(m_page->view(), Qt::Key_C, Qt::ControlModifier);
    const QString message = m_fixture->window()->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"Terraform"_s) && message.contains(u"keychain"_s),
             qPrintable(message));
}

void TestTokensPage::renameToTakenNameKeepsTheEditor()
{
    // Issue 20.3: a refused name stays in the editor, and the reason shows beside it.
    selectRows({u"Terraform"_s});
    QTest::keyClick(m_page->view(), Qt::Key_F2);
    QLineEdit *editor = openEditor(m_page->view());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Slack bot"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(openEditor(m_page->view()), editor);
    QCOMPARE(editor->text(), u"Slack bot"_s);
    QPointer<QLabel> why = m_page->view()->viewport()->findChild<QLabel *>(u"renameProblem"_s);
    QVERIFY(why);
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(u"already"_s), qPrintable(why->text()));
    // Its top is the editor's bottom: it is read where the name is typed.
    QCOMPARE(why->geometry().top(), editor->geometry().bottom() + 1);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!openEditor(m_page->view()));
    QTRY_VERIFY(!why || !why->isVisible());
    QVERIFY(rowOf(u"Terraform"_s) >= 0);
}

void TestTokensPage::nameValidation()
{
    GenerateTokenDialog *dialog = openGenerateDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->generateButton()->isEnabled()); // empty

    QTest::keyClicks(dialog->nameField(), u"ci deploy"_s);
    QVERIFY(!dialog->generateButton()->isEnabled()); // taken
    // Issue 20.8: on My Tokens the duplicate is "yours".
    QVERIFY2(dialog->validationText().startsWith(u"You already have"_s),
             qPrintable(dialog->validationText()));

    // Issue 20.9: spaces around a name do not make it another name.
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), u" Laptop CLI "_s);
    QVERIFY(!dialog->generateButton()->isEnabled());
    QVERIFY2(dialog->validationText().startsWith(u"You already have"_s),
             qPrintable(dialog->validationText()));

    // A name that differs only in case may be meant: allowed, with a warning.
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), u"laptop cli"_s);
    QVERIFY(dialog->generateButton()->isEnabled());
    QVERIFY2(dialog->validationText().contains(u"Laptop CLI"_s) &&
                 dialog->validationText().contains(u"case"_s),
             qPrintable(dialog->validationText()));

    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), u"fresh name"_s);
    QVERIFY(dialog->generateButton()->isEnabled());
    dialog->reject();
}

void TestTokensPage::nameAtTheLimitIsRefusedWithACounter()
{
    // Issue 20.9: typing (or pasting) past the server's 256 characters stops at 256, and
    // a counter says why; nothing is cut silently to 257 and then called too long.
    GenerateTokenDialog *dialog = openGenerateDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameField(), u"short"_s);
    QCOMPARE(dialog->counterLabel()->text(), u"5/256"_s);
    dialog->nameField()->selectAll();
    QApplication::clipboard()->setText(QString(300, u'x'));
    QTest::keyClick(dialog->nameField(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(dialog->name().size(), 256);
    QVERIFY(dialog->generateButton()->isEnabled());
    QCOMPARE(dialog->counterLabel()->text(), u"256/256"_s);
    QVERIFY2(dialog->validationText().contains(u"256"_s), qPrintable(dialog->validationText()));
    QTest::keyClicks(dialog->nameField(), u"yz"_s);
    QCOMPARE(dialog->name().size(), 256);
    dialog->reject();
}

void TestTokensPage::nameMessagesDoNotMoveTheExpiryBox()
{
    // Issue 20.9: the hint, warning and error lines under the name never push the
    // Expires box away from under the pointer.
    GenerateTokenDialog *dialog = openGenerateDialog();
    QVERIFY(dialog);
    QWidget *box = dialog->expiryChooser()->presetCombo();
    auto top = [dialog, box] {
        dialog->layout()->activate();
        return box->mapTo(dialog, QPoint()).y();
    };
    const int first = top();
    QVERIFY(!dialog->validationText().isEmpty()); // the calm hint
    QTest::keyClicks(dialog->nameField(), u"valid name"_s);
    QVERIFY(dialog->validationText().isEmpty());
    QCOMPARE(top(), first);
    dialog->nameField()->setText(u"Laptop CLI"_s); // an error
    QVERIFY(!dialog->validationText().isEmpty());
    QCOMPARE(top(), first);
    dialog->nameField()->setText(u"laptop cli"_s); // a warning
    QCOMPARE(top(), first);
    dialog->nameField()->setText(QString(256, u'n')); // at the limit
    QCOMPARE(top(), first);
    dialog->reject();
}

void TestTokensPage::pastDateSaysWhyItIsRefused()
{
    // Issue 20.9: a date typed in the past is shown, refused, and the dialog says why.
    GenerateTokenDialog *dialog = openGenerateDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameField(), u"dated"_s);
    ExpiryChooser *chooser = dialog->expiryChooser();
    chooser->selectDate(QDate::currentDate().addDays(10));
    QDateEdit *date = chooser->dateEdit();
    const QDate past = QDate::currentDate().addDays(-20);
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::NoSection);
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, past.toString(date->displayFormat()));
    QCOMPARE(date->date(), past);
    QVERIFY(!dialog->generateButton()->isEnabled());
    QVERIFY2(chooser->validationError().contains(u"past"_s),
             qPrintable(chooser->validationError()));
    QVERIFY2(chooser->summaryLabel()->text().contains(u"past"_s),
             qPrintable(chooser->summaryLabel()->text()));
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
    QComboBox *preset = dialog->expiryChooser()->presetCombo();
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

void TestTokensPage::setExpiryKeepsOldValueWorking()
{
    // Issue 17: the old value keeps working for a day under a "replaced" name, the table
    // says when it goes, and the user can revoke it at once.
    const QString name = u"Slack bot"_s;
    const QByteArray oldFingerprint = m_page->model()->tokens().at(rowOf(name)).fingerprint;
    selectRows({name});
    m_page->setExpiryAction()->trigger();
    SetExpiryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<SetExpiryDialog>()));
    dialog->expiryChooser()->presetCombo()->setCurrentIndex(
        dialog->expiryChooser()->presetCombo()->findData(30));
    const int day = dialog->overlapCombo()->findData(qint64(86400));
    QVERIFY(day > 0);
    dialog->overlapCombo()->setCurrentIndex(day);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

    RevealTokenDialog *reveal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reveal = visibleTopLevel<RevealTokenDialog>()), 20000);
    const QString aside =
        u"%1 (replaced %2)"_s.arg(name, QDate::currentDate().toString(Qt::ISODate));
    QVERIFY2(reveal->explanationLabel()->text().contains(aside),
             qPrintable(reveal->explanationLabel()->text()));
    QTest::mouseClick(reveal->copyButton(), Qt::LeftButton);
    reveal->accept();

    QTRY_VERIFY_WITH_TIMEOUT(rowOf(aside) >= 0 && rowOf(name) >= 0, 10000);
    QCOMPARE(m_page->model()->tokens().at(rowOf(aside)).fingerprint, oldFingerprint);
    QTRY_VERIFY(!m_page->model()
                     ->index(rowOf(aside), TokenListModel::ExpiresColumn)
                     .data(TokenListModel::RevokeAtRole)
                     .isNull());
    const QString expires =
        m_page->model()->index(rowOf(aside), TokenListModel::ExpiresColumn).data().toString();
    QVERIFY2(expires.startsWith(u"revoked in "_s), qPrintable(expires));
    QVERIFY(m_page->model()
                ->index(rowOf(name), TokenListModel::ExpiresColumn)
                .data(TokenListModel::RevokeAtRole)
                .isNull());

    // Revoke it now, from the selection's actions.
    selectRows({name});
    QVERIFY(!m_page->revokeReplacedNowAction()->isEnabled());
    selectRows({aside});
    QVERIFY(m_page->revokeReplacedNowAction()->isEnabled());
    QVERIFY(m_page->keepReplacedAction()->isEnabled());
    m_page->revokeReplacedNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(aside) < 0, 10000);
    QVERIFY(rowOf(name) >= 0);
    QVERIFY2(
        m_page->messageLabel()->text().contains(u"The old value of \"Slack bot\" was revoked."_s),
        qPrintable(m_page->messageLabel()->text()));
}

void TestTokensPage::revokeConfirmationWording()
{
    // Issue 20.8: one token is "Revoke Token" and "using it"; on My Tokens it is "your" token.
    selectRows({u"Slack bot"_s});
    Confirmation one;
    readRevokeConfirmationSoon(&one);
    m_page->revokeAction()->trigger();
    QTRY_VERIFY(one.seen);
    QCOMPARE(one.title, u"Revoke Token"_s);
    QVERIFY2(one.text.contains(u"your token"_s) && one.text.contains(u"Slack bot"_s),
             qPrintable(one.text));
    QVERIFY2(!one.text.contains(u" of "_s), qPrintable(one.text));
    QVERIFY2(one.informative.contains(u"using it "_s), qPrintable(one.informative));

    selectRows({u"Slack bot"_s, u"Terraform"_s});
    Confirmation two;
    readRevokeConfirmationSoon(&two);
    m_page->revokeAction()->trigger();
    QTRY_VERIFY(two.seen);
    QVERIFY2(two.title.startsWith(u"Revoke 2 Token"_s), qPrintable(two.title));
    QVERIFY2(two.text.contains(u"2 of your tokens"_s), qPrintable(two.text));
    QVERIFY2(two.informative.contains(u"using them "_s), qPrintable(two.informative));
    QCOMPARE(rowOf(u"Slack bot"_s) >= 0 && rowOf(u"Terraform"_s) >= 0, true);
}

void TestTokensPage::errorGoesAwayWhenTheNextActionStarts()
{
    // Issue 20.3: another client revokes "Old laptop" behind the window's back; revoking it
    // here fails and says so above the table...
    MainWindow *window = m_fixture->window();
    bool deleted = false;
    window->session()->client()->deleteToken(
        m_page->userId(), u"Old laptop"_s, window,
        [&deleted](Result<Done> result) { deleted = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 10000);
    selectRows({u"Old laptop"_s});
    bool seen = false;
    QString text;
    acceptRevokeConfirmationSoon(&seen, &text);
    m_page->revokeAction()->trigger();
    QTRY_VERIFY(seen);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->messageLabel()->isVisible(), 10000);
    QVERIFY(m_page->messageLabel()->text().contains(u"Old laptop"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && rowOf(u"Old laptop"_s) < 0, 10000);
    // ...until the next action starts.
    m_page->refreshAction()->trigger();
    QVERIFY(!m_page->messageLabel()->isVisible());
}

void TestTokensPage::revokeSelectsTheNextRow()
{
    // Issue 20.4: after a revoke the row that followed is selected, and the actions
    // work on it.
    // The previous test's refresh has answered: a busy page takes no revoke.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    focusTable();
    QTreeView *view = m_page->view();
    QAbstractItemModel *rows = view->model();
    QVERIFY(rows->rowCount() > 3);
    auto nameAt = [rows](int row) {
        return rows->index(row, 0).data(TokenListModel::NameRole).toString();
    };
    const QString victim = nameAt(1);
    const QString next = nameAt(2);
    selectRows({victim});
    bool seen = false;
    QString text;
    acceptRevokeConfirmationSoon(&seen, &text);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(seen);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(victim) < 0, 10000);
    QTRY_COMPARE(selectedNames(), QStringList{next});
    QVERIFY(m_page->renameAction()->isEnabled());
    QVERIFY(m_page->setExpiryAction()->isEnabled());
    QVERIFY(m_page->revokeAction()->isEnabled());

    // The last row revoked: the one before it, now last, is selected.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    focusTable();
    const QString last = nameAt(rows->rowCount() - 1);
    const QString beforeLast = nameAt(rows->rowCount() - 2);
    selectRows({last});
    seen = false;
    acceptRevokeConfirmationSoon(&seen, &text);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(seen);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(last) < 0, 10000);
    QTRY_COMPARE(selectedNames(), QStringList{beforeLast});
}

void TestTokensPage::actionsFollowTheSelection()
{
    // Issue 20.4: whatever takes the selected rows away also takes the actions away.
    selectRows({u"Terraform"_s});
    QVERIFY(m_page->renameAction()->isEnabled());
    QTest::keyClicks(m_page->filterField(), u"no token is called this"_s);
    QTRY_COMPARE(m_page->view()->model()->rowCount(), 0);
    QVERIFY(!m_page->renameAction()->isEnabled());
    QVERIFY(!m_page->setExpiryAction()->isEnabled());
    QVERIFY(!m_page->revokeAction()->isEnabled());
    QVERIFY(!m_page->copyAction()->isEnabled());
    m_page->filterField()->clear();
    QTRY_VERIFY(m_page->view()->model()->rowCount() > 0);
}

void TestTokensPage::noteIsEditedShownAndFound()
{
    const QString name = u"ci deploy (old runner)"_s;
    QVERIFY(rowOf(name) >= 0);
    // Hidden by default; the header's menu brings it back.
    QVERIFY(m_page->view()->isColumnHidden(TokenListModel::NotesColumn));
    selectRows({name});
    QVERIFY(m_page->editNoteAction()->isEnabled());
    m_page->editNoteAction()->trigger();
    TokenNoteDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<TokenNoteDialog>()));
    QVERIFY(dialog->text().isEmpty());
    dialog->editor()->setFocus();
    QTest::keyClicks(dialog->editor(), u"Posts release notes to #eng"_s);
    QPointer<TokenNoteDialog> saved(dialog);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    // Closed on success (and deleted: it deletes itself on close).
    QTRY_VERIFY(!saved || !saved->isVisible());

    const QModelIndex row = m_page->model()->index(rowOf(name), 0);
    QCOMPARE(row.siblingAtColumn(TokenListModel::NotesColumn).data().toString(),
             u"Posts release notes to #eng"_s);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"Posts release notes to #eng"_s));
    const PersonalAccessToken token = m_page->model()->tokens().at(rowOf(name));
    // Kept in the notes file, for the next start and for latchkeyctl.
    TokenNotes reread(m_fixture->notes()->path());
    QCOMPARE(reread.note(m_fixture->window()->session()->endpointKey(), m_page->userId(),
                         token.fingerprint),
             u"Posts release notes to #eng"_s);

    // The filter box finds it by the note.
    QTest::keyClicks(m_page->filterField(), u"release notes"_s);
    QTRY_COMPARE(m_page->view()->model()->rowCount(), 1);
    QCOMPARE(m_page->view()->model()->index(0, 0).data(TokenListModel::NameRole).toString(), name);
    m_page->filterField()->clear();

    // Emptied, the note is gone.
    selectRows({name});
    m_page->editNoteAction()->trigger();
    QTRY_VERIFY((dialog = visibleTopLevel<TokenNoteDialog>()));
    QCOMPARE(dialog->text(), u"Posts release notes to #eng"_s);
    dialog->editor()->clear();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->model()->noteAt(rowOf(name)).isEmpty());
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
    // Several at once end with a summary; it is closed before the next test reads boxes.
    QMessageBox *summary = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((summary = visibleTopLevel<QMessageBox>()) &&
                                 summary->objectName() == u"RevokeSummary"_s,
                             10000);
    QVERIFY2(summary->text().contains(u"Revoked 2 of 2 token"_s), qPrintable(summary->text()));
    summary->close();
    QTRY_VERIFY(!visibleTopLevel<QMessageBox>());
}

void TestTokensPage::revokeManyReportsEachFailure()
{
    // Made behind the window's back, then listed: four tokens, one of which the
    // server refuses to delete.
    LogtoClient *client = m_fixture->window()->session()->client();
    const QStringList names{u"many-1"_s, u"many-2"_s, u"many-3"_s, u"many-4"_s};
    for (const QString &name : names) {
        const auto made = test::await<Result<CreatedToken>>([&](QObject *c, auto done) {
            client->createToken(m_page->userId(), name, std::nullopt, c, done);
        });
        QVERIFY(made && made->ok());
    }
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"many-4"_s) >= 0, 10000);
    SandboxFault fault;
    fault.method = u"POST"_s;
    fault.pathPattern = u"/api/users/*/personal-access-tokens/delete"_s;
    fault.bodyContains = R"("name":"many-3")";
    fault.status = 403;
    fault.times = 1000;
    m_fixture->sandbox()->addFault(fault);

    selectRows(names);
    bool seen = false;
    QString text;
    acceptRevokeConfirmationSoon(&seen, &text);
    m_page->revokeAction()->trigger();
    QTRY_VERIFY(seen);
    for (const QString &name : names)
        QVERIFY2(text.contains(name), qPrintable(text));
    QMessageBox *summary = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((summary = visibleTopLevel<QMessageBox>()) &&
                                 summary->objectName() == u"RevokeSummary"_s,
                             20000);
    QVERIFY2(summary->text().contains(u"Revoked 3 of 4 token"_s), qPrintable(summary->text()));
    QVERIFY2(summary->informativeText().contains(u"“many-3”"_s),
             qPrintable(summary->informativeText()));
    QVERIFY(!summary->informativeText().contains(u"many-1"_s));
    summary->close();
    m_fixture->sandbox()->clearFaults();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"many-1"_s) < 0 && rowOf(u"many-4"_s) < 0, 10000);
    QVERIFY(rowOf(u"many-3"_s) >= 0);
}

void TestTokensPage::setExpiryOfSeveralReportsEachFailure()
{
    // Issue 17: one new expiry for three selected tokens, the server refusing one of the
    // replacements; a summary names it, the other two have new values in the keychain.
    LogtoClient *client = m_fixture->window()->session()->client();
    const QStringList names{u"renew-1"_s, u"renew-2"_s, u"renew-3"_s};
    QHash<QString, QByteArray> before;
    for (const QString &name : names) {
        const auto made = test::await<Result<CreatedToken>>([&](QObject *c, auto done) {
            client->createToken(m_page->userId(), name, std::nullopt, c, done);
        });
        QVERIFY(made && made->ok());
        before.insert(name, made->value().token.fingerprint);
    }
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"renew-3"_s) >= 0, 10000);
    SandboxFault fault;
    fault.method = u"POST"_s;
    fault.pathPattern = u"/api/users/*/personal-access-tokens"_s;
    fault.bodyContains = R"("name":"renew-2 (rotating)";
    fault.status = 400;
    fault.times = 1000;
    m_fixture->sandbox()->addFault(fault);

    selectRows(names);
    QVERIFY(m_page->setExpiryAction()->isEnabled());
    m_page->setExpiryAction()->trigger();
    SetExpiryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<SetExpiryDialog>()));
    const QString intro = dialog->findChild<QLabel *>(u"intro"_s)->text();
    for (const QString &name : names)
        QVERIFY2(intro.contains(name), qPrintable(intro));
    QVERIFY2(dialog->applyButton()->text().contains(u"3"_s),
             qPrintable(dialog->applyButton()->text()));
    dialog->expiryChooser()->presetCombo()->setCurrentIndex(
        dialog->expiryChooser()->presetCombo()->findData(30));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

    QMessageBox *summary = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((summary = visibleTopLevel<QMessageBox>()) &&
                                 summary->objectName() == u"ExpirySummary"_s,
                             30000);
    QVERIFY2(summary->text().contains(u"Gave 2 of 3 token"_s), qPrintable(summary->text()));
    QVERIFY2(summary->informativeText().contains(u"“renew-2”"_s),
             qPrintable(summary->informativeText()));
    QVERIFY(!summary->informativeText().contains(u"renew-1"_s));
    // Every value went to the keychain: none is shown.
    QVERIFY(!visibleTopLevel<RevealTokenDialog>());
    summary->close();
    m_fixture->sandbox()->clearFaults();
    for (const QString &name : {u"renew-1"_s, u"renew-3"_s}) {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(name) >= 0 &&
                                     m_page->model()->tokens().at(rowOf(name)).fingerprint !=
                                         before.value(name),
                                 10000);
        QVERIFY(m_page->model()->index(rowOf(name), 0).data(TokenListModel::CachedRole).toBool());
    }
    QCOMPARE(m_page->model()->tokens().at(rowOf(u"renew-2"_s)).fingerprint,
             before.value(u"renew-2"_s));
}

QTEST_MAIN(TestTokensPage)
#include "tst_tokenspage.moc"
