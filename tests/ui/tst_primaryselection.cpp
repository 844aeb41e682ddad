// Tests that a token shown in plain text never reaches the X11 PRIMARY
// selection: the revealed value of a new token and the Inspector's paste box
// (typed, or revealed), selected with the mouse, a double click or the
// keyboard. Runs on a real X server (Xvfb, the xcb platform): the offscreen
// platform has no PRIMARY selection to check.
#include "ui/clipboardguard.h"
#include "ui/revealtokendialog.h"
#include "ui/tokenpastebox.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
const QString Token = u"pat_PrimaryPrimaryPrimaryPrimary12"_s;

QString primary()
{
    return QGuiApplication::clipboard()->text(QClipboard::Selection);
}

// Presses at the left end, drags to the right end and releases: a mouse selection
// (along the middle, or along line y).
void dragAcross(QWidget *widget, int y = -1)
{
    if (y < 0)
        y = widget->height() / 2;
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, QPoint(3, y));
    QTest::mouseMove(widget, QPoint(widget->width() / 2, y));
    QTest::mouseMove(widget, QPoint(widget->width() - 3, y));
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, QPoint(widget->width() - 3, y));
}

// Empty, or at least no part of the token.
bool keepsTokenOut(const QString &selection)
{
    return selection.isEmpty() || !Token.contains(selection);
}
} // namespace

class TestPrimarySelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == u"xcb"_s,
                 qPrintable(QGuiApplication::platformName()));
        QVERIFY(QGuiApplication::clipboard()->supportsSelection());
    }

    // The check can fail: an ordinary field's selection does reach PRIMARY.
    void ordinaryFieldReachesPrimary()
    {
        QLineEdit field(u"harmless text"_s);
        field.resize(300, 30);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        dragAcross(&field);
        QTRY_VERIFY(field.hasSelectedText());
        QTRY_COMPARE(primary(), field.selectedText());
    }

    void revealedValueStaysOutOfPrimary()
    {
        ClipboardGuard clipboard(QGuiApplication::clipboard());
        RevealTokenDialog dialog(RevealTokenDialog::Reason::Created, u"ci"_s, u"you"_s,
                                 std::nullopt, SecretBytes::fromString(Token), &clipboard);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *value = dialog.valueField();
        QCOMPARE(value->text(), Token);

        dragAcross(value);
        QTRY_VERIFY(value->hasSelectedText());
        QVERIFY2(keepsTokenOut(primary()), qPrintable(primary()));

        value->deselect();
        QTest::mouseDClick(value, Qt::LeftButton, Qt::NoModifier,
                           QPoint(value->width() / 4, value->height() / 2));
        QTRY_VERIFY(value->hasSelectedText());
        QVERIFY2(keepsTokenOut(primary()), qPrintable(primary()));

        value->deselect();
        value->setFocus();
        QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
        QTRY_COMPARE(value->selectedText(), Token);
        QVERIFY2(keepsTokenOut(primary()), qPrintable(primary()));
        dialog.done(QDialog::Rejected);
    }

    void pasteBoxStaysOutOfPrimary()
    {
        TokenPasteBox box;
        box.resize(500, 120);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));

        // Typed (or being edited): plain text in the editor.
        box.editor()->setPlainText(Token);
        box.editor()->setFocus();
        QTest::keyClick(box.editor(), Qt::Key_A, Qt::ControlModifier);
        QTRY_VERIFY(box.editor()->textCursor().hasSelection());
        QVERIFY2(keepsTokenOut(primary()), qPrintable(primary()));
        // Pressing on selected text would start a drag and drop: start from none,
        // along the first line.
        QTextCursor cursor = box.editor()->textCursor();
        cursor.movePosition(QTextCursor::Start);
        box.editor()->setTextCursor(cursor);
        QVERIFY(!box.editor()->textCursor().hasSelection());
        dragAcross(box.editor()->viewport(), box.editor()->cursorRect(cursor).center().y());
        QTRY_VERIFY(box.editor()->textCursor().hasSelection());
        QVERIFY2(keepsTokenOut(primary()), qPrintable(primary()));

        // Masked, then revealed.
        box.setToken(SecretBytes::fromString(Token));
        QVERIFY(box.isMasked());
        box.setRevealed(true);
        QLineEdit *masked = box.maskedView();
        QCOMPARE(masked->echoMode(), QLineEdit::Normal);
        dragAcross(masked);
        QTRY_VERIFY(masked->hasSelectedText());
        QVERIFY2(keepsTokenOut(primary()), qPrintable(primary()));
    }
};

QTEST_MAIN(TestPrimarySelection)
#include "tst_primaryselection.moc"
