// UsersPage: the admin view — search the tenant's users (debounced, server
// side), page through them lazily, and manage the selected user's tokens beside.
#include "userspage.h"

#include "connectionsession.h"
#include "icons.h"
#include "logtoclient.h"
#include "tokenspage.h"
#include "userlabel.h"
#include "usertablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

UsersPage::UsersPage(ClipboardGuard *clipboard, TokenCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_model(new UserTableModel(this))
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

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Users"));
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(UserTableModel::NameColumn, 150);
    m_view->setColumnWidth(UserTableModel::UsernameColumn, 110);
    m_view->setColumnWidth(UserTableModel::EmailColumn, 190);

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
    m_splitter->setSizes({380, 620});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The server searches; ask it once the user pauses typing.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_model, &UserTableModel::firstPageLoaded, this, [this] {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        emit usersLoaded();
    });
    connect(m_model, &UserTableModel::loadFailed, this, &UsersPage::loadFailed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateCount);
    connect(m_model, &UserTableModel::loadingChanged, this, &UsersPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::showSelectedUser);
    updateCount();
}

void UsersPage::setSession(ConnectionSession *session)
{
    m_session = session;
    m_tokens->setUser(nullptr, QString(), QString());
    m_model->setClient(session ? session->client() : nullptr);
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
    if (m_model->rowCount() < m_model->total())
        m_count->setText(tr("%1 of %n user(s) — scroll for more", nullptr, m_model->total())
                             .arg(m_model->rowCount()));
    else
        m_count->setText(tr("%n user(s)", nullptr, m_model->total()));
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
