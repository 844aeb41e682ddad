// Tests the small widgets on their own: ClipboardGuard (concealment hint,
// countdown, clears only its own text), ExpiryChooser (presets, custom date,
// policy, a preview that follows the clock), RevealTokenDialog (confirmation,
// wipe), SettingsDialog values and the system language it names.
#include "ui/clipboardguard.h"
#include "ui/expirychooser.h"
#include "ui/revealtokendialog.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void clipboardClearsItsOwnSecret();
    void clipboardLeavesOtherText();
    void expiryPresetsAndCustomDate();
    void expiryPolicyGreysOut();
    void expiryPreviewFollowsTheClock();
    void revealAsksBeforeLosingValue();
    void revealWipesOnClose();
    void settingsRoundTrip();
    void settingsNameTheSystemLanguage();
};

void TestWidgets::clipboardClearsItsOwnSecret()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    ClipboardGuard guard(clipboard);
    guard.setClearAfterSeconds(2);
    QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
    QSignalSpy finished(&guard, &ClipboardGuard::finished);
    guard.copySecret(SecretBytes::fromString(u"pat_secretvalue"_s));
    QCOMPARE(clipboard->text(), u"pat_secretvalue"_s);
    QCOMPARE(clipboard->mimeData()->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
    QVERIFY(guard.clipboardHoldsSecret());
    QVERIFY(finished.wait(4000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(countdown.size() >= 1);
    QCOMPARE(countdown.first().first().toInt(), 2);
    QVERIFY(clipboard->text().isEmpty());
}

void TestWidgets::clipboardLeavesOtherText()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    ClipboardGuard guard(clipboard);
    guard.setClearAfterSeconds(1);
    QSignalSpy finished(&guard, &ClipboardGuard::finished);
    guard.copySecret(SecretBytes::fromString(u"pat_secretvalue"_s));
    // The user copies something else: it must survive the countdown and quit.
    clipboard->setText(u"shopping list"_s);
    // Noticed when the clipboard changes, or at the latest on the next tick.
    QVERIFY(!finished.isEmpty() || finished.wait(3000));
    QCOMPARE(finished.first().first().toBool(), false);
    guard.clearNow();
    QCOMPARE(clipboard->text(), u"shopping list"_s);
}

void TestWidgets::expiryPresetsAndCustomDate()
{
    ExpiryChooser chooser;
    // Default: 30 days.
    auto at = chooser.spec().resolve(QDateTime::currentDateTimeUtc());
    QVERIFY(at);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(*at) - 30) <= 1);
    QVERIFY(chooser.isValid());

    chooser.selectNever();
    QVERIFY(!chooser.spec().resolve(QDateTime::currentDateTimeUtc()));
    QVERIFY(chooser.isValid());

    chooser.selectDate(QDate::currentDate().addDays(45));
    QVERIFY(chooser.dateEdit()->isVisibleTo(&chooser));
    at = chooser.spec().resolve(QDateTime::currentDateTimeUtc());
    QVERIFY(at);
    QCOMPARE(at->toLocalTime().date(), QDate::currentDate().addDays(45));
    // A date in the past shows, and is refused with the reason (issue 20.9).
    chooser.dateEdit()->setDate(QDate::currentDate().addDays(-3));
    QVERIFY(!chooser.isValid());
    QVERIFY(!chooser.validationError().isEmpty());
}

void TestWidgets::expiryPolicyGreysOut()
{
    ExpiryChooser chooser;
    chooser.selectNever();
    chooser.setMaxLifetimeDays(60);
    QComboBox *combo = chooser.presetCombo();
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(model);
    QVERIFY(model->item(combo->findData(30))->isEnabled());
    QVERIFY(model->item(combo->findData(60))->isEnabled());
    QVERIFY(!model->item(combo->findData(90))->isEnabled());
    QVERIFY(!model->item(combo->findData(365))->isEnabled());
    QVERIFY(!model->item(combo->findData(-2))->isEnabled()); // no expiration
    QVERIFY(!model->item(combo->findData(90))->toolTip().isEmpty());
    // The disallowed "never" choice fell back to the longest allowed preset.
    QCOMPARE(combo->currentData().toInt(), 60);
    QVERIFY(chooser.isValid());
    QCOMPARE(chooser.dateEdit()->maximumDate(), QDate::currentDate().addDays(60));
}

