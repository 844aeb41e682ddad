// ReminderTray: Latchkey in the system tray — how many tokens expire soon, a
// menu listing them with Open Latchkey and Quit, and the desktop notifications
// of due reminders. Only built when the desktop has a tray.
#pragma once

#include "model/reminders/reminder.h"

#include <QList>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace latchkey {

class ReminderTray : public QObject
{
    Q_OBJECT
public:
    explicit ReminderTray(QObject *parent = nullptr);
    ~ReminderTray() override;

    // The open connection's tokens that expired or expire within `withinDays`
    // (soonest first).
    void setAttention(const QList<PersonalAccessToken> &tokens, int withinDays);
    // One notification for a check's due reminders; clicking it asks for the
    // last token named in it.
    void notify(const QList<Reminder> &reminders);
    // A sentence that is not about a token (e.g. "still running").
    void say(const QString &title, const QString &text);

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }

signals:
    void openRequested();
    // Open the window on this token with Set Expiry ready; connection names the
    // saved connection it is on (empty: the open one).
    void tokenRequested(const QByteArray &fingerprint, const QString &connection);
    void quitRequested();

private:
    void rebuildMenu();

    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QList<PersonalAccessToken> m_attention;
    int m_withinDays = 0;
    QByteArray m_lastNotified; // the token the shown notification opens
    QString m_lastConnection;  // and its connection
};

} // namespace latchkey
