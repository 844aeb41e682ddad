#include "model/items/userlistmodel.h"

#include "model/domain/expiryformatter.h"
#include "net/logtoclient.h"

namespace latchkey {

UserListModel::UserListModel(LogtoClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        m_search = m_pendingSearch;
        reload();
    });
}

UserListModel::~UserListModel()
{
    if (m_call)
        m_call->abort();
}

void UserListModel::setClient(LogtoClient *client)
{
    m_client = client;
    m_debounce.stop();
    resetList();
}

void UserListModel::setSearch(const QString &text)
{
    m_pendingSearch = text;
    m_debounce.start();
}

void UserListModel::reload()
{
    resetList();
    fetchMore();
}

void UserListModel::setLoading(bool busy)
{
    if (busy == m_loading)
        return;
    m_loading = busy;
    emit loading(busy);
}

void UserListModel::resetList()
{
    ++m_generation; // any answer still on its way belongs to the old list
    if (m_call)
        m_call->abort();
    m_call.clear();
    setLoading(false);
    beginResetModel();
    m_users.clear();
    m_ids.clear();
    m_nextPage = 1;
    m_complete = false;
    m_failed = false;
    const bool totalChanged = m_total != -1;
    m_total = -1;
    endResetModel();
    if (totalChanged)
        emit totalCountChanged(m_total);
}

bool UserListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_complete && !m_failed && !isLoading();
}

void UserListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    UserQuery query;
    query.search = m_search;
    query.page = m_nextPage;
    query.pageSize = m_pageSize;
    const quint64 generation = m_generation;
    setLoading(true);
    m_call = m_client->listUsers(query, this, [this, generation](Result<UserPage> result) {
        if (generation != m_generation)
            return;
        m_call.clear();
        if (!result) {
            m_failed = true;
            setLoading(false);
            emit errorOccurred(result.error());
            return;
        }
        const UserPage &page = result.value();
        QList<User> fresh;
        fresh.reserve(page.users.size());
        for (const User &user : page.users) {
            if (!m_ids.contains(user.id)) {
                m_ids.insert(user.id);
                fresh.append(user);
            }
        }
        // State first, signals after: views (and QAbstractItemModelTester) call
        // canFetchMore()/fetchMore() from inside rowsInserted, and must see the
        // next page, not this one again. Loading stays true until the end.
        ++m_nextPage;
        m_complete = page.users.size() < m_pageSize || m_users.size() + fresh.size() >= page.total;
        const bool totalChanged = page.total != m_total;
        m_total = page.total;
        if (!fresh.isEmpty()) {
            const int first = int(m_users.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_users.append(std::move(fresh));
            endInsertRows();
        }
        if (totalChanged)
            emit totalCountChanged(m_total);
        setLoading(false);
    });
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users[index.row()];
    const qint64 lastSignIn = user.lastSignInAt.isValid() ? user.lastSignInAt.toMSecsSinceEpoch()
                                                          : std::numeric_limits<qint64>::min();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.name;
        case UsernameColumn:
            return user.username;
        case EmailColumn:
            return user.primaryEmail;
        case LastSignInColumn:
            return user.lastSignInAt.isValid()
                       ? ExpiryFormatter::relativeTime(lastSignIn,
                                                       QDateTime::currentMSecsSinceEpoch())
                       : tr("never");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastSignInColumn && user.lastSignInAt.isValid())
            return ExpiryFormatter::absolute(user.lastSignInAt, m_locale);
        if (index.column() == NameColumn) {
            // A narrow list shows names only: who exactly it is stays a hover away.
            QStringList lines{user.name};
            for (const QString &detail : {user.username, user.primaryEmail}) {
                if (!detail.isEmpty())
                    lines.append(detail);
            }
            return lines.join(u'\n');
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return user.name;
        case UsernameColumn:
            return user.username;
        case EmailColumn:
            return user.primaryEmail;
        case LastSignInColumn:
            return lastSignIn;
        }
        return {};
    case UserRole:
        return QVariant::fromValue(user);
    case UserIdRole:
        return user.id;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