void TestWidgets::revealAsksBeforeLosingValue()
{
    ClipboardGuard guard(QGuiApplication::clipboard());
    RevealTokenDialog dialog(RevealTokenDialog::Reason::Created, u"laptop"_s, u"Ada"_s,
                             std::nullopt, SecretBytes::fromString(u"pat_value"_s), &guard);
    dialog.setCacheState(RevealTokenDialog::CacheState::Failed, u"The keychain is locked."_s);
    dialog.show();
    QCOMPARE(dialog.valueField()->text(), u"pat_value"_s);
    dialog.reject();
    // Not copied, not cached: it asks, and "Go back" keeps the dialog and the value.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>()) && box->isVisible());
    QPushButton *back = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::RejectRole)
            back = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(back);
    back->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.valueField()->text(), u"pat_value"_s);

    dialog.reject();
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>()) && box->isVisible());
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(dialog.valueField()->text().isEmpty());
}

void TestWidgets::revealWipesOnClose()
{
    ClipboardGuard guard(QGuiApplication::clipboard());
    RevealTokenDialog dialog(RevealTokenDialog::Reason::Rotated, u"laptop"_s, u"Ada"_s,
                             QDateTime::currentDateTimeUtc().addDays(7),
                             SecretBytes::fromString(u"pat_value2"_s), &guard);
    dialog.setCacheState(RevealTokenDialog::CacheState::Saved);
    dialog.show();
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QVERIFY(dialog.wasCopied());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"pat_value2"_s);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.valueField()->text().isEmpty());
    QVERIFY(dialog.secret().isEmpty());
}

void TestWidgets::settingsRoundTrip()
{
    SettingsDialog::Values values;
    values.clipboardClearSeconds = 45;
    values.expiringSoonDays = 14;
    values.maxLifetimeDays = 90;
    SettingsDialog dialog(values);
    QCOMPARE(dialog.clipboardSpin()->value(), 45);
    dialog.expiringSpin()->setValue(10);
    const auto chosen = dialog.values();
    QCOMPARE(chosen.clipboardClearSeconds, 45);
    QCOMPARE(chosen.expiringSoonDays, 10);
    QCOMPARE(chosen.maxLifetimeDays, 90);
    QVERIFY(chosen.language.isEmpty());
    QCOMPARE(dialog.languageCombo()->itemData(0).toString(), QString());
}

void TestWidgets::expiryPreviewFollowsTheClock()
{
    // Issue 20.10: "Expires on … at 10:41" moves on with the minutes while the dialog
    // stays open. The chooser's clock is set so that a week from "now" is 300 ms
    // before 10:41, local time.
    const QDateTime target(QDate::currentDate().addDays(7), QTime(10, 40, 59, 700));
    const QDateTime fakeNow = target.toUTC().addSecs(-7 * 24 * 3600);
    const qint64 offset = QDateTime::currentDateTimeUtc().msecsTo(fakeNow);
    ExpiryChooser chooser;
    chooser.setClock([offset] { return QDateTime::currentDateTimeUtc().addMSecs(offset); });
    chooser.selectDays(7);
    const QString before = chooser.summaryLabel()->text();
    QVERIFY2(before.contains(u"10:40"_s), qPrintable(before));
    QTRY_VERIFY_WITH_TIMEOUT(chooser.summaryLabel()->text().contains(u"10:41"_s), 5000);
}

void TestWidgets::settingsNameTheSystemLanguage()
{
    // Issue 20.10: under the C locale the app speaks English, and says so.
    QCOMPARE(QLocale::system().language(), QLocale::C);
    SettingsDialog dialog(SettingsDialog::Values{});
    QCOMPARE(dialog.languageCombo()->itemText(0), u"System (English)"_s);
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
