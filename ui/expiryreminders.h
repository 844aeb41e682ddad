// ExpiryReminders: the app's reminders before tokens expire. Checks the open
// connection's My Tokens list (from the server, or its offline snapshot) at
// start, whenever it loads, every few hours and at wake from sleep (logind's
// PrepareForSleep on the system bus, when there is one); announces what the
// ReminderPlanner says is due through the tray, and keeps the app running in
// the tray when the window closes. Without a tray it adds nothing: the window's
// expiry notice stays the reminder, and closing the window quits.
#pragma once

#include "model/reminders/reminder.h"
#include "model/reminders/reminderledger.h"
#include "model/reminders/reminderplanner.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace latchkey {

class AppSettings;
class MainWindow;
class ReminderTray;

class ExpiryReminders : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 4 * 3600 * 1000;

    struct Options
    {
        QString ledgerFile = ReminderLedger::defaultFile();
        ReminderPlanner::Clock clock; // empty: the system's
        int intervalMs = DefaultIntervalMs;
        bool tray = true; // use a tray when the desktop has one
    };

    // The window and settings are not owned and must outlive this object.
    ExpiryReminders(MainWindow *window, AppSettings *settings, const Options &options,
                    QObject *parent = nullptr);
    ~ExpiryReminders() override;

    // Null without a tray.
    ReminderTray *tray() const { return m_tray; }
    QTimer *timer() { return &m_timer; }
    // The tokens of the open list that expire within the largest threshold.
    QList<PersonalAccessToken> attention() const;

public slots:
    void check();
    // Brings the window up on that token of My Tokens with Set Expiry open.
    void openToken(const QByteArray &fingerprint);
    void openWindow();
    // logind says the machine goes to sleep (true) or woke up (false).
    void prepareForSleep(bool sleeping);

signals:
    // After each check, with the reminders it found due (maybe none).
    void checked(const QList<latchkey::Reminder> &due);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<MainWindow> m_window;
    AppSettings *m_settings;
    ReminderLedger m_ledger;
    ReminderPlanner m_planner;
    QTimer m_timer;
    ReminderTray *m_tray = nullptr;
    bool m_ledgerLoaded = false;
};

} // namespace latchkey
