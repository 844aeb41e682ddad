// UserTableModel: the tenant's users for UsersPage, fetched page by page as the
// list scrolls, narrowed by a server-side search.
#include "usertablemodel.h"

#include "logtoclient.h"

#include <QLocale>

namespace latchkey {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setClient(LogtoClient *client)
{
    m_client = client;
    reload();
}

void UserTableModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

void UserTableModel::reload()
{
    if (m_call)
        m_call->abort();
    ++m_generation;
    beginResetModel();
    m_users.clear();
    m_total = 0;
    m_nextPage = 1;
    endResetModel();
    if (m_client)
        fetchPage(1);
}

void UserTableModel::fetchPage(int page)
{
    UserQuery query;
    query.search = m_search;
    query.page = page;
    query.pageSize = PageSize;
    const quint64 generation = m_generation;
    emit loadingChanged(true);
    m_call = m_client->listUsers(query, this, [this, generation, page](Result<UserPage> result) {
        m_call = nullptr;
        emit loadingChanged(false);
        if (generation != m_generation)
            return;
        if (!result) {
            emit loadFailed(result.error());
            return;
        }
        const UserPage &got = result.value();
        m_total = got.total;
        m_nextPage = page + 1;
        if (!got.users.isEmpty()) {
            beginInsertRows({}, int(m_users.size()), int(m_users.size() + got.users.size() - 1));
            m_users.append(got.users);
            endInsertRows();
        }
        if (got.users.isEmpty())
            m_total = int(m_users.size()); // nothing more to page through
        if (page == 1)
            emit firstPageLoaded();
    });
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_call && m_users.size() < m_total;
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage(m_nextPage);
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User &user = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return user.name;
        case UsernameColumn:
            return user.username;
        case EmailColumn:
            return user.primaryEmail;
        case LastSignInColumn:
            return user.lastSignInAt.isValid()
                       ? QLocale().toString(user.lastSignInAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        }
    } else if (role == Qt::ToolTipRole && index.column() == NameColumn && user.isSuspended) {
        return tr("Suspended");
    } else if (role == UserRole) {
        return QVariant::fromValue(user);
    } else if (role == UserIdRole) {
        return user.id;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case EmailColumn:
        return tr("Email");
    case LastSignInColumn:
        return tr("Last sign-in");
    }
    return {};
}

} // namespace latchkey
