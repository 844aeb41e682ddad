// UsersPage: the admin view — search the tenant's users (debounced, server
// side), page through them lazily, and manage the chosen user's tokens beside,
// under a heading that says whose they are.
#include "ui/userspage.h"

#include "model/items/tokenlistmodel.h"
#include "model/items/userlistmodel.h"
#include "model/operations/tokenservice.h"
#include "model/session/session.h"
#include "net/logtoclient.h"
#include "ui/columnfitter.h"
#include "ui/elidedlabel.h"
#include "ui/icons.h"
#include "ui/revokealldialog.h"
#include "ui/tokenspage.h"
#include "ui/userlabel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// Below this the user list stops giving way to the token table.
constexpr int UserListMinimum = 220;
} // namespace

UsersPage::UsersPage(ClipboardGuard *clipboard, TokenCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_model(new UserListModel(nullptr, this))
    , m_search(new QLineEdit(this))
    , m_count(new ElidedLabel(this))
    , m_view(new QTreeView(this))
    , m_fitter(new ColumnFitter(m_view, UserListModel::NameColumn, 0.34))
    , m_tokens(new TokensPage(clipboard, cache, this))
    , m_heading(new ElidedLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_revokeAll(
          new QAction(Icons::get(Icons::Id::Revoke), tr("Revoke All Tokens of This User…"), this))
{
    connect(m_revokeAll, &QAction::triggered, this, &UsersPage::revokeAllOfSelectedUser);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_revokeAll);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    m_search->setPlaceholderText(tr("Search users by name, username, email or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_search->addAction(Icons::get(Icons::Id::Inspector), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_count->setEnabled(false);
    // The first user is selected as soon as the list answers; their tokens (maybe
    // thousands) are fetched only once somebody looks at this page.
    m_tokens->setLoadWhenShown(true);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Users"));
    // Names, usernames and emails fit the list, elided with "…", rather than running
    // off its edge into a horizontal scroll.
    m_view->setTextElideMode(Qt::ElideRight);
    m_fitter->setPreferredWidth(UserListModel::UsernameColumn, 110);
    m_fitter->setPreferredWidth(UserListModel::EmailColumn, 190);
    // A narrow list keeps whole names rather than four cut columns; the tooltip and the
    // heading beside it still say the rest.
    m_fitter->setMakeWayOrder({UserListModel::EmailColumn, UserListModel::LastSignInColumn,
                               UserListModel::UsernameColumn});

    auto *left = new QWidget(this);
    left->setMinimumWidth(UserListMinimum);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);

    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setObjectName(u"usersHeading"_s);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(6);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_tokens, 1);

    m_splitter->setObjectName(u"usersSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 600});
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_splitter->sizes();
        if (!m_fittingSplit && sizes.value(0) + sizes.value(1) > 0)
            m_tokensShare = double(sizes.value(1)) / (sizes.value(0) + sizes.value(1));
    });
    // Beside the users the table is narrow and the name matters most: Created starts
    // hidden too (the header's menu brings it back).
    m_tokens->view()->setColumnHidden(TokenListModel::CreatedColumn, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The model debounces and searches on the server.
    connect(m_search, &QLineEdit::textChanged, m_model, &UserListModel::setSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_firstPagePending = true; });
    connect(m_model, &UserListModel::loading, this, [this](bool busy) {
        if (busy || !m_firstPagePending || m_model->totalCount() < 0)
            return;
        m_firstPagePending = false;
        if (m_model->rowCount() > 0) {
            // The first list of a page nobody has used yet starts with its first user;
            // search results are shown, not acted upon: the tokens beside them stay
            // whose they were until the user picks another.
            const QString shown = m_tokens->userId();
            if (shown.isEmpty() && m_search->text().isEmpty()) {
                m_view->setCurrentIndex(m_model->index(0, 0));
            } else {
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    if (m_model->userAt(row).id == shown) {
                        m_view->setCurrentIndex(m_model->index(row, 0));
                        break;
                    }
                }
            }
        }
        emit usersLoaded();
    });
    connect(m_model, &UserListModel::errorOccurred, this, &UsersPage::loadFailed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateCount);
    connect(m_model, &UserListModel::loading, this, &UsersPage::updateCount);
    connect(m_model, &UserListModel::totalCountChanged, this, &UsersPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::showSelectedUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::updateActions);
    connect(m_tokens, &TokensPage::busyChanged, this, &UsersPage::updateActions);
    updateActions();
    updateCount();
    updateHeading();
}

