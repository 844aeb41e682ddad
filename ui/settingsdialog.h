// SettingsDialog: the preferences — clipboard clearing, the expiring-soon
// threshold, reminders before expiry and starting at login, the max-lifetime
// policy, the interface language and the places the where-used scan looks in.
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace latchkey {

class ScanPlacesEditor;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        int clipboardClearSeconds = 30; // 0 = never
        int expiringSoonDays = 7;
        int maxLifetimeDays = 0;           // 0 = no limit
        QString language;                  // empty = the system's
        QList<int> reminderDays{14, 7, 1}; // empty = no reminders
        // Null: starting at login is not offered (no autostart on this platform).
        std::optional<bool> startAtLogin;
        QStringList scanPlaces; // "~/"-relative where in the home folder
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);

    Values values() const;

    // The languages embedded as :/i18n/latchkey_<code>.qm.
    static QStringList availableLanguages();
    // The language "System" stands for, in its own words ("Deutsch", "English").
    static QString systemLanguageName();

    QSpinBox *clipboardSpin() const { return m_clipboard; }
    QSpinBox *expiringSpin() const { return m_expiring; }
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *reminderField() const { return m_reminders; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    QPushButton *okButton() const { return m_ok; }
    ScanPlacesEditor *scanPlacesEditor() const { return m_scanPlaces; }

private:
    QSpinBox *m_clipboard;
    QSpinBox *m_expiring;
    QSpinBox *m_maxLifetime;
    QComboBox *m_language;
    QLineEdit *m_reminders;
    QLabel *m_reminderProblem;
    QCheckBox *m_startAtLogin;
    ScanPlacesEditor *m_scanPlaces;
    QPushButton *m_ok = nullptr;
    QString m_initialLanguage;
};

} // namespace latchkey
