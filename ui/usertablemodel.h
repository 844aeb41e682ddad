// UserTableModel: the tenant's users for UsersPage, fetched page by page as the
// list scrolls, narrowed by a server-side search.
// (A small ui/ adapter: the model layer's UserListModel had not landed yet.)
#pragma once

#include "logtoclient.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace latchkey {

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UsernameColumn, EmailColumn, LastSignInColumn, ColumnCount };
    enum Role { UserRole = Qt::UserRole + 1, UserIdRole };

    explicit UserTableModel(QObject *parent = nullptr);

    // Starts over with the first page (client may be null: empties the list).
    void setClient(LogtoClient *client);
    void setSearch(const QString &text);
    void reload();
    int total() const { return m_total; }
    bool isLoading() const { return bool(m_call); }
    User userAt(int row) const { return m_users.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    // The first page of a (re)load arrived.
    void firstPageLoaded();
    void loadFailed(const ApiError &error);

private:
    void fetchPage(int page);

    QPointer<LogtoClient> m_client;
    QPointer<ApiCall> m_call;
    QString m_search;
    QList<User> m_users;
    int m_total = 0;
    int m_nextPage = 1;
    quint64 m_generation = 0;
    static constexpr int PageSize = 100;
};

} // namespace latchkey
