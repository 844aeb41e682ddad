// SettingsDialog: the preferences — clipboard clearing, the expiring-soon
// threshold, the max-lifetime policy and the interface language.
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QSpinBox;

namespace latchkey {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        int clipboardClearSeconds = 30; // 0 = never
        int expiringSoonDays = 7;
        int maxLifetimeDays = 0; // 0 = no limit
        QString language;        // empty = the system's
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

private:
    QSpinBox *m_clipboard;
    QSpinBox *m_expiring;
    QSpinBox *m_maxLifetime;
    QComboBox *m_language;
    QString m_initialLanguage;
};

} // namespace latchkey
