// ExpiryReminders: the app's reminders before tokens expire, in the tray when
// there is one.
#include "ui/expiryreminders.h"

#include "model/domain/tokenstatus.h"
#include "model/items/tokenlistmodel.h"
#include "model/reminders/connectionsweep.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"
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
#include <memory>
#include <utility>

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
    , m_profiles(options.profiles)
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
        checkOtherConnections();
    });
    m_timer.start();
    // A laptop asleep for days misses the timer: wake-up is a time to look again.
    QDBusConnection::systemBus().connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
                                         u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s,
                                         this, SLOT(prepareForSleep(bool)));

    if (options.sessions && options.profiles) {
        m_sweep = new ConnectionSweep(options.sessions, options.profiles, options.snapshots, this);
        // At start, once the window's own connection is up: the sweep opens
        // the others beside it, not ahead of it.
        connect(window, &MainWindow::sessionOpened, this, &ExpiryReminders::checkOtherConnections,
                Qt::SingleShotConnection);
    }

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
    loadLedger();
    const QList<Reminder> due =
        m_planner.takeDue(m_window->session()->endpointKey(), mine->userId(), mine->tokens(),
                          m_settings->reminderDays());
    saveLedger();
    if (m_tray) {
        const QList<int> days = m_settings->reminderDays();
        m_tray->setAttention(attention(), days.isEmpty() ? 0 : days.first());
        m_tray->notify(due);
    }
    emit checked(due);
}

void ExpiryReminders::checkOtherConnections()
{
    if (!m_sweep)
        return;
    if (m_sweeping) {
        // A wake-up during a long sweep still deserves a fresh look.
        m_sweepAgain = true;
        return;
    }
    Session *open = m_window ? m_window->session() : nullptr;
    m_sweeping = true;
    m_sweep->run(open ? open->profile().name : QString(), this,
                 [this](const QList<SweptConnection> &swept) {
                     m_sweeping = false;
                     loadLedger();
                     const QList<int> days = m_settings->reminderDays();
                     QList<Reminder> due;
                     for (const SweptConnection &connection : swept) {
                         QList<Reminder> found = m_planner.takeDue(
                             connection.endpoint, connection.userId, connection.tokens, days);
                         for (Reminder &reminder : found)
                             reminder.connection = connection.profile;
                         due.append(found);
                     }
                     saveLedger();
                     if (m_tray)
                         m_tray->notify(due);
                     emit othersChecked(due);
                     if (std::exchange(m_sweepAgain, false))
                         checkOtherConnections();
                 });
}

void ExpiryReminders::loadLedger()
{
    if (m_ledgerLoaded)
        return;
    QString error;
    if (!m_ledger.load(&error))
        qCWarning(lcReminders) << "starting a new reminder record:" << error;
    m_ledgerLoaded = true;
}

void ExpiryReminders::saveLedger()
{
    QString error;
    if (!m_ledger.save(&error))
        qCWarning(lcReminders) << "cannot save the reminder record:" << error;
}

void ExpiryReminders::prepareForSleep(bool sleeping)
{
    if (sleeping)
        return;
    m_timer.start(); // the next periodic check counts from now
    if (m_window)
        m_window->refresh();
    check();
    checkOtherConnections();
}

void ExpiryReminders::openWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void ExpiryReminders::openToken(const QByteArray &fingerprint, const QString &connection)
{
    if (!m_window)
        return;
    const Session *session = m_window->session();
    if (!connection.isEmpty() && (!session || session->profile().name != connection)) {
        openWindow();
        // Removed since the reminder: the window is what there is to show.
        if (!m_profiles || !m_profiles->contains(connection))
            return;
        m_window->showPage(MainWindow::Page::MyTokens);
        auto *once = new QObject(this);
        auto handled = std::make_shared<bool>(false);
        auto arrived = [this, once, handled, fingerprint, connection] {
            // A list of the connection before the switch may still arrive: not that one.
            if (*handled || !m_window || !m_window->session() ||
                m_window->session()->profile().name != connection)
                return;
            *handled = true;
            once->deleteLater();
            openToken(fingerprint);
        };
        connect(m_window, &MainWindow::myTokensLoaded, once, arrived);
        // Unreachable, it shows the list it kept: the token is there, read-only.
        connect(m_window->myTokensPage(), &TokensPage::keptListShown, once, arrived);
        m_window->openProfile(connection);
        return;
    }
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
