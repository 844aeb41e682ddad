// ExpiryReminders: the app's reminders before tokens expire, in the tray when
// there is one.
#include "ui/expiryreminders.h"

#include "model/domain/tokenstatus.h"
#include "model/items/tokenlistmodel.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/remindertray.h"
#include "ui/tokenspage.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDBusConnection>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
Q_LOGGING_CATEGORY(lcReminders, "latchkey.reminders")
}

ExpiryReminders::ExpiryReminders(MainWindow *window, AppSettings *settings, const Options &options,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_ledger(options.ledgerFile)
    , m_planner(&m_ledger, options.clock)
{
    TokensPage *mine = window->myTokensPage();
    connect(mine, &TokensPage::loaded, this, &ExpiryReminders::check);
    // Offline, the kept list is what there is to remind of.
    connect(mine, &TokensPage::keptListShown, this, &ExpiryReminders::check);
    connect(settings, &AppSettings::reminderDaysChanged, this, &ExpiryReminders::check);
    // A fresh list every few hours; its arrival runs the check. Checking the
    // list at hand too covers a server that stays unreachable.
    m_timer.setInterval(options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_window)
            m_window->refresh();
        check();
    });
    m_timer.start();
    // A laptop asleep for days misses the timer: wake-up is a time to look again.
    QDBusConnection::systemBus().connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
                                         u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s,
                                         this, SLOT(prepareForSleep(bool)));

    if (options.tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new ReminderTray(this);
        connect(m_tray, &ReminderTray::openRequested, this, &ExpiryReminders::openWindow);
        connect(m_tray, &ReminderTray::tokenRequested, this, &ExpiryReminders::openToken);
        connect(m_tray, &ReminderTray::quitRequested, qApp, &QCoreApplication::quit,
                Qt::QueuedConnection);
        // The window closes to the tray; only Quit ends the app.
        QApplication::setQuitOnLastWindowClosed(false);
        window->installEventFilter(this);
    }
}

ExpiryReminders::~ExpiryReminders()
{
    if (m_tray)
        QApplication::setQuitOnLastWindowClosed(true);
}

QList<PersonalAccessToken> ExpiryReminders::attention() const
{
    const QList<int> days = m_settings->reminderDays();
    if (!m_window || days.isEmpty())
        return {};
    const QDateTime now = m_planner.now();
    QList<PersonalAccessToken> soon;
    for (const PersonalAccessToken &token : m_window->myTokensPage()->tokens()) {
        if (tokenStatus(token.expiresAt, now, days.first()) == TokenStatus::ExpiringSoon)
            soon.append(token);
    }
    std::sort(soon.begin(), soon.end(), [](const auto &a, const auto &b) {
        return expiryMs(a.expiresAt) < expiryMs(b.expiresAt);
    });
    return soon;
}

void ExpiryReminders::check()
{
    if (!m_window || !m_window->session())
        return;
    TokensPage *mine = m_window->myTokensPage();
    if (mine->userId().isEmpty())
        return;
    if (!m_ledgerLoaded) {
        QString error;
        if (!m_ledger.load(&error))
            qCWarning(lcReminders) << "starting a new reminder record:" << error;
        m_ledgerLoaded = true;
    }
    const QList<Reminder> due =
        m_planner.takeDue(m_window->session()->endpointKey(), mine->userId(), mine->tokens(),
                          m_settings->reminderDays());
    QString error;
    if (!m_ledger.save(&error))
        qCWarning(lcReminders) << "cannot save the reminder record:" << error;
    if (m_tray) {
        const QList<int> days = m_settings->reminderDays();
        m_tray->setAttention(attention(), days.isEmpty() ? 0 : days.first());
        m_tray->notify(due);
    }
    emit checked(due);
}

void ExpiryReminders::prepareForSleep(bool sleeping)
{
    if (sleeping)
        return;
    m_timer.start(); // the next periodic check counts from now
    if (m_window)
        m_window->refresh();
    check();
}

void ExpiryReminders::openWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void ExpiryReminders::openToken(const QByteArray &fingerprint)
{
    if (!m_window)
        return;
    openWindow();
    m_window->showPage(MainWindow::Page::MyTokens);
    TokensPage *mine = m_window->myTokensPage();
    if (mine->isBusy()) {
        // A refresh is under way (the periodic one, say): its actions wait for the list.
        auto *once = new QObject(this);
        connect(mine, &TokensPage::busyChanged, once, [this, once, fingerprint](bool busy) {
            if (busy)
                return;
            once->deleteLater();
            openToken(fingerprint);
        });
        return;
    }
    const int row = mine->model()->rowOf(fingerprint);
    if (row < 0)
        return; // gone since the reminder: the window is what there is to show
    // A filter could hide the row: show them all.
    mine->filterField()->clear();
    mine->statusFilter()->setCurrentIndex(0);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(mine->view()->model());
    const QModelIndex index =
        proxy ? proxy->mapFromSource(mine->model()->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return;
    mine->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    mine->view()->scrollTo(index);
    if (mine->setExpiryAction()->isEnabled())
        mine->setExpiryAction()->trigger();
}

bool ExpiryReminders::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_tray &&
        !m_settings->closeToTrayExplained()) {
        m_settings->setCloseToTrayExplained(true);
        m_tray->say(tr("Latchkey is still running"),
                    tr("It reminds you before your tokens expire. Quit it from its menu in "
                       "the tray."));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace latchkey
