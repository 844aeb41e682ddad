// ExpiryReminders: the app's reminders before tokens expire. Checks the open
// connection's My Tokens list (from the server, or its offline snapshot) at
// start, whenever it loads, every few hours and at wake from sleep (logind's
// PrepareForSleep on the system bus, when there is one); the other saved
// connections (through a ConnectionSweep) once the first session opened, every
// few hours and at wake, not on every list load; announces what the
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
class ConnectionSweep;
class MainWindow;
class OfflineSnapshot;
class ProfileStore;
class ReminderTray;
class SessionFactory;

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
        // The other saved connections are checked only with sessions and
        // profiles; snapshots (may be null) stand in for unreachable ones.
        SessionFactory *sessions = nullptr;
        ProfileStore *profiles = nullptr;
        const OfflineSnapshot *snapshots = nullptr;
    };

    // The window, settings and the options' stores are not owned and must
    // outlive this object.
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
    // Checks every saved connection but the open one (no-op without sessions
    // and profiles); one asked for during a check runs after it.
    void checkOtherConnections();
    // Brings the window up on that token of My Tokens with Set Expiry open,
    // switching first to the saved connection it is on when that is not the open one.
    void openToken(const QByteArray &fingerprint, const QString &connection = {});
    void openWindow();
    // logind says the machine goes to sleep (true) or woke up (false).
    void prepareForSleep(bool sleeping);

signals:
    // After each check, with the reminders it found due (maybe none).
    void checked(const QList<latchkey::Reminder> &due);
    // After each check of the other connections, with the reminders due on them
    // (each naming its connection).
    void othersChecked(const QList<latchkey::Reminder> &due);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadLedger();
    void saveLedger();

    QPointer<MainWindow> m_window;
    AppSettings *m_settings;
    ProfileStore *m_profiles;
    ReminderLedger m_ledger;
    ReminderPlanner m_planner;
    QTimer m_timer;
    ReminderTray *m_tray = nullptr;
    ConnectionSweep *m_sweep = nullptr; // null: the open connection only
    bool m_sweeping = false;
    bool m_sweepAgain = false;
    bool m_ledgerLoaded = false;
};

} // namespace latchkey
