// ReminderTray: Latchkey in the system tray, and its desktop notifications.
#include "ui/remindertray.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
constexpr int kMenuTokens = 10; // more would make a menu taller than the screen

QString reminderText(const Reminder &reminder)
{
    if (reminder.expired())
        return ReminderTray::tr("%1 has expired").arg(reminder.token.name);
    const QString when =
        reminder.token.expiresAt
            ? QLocale().toString(reminder.token.expiresAt->toLocalTime(), QLocale::ShortFormat)
            : QString();
    return ReminderTray::tr("%1 expires within %2 (%3)")
        .arg(reminder.token.name, ReminderTray::tr("%n day(s)", nullptr, reminder.thresholdDays),
             when);
}

// A token on another saved connection says which: names repeat across them.
QString reminderLine(const Reminder &reminder)
{
    if (reminder.connection.isEmpty())
        return reminderText(reminder);
    return ReminderTray::tr("%1 — on “%2”", "token reminder, connection name")
        .arg(reminderText(reminder), reminder.connection);
}
} // namespace

ReminderTray::ReminderTray(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_menu(new QMenu)
{
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    // The signal does not say which message was clicked: the last one shown is.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastNotified.isEmpty())
            emit openRequested();
        else
            emit tokenRequested(m_lastNotified, m_lastConnection);
    });
    rebuildMenu();
    m_icon->show();
}

ReminderTray::~ReminderTray()
{
    delete m_menu;
}

void ReminderTray::setAttention(const QList<PersonalAccessToken> &tokens, int withinDays)
{
    m_attention = tokens;
    m_withinDays = withinDays;
    rebuildMenu();
}

void ReminderTray::notify(const QList<Reminder> &reminders)
{
    if (reminders.isEmpty())
        return;
    m_lastNotified = reminders.last().token.fingerprint;
    m_lastConnection = reminders.last().connection;
    if (reminders.size() == 1) {
        const Reminder &only = reminders.first();
        m_icon->showMessage(only.expired() ? tr("Token expired") : tr("Token expires soon"),
                            reminderLine(only) + u'\n' + tr("Click to set a new expiry."),
                            only.expired() ? QSystemTrayIcon::Warning
                                           : QSystemTrayIcon::Information);
        return;
    }
    QStringList lines;
    for (const Reminder &reminder : reminders.mid(0, 5))
        lines.append(reminderLine(reminder));
    if (reminders.size() > 5)
        lines.append(tr("and %n more", nullptr, int(reminders.size() - 5)));
    m_icon->showMessage(tr("%n token(s) need attention", nullptr, int(reminders.size())),
                        lines.join(u'\n'), QSystemTrayIcon::Warning);
}

void ReminderTray::say(const QString &title, const QString &text)
{
    m_lastNotified.clear();
    m_lastConnection.clear();
    m_icon->showMessage(title, text, QSystemTrayIcon::Information);
}

void ReminderTray::rebuildMenu()
{
    m_menu->clear();
    const QString summary =
        m_attention.isEmpty()
            ? tr("No tokens expire soon")
            : tr("Expiring within %1: %n token(s)", nullptr, int(m_attention.size()))
                  .arg(tr("%n day(s)", nullptr, m_withinDays));
    m_icon->setToolTip(u"Latchkey\n"_s + summary);
    m_menu->addAction(summary)->setEnabled(false);
    for (const PersonalAccessToken &token : m_attention.mid(0, kMenuTokens)) {
        const QByteArray fingerprint = token.fingerprint;
        QAction *action = m_menu->addAction(token.name);
        connect(action, &QAction::triggered, this,
                [this, fingerprint] { emit tokenRequested(fingerprint, QString()); });
    }
    if (m_attention.size() > kMenuTokens)
        m_menu->addAction(tr("and %n more", nullptr, int(m_attention.size() - kMenuTokens)))
            ->setEnabled(false);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Open Latchkey")), &QAction::triggered, this,
            &ReminderTray::openRequested);
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &ReminderTray::quitRequested);
}

} // namespace latchkey
