// Screenshotter: for --screenshot-dir, walks through the main views and dialogs
// on the sandbox and saves each as a PNG (QWidget::grab), for the docs.
#include "app/latchkey/screenshotter.h"

#include "app/latchkey/latchkeyapp.h"
#include "model/domain/expiryspec.h"
#include "model/items/tokenlistmodel.h"
#include "model/items/userlistmodel.h"
#include "model/operations/tokenservice.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"
#include "ui/clipboardguard.h"
#include "ui/connectionsdialog.h"
#include "ui/expiryreminders.h"
#include "ui/generatetokendialog.h"
#include "ui/inspectorpage.h"
#include "ui/mainwindow.h"
#include "ui/remindertray.h"
#include "ui/revealtokendialog.h"
#include "ui/setexpirydialog.h"
#include "ui/settingsdialog.h"
#include "ui/tokenspage.h"
#include "ui/userspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// What a dark desktop theme hands the app (the colours of KDE's Breeze Dark).
QPalette darkDesktopPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x72, 0x76));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x72, 0x76));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x72, 0x76));
    return dark;
}
} // namespace

Screenshotter::Screenshotter(LatchkeyApp *app, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_directory(directory)
{
    m_directory.mkpath(u"."_s);
}

template<typename T> T *Screenshotter::find() const
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

void Screenshotter::save(QWidget *widget, const QString &name)
{
    if (!widget) {
        std::fprintf(stderr, "screenshot %s: nothing to grab\n", qPrintable(name));
        return;
    }
    const QString path = m_directory.filePath(name + u".png"_s);
    if (widget->grab().save(path))
        std::fprintf(stdout, "%s\n", qPrintable(path));
    else
        std::fprintf(stderr, "screenshot %s: cannot write %s\n", qPrintable(name),
                     qPrintable(path));
}

void Screenshotter::waitUntil(std::function<bool()> condition, std::function<void()> then,
                              int budgetMs)
{
    if (condition() || budgetMs <= 0) {
        then();
        return;
    }
    QTimer::singleShot(200, this, [this, condition, then, budgetMs] {
        waitUntil(condition, then, budgetMs - 200);
    });
}

void Screenshotter::watch(MainWindow *window)
{
    m_window = window;
    auto maybeStart = [this] {
        if (m_tokensLoaded && m_usersLoaded && !m_started) {
            m_started = true;
            runFrom(0);
        }
    };
    connect(window, &MainWindow::myTokensLoaded, this, [this, maybeStart] {
        m_tokensLoaded = true;
        maybeStart();
    });
    connect(window, &MainWindow::usersLoaded, this, [this, maybeStart] {
        m_usersLoaded = true;
        maybeStart();
    });

    TokensPage *mine = window->myTokensPage();
    auto closeDialogs = [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
                dialog->reject();
        }
    };
    m_steps = {
        {600, [this] { save(m_window, u"main-my-tokens"_s); }},
        {0,
         [this] {
             m_desktopPalette = QApplication::palette();
             QApplication::setPalette(darkDesktopPalette());
         }},
        {600, [this] { save(m_window, u"main-my-tokens-dark"_s); }},
        {0, [this] { QApplication::setPalette(m_desktopPalette); }},
        {0,
         [this] {
             m_window->showPage(MainWindow::Page::Users);
             m_window->usersPage()->userView()->setCurrentIndex(
                 m_window->usersPage()->userModel()->index(1, 0));
         }},
        {1500, [this] { save(m_window, u"main-users"_s); }},
        // A small window (a laptop's half screen): nothing may be cut or hidden.
        {0,
         [this] {
             m_normalSize = m_window->size();
             m_window->resize(900, 600);
             m_window->showPage(MainWindow::Page::MyTokens);
         }},
        {800, [this] { save(m_window, u"main-my-tokens-900x600"_s); }},
        {0, [this] { m_window->showPage(MainWindow::Page::Users); }},
        {800, [this] { save(m_window, u"main-users-900x600"_s); }},
        {0, [this] { m_window->resize(m_normalSize); }},
        {0,
         [this] {
             m_window->showPage(MainWindow::Page::Inspector);
             // A token of the demo's cached in the keychain, as "Cached Token" picks it;
             // without one, a made-up JWT (ES384 shape, no real signature).
             InspectorPage *inspector = m_window->inspectorPage();
             if (QAction *cached = inspector->pickCachedButton()->menu()->actions().value(0)) {
                 cached->trigger();
                 return;
             }
             inspector->inspectToken(SecretBytes(
                 "eyJhbGciOiJFUzM4NCIsInR5cCI6IkpXVCIsImtpZCI6ImRlbW8ifQ."
                 "eyJpc3MiOiJodHRwczovL2RlbW8ubG9ndG8uYXBwL29pZGMiLCJzdWIiOiJ1c2VyXzEyMyIsImF1"
                 "ZCI6Imh0dHBzOi8vZGVmYXVsdC5sb2d0by5hcHAvYXBpIiwiZXhwIjoxODAyOTA4ODAwLCJpYXQi"
                 "OjE3OTUxMzI4MDAsInNjb3BlIjoiYWxsIiwiY2xpZW50X2lkIjoibTJtLWRlcGxveSJ9."
                 "eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4"
                 "eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4"_ba));
         }},
        {700, [this] { save(m_window, u"main-inspector"_s); }},
        {0,
         [this, mine] {
             m_window->showPage(MainWindow::Page::MyTokens);
             mine->generate();
             if (auto *dialog = find<GenerateTokenDialog>())
                 dialog->nameField()->setText(u"release-pipeline"_s);
         }},
        {500, [this] { save(find<GenerateTokenDialog>(), u"generate-token-dialog"_s); }},
        {0,
         [this, mine, closeDialogs] {
             closeDialogs();
             mine->view()->setCurrentIndex(mine->view()->model()->index(0, 0));
             mine->setExpiryOfSelected();
         }},
        {500, [this] { save(find<SetExpiryDialog>(), u"set-expiry-dialog"_s); }},
        {0,
         [this] {
             if (auto *dialog = find<SetExpiryDialog>())
                 dialog->overlapCombo()->setCurrentIndex(
                     dialog->overlapCombo()->findData(qint64(86400)));
         }},
        {300, [this] { save(find<SetExpiryDialog>(), u"set-expiry-dialog-overlap"_s); }},
        {0,
         [this, closeDialogs] {
             closeDialogs();
             // A made-up value: the dialog is shown for the picture only.
             auto *dialog = new RevealTokenDialog(
                 RevealTokenDialog::Reason::Created, u"release-pipeline"_s, u"Ada Lovelace"_s,
                 QDateTime::currentDateTimeUtc().addDays(30),
                 SecretBytes::fromString(u"pat_Xq7vK2mWc9RtLp4ZbN8sHd3FgJ6yTa1E"_s),
                 m_window->clipboardGuard(), m_window);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->setCacheState(RevealTokenDialog::CacheState::Saved);
             dialog->open();
         }},
        {500, [this] { save(find<RevealTokenDialog>(), u"reveal-token-dialog"_s); }},
        {0,
         [this] {
             if (auto *dialog = find<RevealTokenDialog>())
                 dialog->setCacheState(RevealTokenDialog::CacheState::Failed,
                                       tr("The keychain is locked."));
         }},
        {300, [this] { save(find<RevealTokenDialog>(), u"reveal-token-dialog-not-saved"_s); }},
        {0,
         [this, mine] {
             if (auto *dialog = find<RevealTokenDialog>()) {
                 dialog->setCacheState(RevealTokenDialog::CacheState::Saved);
                 dialog->reject();
             }
             QAbstractItemModel *model = mine->view()->model();
             mine->view()->selectionModel()->select(
                 QItemSelection(model->index(0, 0), model->index(2, 0)),
                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
             mine->revokeSelected();
         }},
        {500, [this] { save(find<QMessageBox>(), u"revoke-confirmation"_s); }},
        {0,
         [this, closeDialogs] {
             if (auto *box = find<QMessageBox>())
                 box->reject();
             closeDialogs();
             m_window->manageConnections();
         }},
        {600, [this] { save(find<ConnectionsDialog>(), u"connections-dialog"_s); }},
        {0,
         [this] {
             if (auto *dialog = find<ConnectionsDialog>())
                 dialog->addNew();
         }},
        {400, [this] { save(find<ConnectionsDialog>(), u"connection-chooser"_s); }},
        {0,
         [this] {
             // The sandbox gateway's address typed: its policy fills in the rest.
             auto *dialog = find<ConnectionsDialog>();
             const auto developer = m_app->profiles()->load(LatchkeyApp::sandboxDeveloperName());
             if (!dialog || !developer)
                 return;
             dialog->chooseKind(SessionKind::Developer);
             dialog->nameField()->setText(u"Work"_s);
             dialog->gatewayField()->setText(developer->gateway.toString());
         }},
        {1500, [this] { save(find<ConnectionsDialog>(), u"connection-developer"_s); }},
        // The sandbox's developer connection before anyone signed in, and the generate
        // dialog as its gateway's policy shapes it.
        {0,
         [this, closeDialogs] {
             closeDialogs();
             m_adminProfile = m_window->session() ? m_window->session()->profile().name
                                                  : LatchkeyApp::sandboxAdminName();
             m_window->openProfile(LatchkeyApp::sandboxDeveloperName());
         }},
        {1500, [this] { save(m_window, u"main-signed-out"_s); }},
        {0,
         [this] {
             const Session *session = m_window->session();
             if (!session || !session->policy())
                 return;
             auto *dialog = new GenerateTokenDialog(QString(), {}, 0, m_window);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->setMine(true);
             dialog->setPolicy(*session->policy());
             dialog->nameField()->setText(u"release-pipeline"_s);
             dialog->open();
         }},
        {500, [this] { save(find<GenerateTokenDialog>(), u"generate-token-dialog-policy"_s); }},
        {0,
         [this, closeDialogs] {
             closeDialogs();
             m_window->openProfile(m_adminProfile);
         }},
        {1500, [] {}},
        // The reminders: the tray's menu (a desktop draws the notifications themselves).
        {0,
         [this] {
             ReminderTray tray;
             tray.setAttention(m_app->reminders()->attention(),
                               m_app->settings()->reminderDays().value(0, 14));
             tray.menu()->adjustSize();
             save(tray.menu(), u"reminder-tray-menu"_s);
         }},
        // A rotation that keeps the old value working for a day, as the table shows it.
        {0,
         [this, mine] {
             Session *session = m_window->session();
             if (!session)
                 return;
             session->tokens()->changeExpiry(mine->userId(), u"Terraform"_s, ExpirySpec::inDays(90),
                                             std::chrono::days(1), this,
                                             [mine](TokenResult<IssuedToken>) { mine->reload(); });
         }},
        {2500, [this] { save(m_window, u"main-my-tokens-replaced"_s); }},
        // Set Expiry on several tokens, one of them revoked elsewhere meanwhile: the report.
        {0,
         [this, mine] {
             selectByName(mine, {u"Slack bot"_s, u"Zapier integration"_s, u"Desktop-CLI"_s});
             mine->setExpiryOfSelected();
         }},
        {500, [this] { save(find<SetExpiryDialog>(), u"set-expiry-several-dialog"_s); }},
        {0,
         [this, mine] {
             if (Session *session = m_window->session())
                 session->client()->deleteToken(mine->userId(), u"Zapier integration"_s, this,
                                                [](Result<Done>) {});
         }},
        {800,
         [this] {
             if (auto *dialog = find<SetExpiryDialog>())
                 dialog->applyButton()->click();
         }},
        // Three rotations (one refused) take a second or two on the sandbox.
        {5000, [this] { save(find<QMessageBox>(), u"set-expiry-summary"_s); }},
        {0,
         [this, closeDialogs] {
             if (auto *box = find<QMessageBox>())
                 box->close();
             closeDialogs();
             m_window->editSettings();
         }},
        {500, [this] { save(find<SettingsDialog>(), u"settings-dialog"_s); }},
        {0,
         [this, closeDialogs] {
             closeDialogs();
             // Take the sandbox away to show what offline looks like.
             m_app->stopSandbox();
             m_window->refresh();
         }},
    };
}

void Screenshotter::selectByName(TokensPage *page, const QStringList &names)
{
    QAbstractItemModel *model = page->view()->model();
    QItemSelection selection;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (names.contains(index.data(TokenListModel::NameRole).toString()))
            selection.select(index, index);
    }
    page->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void Screenshotter::runFrom(int index)
{
    if (index >= m_steps.size()) {
        waitUntil([this] { return m_window->isOffline(); },
                  [this] {
                      save(m_window, u"main-offline"_s);
                      QCoreApplication::exit(0);
                  },
                  45000);
        return;
    }
    QTimer::singleShot(m_steps.at(index).delayMs, this, [this, index] {
        m_steps.at(index).run();
        runFrom(index + 1);
    });
}

} // namespace latchkey
