// AppSettings: the user's preferences in QSettings, passed to whoever needs
// them (no singleton). Never holds secrets.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace latchkey {

class AppSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClipboardClearSeconds = 30;
    static constexpr int DefaultExpiringSoonDays = 7;

    // The settings object is not owned and must outlive this one.
    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    QSettings *settings() const { return m_settings; }

    int clipboardClearSeconds() const; // 0 = never clear
    void setClipboardClearSeconds(int seconds);

    int expiringSoonDays() const;
    void setExpiringSoonDays(int days);

    // Days before expiry at which to remind (descending; empty = no reminders).
    QList<int> reminderDays() const;
    void setReminderDays(const QList<int> &days);

    // Whether the user was told once that closing the window leaves Latchkey in the tray.
    bool closeToTrayExplained() const;
    void setCloseToTrayExplained(bool explained);

    int maxLifetimeDays() const; // 0 = no limit
    void setMaxLifetimeDays(int days);

    QString language() const; // empty = the system's
    void setLanguage(const QString &language);

    // Where the where-used scan looks: files and folders, "~/"-relative where
    // in the home folder; ScanPlaces::defaults() until the user changes it.
    QStringList scanPlaces() const;
    void setScanPlaces(const QStringList &places);
    // Resources the user asked access tokens for, newest first (at most 10).
    QStringList recentResources() const;
    void addRecentResource(const QString &resource);

    QString currentProfile() const;
    void setCurrentProfile(const QString &name);

    // Opaque UI state (window geometry, header state, splitters) by name.
    QByteArray uiState(const QString &name) const;
    void setUiState(const QString &name, const QByteArray &state);

signals:
    void clipboardClearSecondsChanged(int seconds);
    void expiringSoonDaysChanged(int days);
    void maxLifetimeDaysChanged(int days);
    void reminderDaysChanged(const QList<int> &days);
    void languageChanged(const QString &language);
    void currentProfileChanged(const QString &name);
    void scanPlacesChanged(const QStringList &places);

private:
    int boundedInt(const QString &key, int fallback, int min, int max) const;
    bool store(const QString &key, const QVariant &value);

    QSettings *m_settings;
};

} // namespace latchkey
