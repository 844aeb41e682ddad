// SettingsDialog: the preferences — clipboard clearing, the expiring-soon
// threshold, reminders before expiry and starting at login, the max-lifetime
// policy, the interface language and the places the where-used scan looks in.
#include "ui/settingsdialog.h"

#include "model/reminders/reminderthresholds.h"
#include "ui/scanplaceseditor.h"
#include "ui/statuspalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_clipboard(new QSpinBox(this))
    , m_expiring(new QSpinBox(this))
    , m_maxLifetime(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_reminders(new QLineEdit(this))
    , m_reminderProblem(new QLabel(this))
    , m_startAtLogin(new QCheckBox(tr("&Start at login, in the tray"), this))
    , m_scanPlaces(new ScanPlacesEditor(values.scanPlaces, this))
    , m_initialLanguage(values.language)
{
    setWindowTitle(tr("Settings"));

    m_clipboard->setRange(0, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setSpecialValueText(tr("Never (clear at quit)"));
    m_clipboard->setValue(values.clipboardClearSeconds);
    m_clipboard->setAccessibleName(tr("Clear the clipboard after"));

    m_expiring->setRange(1, 365);
    m_expiring->setSuffix(tr(" days"));
    m_expiring->setValue(values.expiringSoonDays);

    m_maxLifetime->setRange(0, 3650);
    m_maxLifetime->setSuffix(tr(" days"));
    m_maxLifetime->setSpecialValueText(tr("No limit"));
    m_maxLifetime->setValue(values.maxLifetimeDays);

    m_reminders->setText(ReminderThresholds::format(values.reminderDays));
    m_reminders->setPlaceholderText(tr("No reminders"));
    m_reminders->setToolTip(tr("Days before a token expires at which Latchkey reminds you, "
                               "e.g. \"14, 7, 1\". Empty: no reminders."));
    m_reminderProblem->setWordWrap(true);
    m_reminderProblem->hide();
    m_startAtLogin->setChecked(values.startAtLogin.value_or(false));
    m_startAtLogin->setVisible(values.startAtLogin.has_value());
    m_startAtLogin->setToolTip(
        tr("Latchkey starts in the system tray when you log in, to remind you of tokens "
           "that expire."));

    m_language->addItem(tr("System (%1)").arg(systemLanguageName()), QString());
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString label = locale.nativeLanguageName();
        if (label.isEmpty())
            label = code;
        m_language->addItem(u"%1 (%2)"_s.arg(label, code), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(values.language)));

    auto *restartNote =
        new QLabel(tr("A new language applies the next time Latchkey starts."), this);
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Clear copied tokens after:"), m_clipboard);
    form->addRow(tr("Tokens are &expiring soon within:"), m_expiring);
    form->addRow(tr("&Remind before expiry (days):"), m_reminders);
    form->addRow(QString(), m_reminderProblem);
    form->addRow(QString(), m_startAtLogin);
    form->addRow(tr("&Longest lifetime for new tokens:"), m_maxLifetime);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_reminders, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool valid = ReminderThresholds::parse(text).has_value();
        m_ok->setEnabled(valid);
        m_reminderProblem->setVisible(!valid);
        if (!valid) {
            m_reminderProblem->setText(
                tr("Whole days from 1 to %1, separated by commas (at most %2).")
                    .arg(ReminderThresholds::MaxDays)
                    .arg(ReminderThresholds::MaxCount));
            m_reminderProblem->setStyleSheet(
                StatusPalette(palette()).textStyle(StatusPalette::Role::Error));
        }
    });

    auto *placesBox = new QGroupBox(tr("Places the where-used scan looks in"), this);
    auto *placesLayout = new QVBoxLayout(placesBox);
    placesLayout->addWidget(m_scanPlaces);
    // A few rows show; the dialog stays smaller than the window it belongs to.
    m_scanPlaces->list()->setMinimumHeight(fontMetrics().height() * 6);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(placesBox, 1);
    layout->addWidget(buttons);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values values;
    values.clipboardClearSeconds = m_clipboard->value();
    values.expiringSoonDays = m_expiring->value();
    values.maxLifetimeDays = m_maxLifetime->value();
    values.language = m_language->currentData().toString();
    values.reminderDays = ReminderThresholds::parse(m_reminders->text()).value_or(QList<int>());
    if (m_startAtLogin->isVisibleTo(this))
        values.startAtLogin = m_startAtLogin->isChecked();
    values.scanPlaces = m_scanPlaces->places();
    return values;
}

QString SettingsDialog::systemLanguageName()
{
    // What "System" will speak: the desktop's language when Latchkey ships it, else
    // English (also under the C locale, whose language has no name at all).
    const QLocale system = QLocale::system();
    for (const QString &code : availableLanguages()) {
        if (QLocale(code).language() == system.language() && !system.nativeLanguageName().isEmpty())
            return system.nativeLanguageName();
    }
    return QLocale::languageToString(QLocale::English);
}

QStringList SettingsDialog::availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(u":/i18n"_s).entryList({u"latchkey_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(9, file.size() - 9 - 3));
    return codes;
}

} // namespace latchkey
