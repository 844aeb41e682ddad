// UsersPage: the admin view — search the tenant's users (debounced, server
// side), page through them lazily, and manage the selected user's tokens beside.
#include "ui/userspage.h"

#include "model/items/tokenlistmodel.h"
#include "model/items/userlistmodel.h"
#include "model/session/session.h"
#include "net/logtoclient.h"
#include "ui/icons.h"
#include "ui/tokenspage.h"
#include "ui/userlabel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

UsersPage::UsersPage(ClipboardGuard *clipboard, TokenCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_model(new UserListModel(nullptr, this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_tokens(new TokensPage(clipboard, cache, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_search->setPlaceholderText(tr("Search users by name, username, email or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_search->addAction(Icons::get(Icons::Id::Inspector), QLineEdit::LeadingPosition);
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
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(UserListModel::NameColumn, 150);
    m_view->setColumnWidth(UserListModel::UsernameColumn, 110);
    m_view->setColumnWidth(UserListModel::EmailColumn, 190);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);

    m_splitter->setObjectName(u"usersSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tokens);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 600});
    // Beside the users the table is narrow and the name matters most: Expires already
    // shows the state with an icon and words, so Status and Created start hidden (the
    // header's menu brings them back).
    m_tokens->view()->setColumnHidden(TokenListModel::StatusColumn, true);
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
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        emit usersLoaded();
    });
    connect(m_model, &UserListModel::errorOccurred, this, &UsersPage::loadFailed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateCount);
    connect(m_model, &UserListModel::loading, this, &UsersPage::updateCount);
    connect(m_model, &UserListModel::totalCountChanged, this, &UsersPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::showSelectedUser);
    updateCount();
}

void UsersPage::setSession(Session *session)
{
    m_session = session;
    m_tokens->setUser(nullptr, QString(), QString());
    m_model->setClient(session ? session->client() : nullptr);
    if (session)
        m_model->reload();
}

void UsersPage::setOffline(bool offline, const QString &reason)
{
    m_tokens->setOffline(offline, reason);
}

void UsersPage::reload()
{
    m_model->reload();
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

void UsersPage::showSelectedUser()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_session) {
        m_tokens->setUser(nullptr, QString(), QString());
        return;
    }
    const User user = m_model->userAt(current.row());
    m_tokens->setUser(m_session, user.id, UserLabel::shortLabel(user));
}

} // namespace latchkey