void UsersPage::setSession(Session *session)
{
    m_session = session;
    m_tokens->setUser(nullptr, QString(), QString());
    m_model->setClient(session ? session->client() : nullptr);
    updateHeading();
    if (session)
        m_model->reload();
}

void UsersPage::setOffline(bool offline, const QString &reason)
{
    m_offline = offline;
    m_tokens->setOffline(offline, reason);
    updateActions();
}

void UsersPage::updateActions()
{
    m_revokeAll->setEnabled(m_session && !m_offline && !m_tokens->isBusy() &&
                            m_view->currentIndex().isValid());
}

void UsersPage::revokeAllOfSelectedUser()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_session || !m_revokeAll->isEnabled())
        return;
    const User user = m_model->userAt(current.row());
    // The username is what a person reads and types; a user without one is confirmed
    // by their ID.
    const QString confirmation = user.username.isEmpty() ? user.id : user.username;
    const QString label = UserLabel::shortLabel(user);
    const int count =
        user.id == m_tokens->userId() && m_tokens->hasLoaded() ? m_tokens->model()->rowCount() : -1;
    auto *dialog = new RevokeAllDialog(label, confirmation, count, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"RevokeAllDialog"_s);
    connect(dialog, &RevokeAllDialog::revokeConfirmed, this, [this, dialog, userId = user.id] {
        if (!m_session)
            return;
        connect(m_session->tokens(), &TokenService::revokeProgress, dialog,
                [dialog, userId](const QString &user, int done, int total, const QString &name) {
                    if (user == userId)
                        dialog->setProgress(done, total, name);
                });
        m_session->tokens()->revokeAll(userId, dialog,
                                       [this, dialog, userId](QList<RevokeOutcome> outcomes) {
                                           dialog->showReport(outcomes);
                                           if (m_tokens->userId() == userId)
                                               m_tokens->reload();
                                       });
    });
    dialog->open();
}

void UsersPage::reload()
{
    m_model->reload();
}

void UsersPage::restoreSplit(const QByteArray &state)
{
    if (!m_splitter->restoreState(state))
        return;
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.value(0) + sizes.value(1) > 0)
        m_tokensShare = double(sizes.value(1)) / (sizes.value(0) + sizes.value(1));
}

void UsersPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplit();
}

void UsersPage::fitSplit()
{
    const int total = m_splitter->width() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    const int needed = qMin(m_tokens->comfortableWidth(), total - UserListMinimum);
    const int right = qMax(int(total * m_tokensShare), needed);
    m_fittingSplit = true;
    m_splitter->setSizes({total - right, right});
    m_fittingSplit = false;
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes into the results, choosing the first.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void UsersPage::updateCount()
{
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_count->setText(tr("Loading users…"));
        return;
    }
    const int total = std::max(m_model->totalCount(), 0); // -1: nothing answered yet
    if (m_model->rowCount() < total)
        m_count->setText(
            tr("%1 of %n user(s) — scroll for more", nullptr, total).arg(m_model->rowCount()));
    else
        m_count->setText(tr("%n user(s)", nullptr, total));
}

void UsersPage::updateHeading()
{
    if (m_tokens->userId().isEmpty())
        m_heading->setText(m_session ? tr("Choose a user to see their tokens.") : QString());
    else
        m_heading->setText(tr("Tokens of %1").arg(m_tokens->userLabel()));
}

void UsersPage::showSelectedUser()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_session)
        return;
    const User user = m_model->userAt(current.row());
    // The user shown already (found again among search results): nothing to reload.
    if (user.id != m_tokens->userId())
        m_tokens->setUser(m_session, user.id, UserLabel::shortLabel(user));
    updateHeading();
}

} // namespace latchkey
