// UserListModel: the tenant's users (Name, Username, Email, Last sign-in),
// loaded page by page as the view scrolls, with a debounced search.
#pragma once

#include "net/apierror.h"
#include "net/user.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace latchkey {

class ApiCall;
class LogtoClient;

// Paging choice: rows are appended through canFetchMore()/fetchMore() rather
// than reported up front as placeholder rows. Views already drive fetchMore
// when the user scrolls to the end, rowCount() never lies about what can be
// shown, and Total-Number (totalCount()) is there for "1,000 users" labels
// and to know when the last page arrived.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UsernameColumn, EmailColumn, LastSignInColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        UserRole = Qt::UserRole + 1, // User
        UserIdRole,                  // QString
        SortRole,                    // raw value of the column (QString, qint64 ms)
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 100;
    static constexpr int DefaultDebounceMs = 300;

    // The client is not owned; it may be null until a connection is chosen.
    explicit UserListModel(LogtoClient *client = nullptr, QObject *parent = nullptr);
    ~UserListModel() override;

    void setClient(LogtoClient *client); // resets the list

    // Restarts the debounce; when it fires the list resets and page 1 of the
    // new search loads. Answers for an older search are dropped.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 100); }

    // Drops what is loaded and loads page 1 of the current search now.
    void reload();

    int totalCount() const { return m_total; } // -1 until the first page answered
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    User userAt(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void loading(bool busy);
    void errorOccurred(const ApiError &error);
    void totalCountChanged(int total);

private:
    void resetList();
    void setLoading(bool busy);

    QPointer<LogtoClient> m_client;
    QList<User> m_users;
    QSet<QString> m_ids; // a user created while paging shifts pages: skip repeats
    QString m_search;
    QString m_pendingSearch;
    QTimer m_debounce;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
    int m_pageSize = DefaultPageSize;
    int m_nextPage = 1;
    int m_total = -1;
    bool m_complete = false;
    bool m_failed = false;  // stops views from retrying a failing call in a loop
    bool m_loading = false; // own flag: the client decides when an ApiCall object goes away
    QLocale m_locale;
};

} // namespace latchkey
