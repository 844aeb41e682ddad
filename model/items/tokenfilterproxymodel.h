// TokenFilterProxyModel: the token table as the user narrows and sorts it
// (name text, status). Small lists are arranged at once; big ones on a worker
// thread, so that neither a sort nor a keystroke freezes the window.
#pragma once

#include "model/items/tokenorder.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPointer>
#include <QThreadPool>

namespace latchkey {

class TokenListModel;

class TokenFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using StatusFilter = TokenOrder::StatusFilter;

    explicit TokenFilterProxyModel(QObject *parent = nullptr);
    ~TokenFilterProxyModel() override;

    // Only a TokenListModel is shown; any other model leaves the proxy empty.
    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_criteria.text; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_criteria.status; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_criteria.column; }
    Qt::SortOrder sortOrder() const { return m_criteria.order; }

    // Lists of up to this many rows are arranged within the call that changed
    // them (a few ms); bigger ones on a worker, and the rows move when it is done.
    static constexpr int DefaultSynchronousLimit = 5000;
    void setSynchronousLimit(int rows);
    // Whether a worker is still arranging the rows; arranged() follows.
    bool isArranging() const { return m_running || m_stale; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    // The rows shown match the current text, status and sort.
    void arranged();

private:
    struct Arrangement;

    void rearrange();
    void startWorker();
    void adopt(const Arrangement &done);
    void show(QList<int> order, const QList<int> &sourceAfter = {});
    void dropRanks(int firstColumn, int lastColumn);

    void sourceReset();
    void sourceRowsInserted(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    QPointer<TokenListModel> m_tokens;
    TokenOrder::Criteria m_criteria;
    int m_synchronousLimit = DefaultSynchronousLimit;
    // Visible source rows in display order, and each source row's place (-1: hidden).
    QList<int> m_sourceRows;
    QList<int> m_proxyRows;
    TokenOrder::RankSet m_ranks;
    // Bumped by every change of the rows or the criteria, and by every change of
    // a column's values: a worker's result applies only to what it was given.
    quint64 m_version = 0;
    std::array<quint64, TokenOrder::ColumnCount> m_columnVersion{};
    bool m_running = false;
    bool m_stale = false; // a change arrived after the running worker started
    // Last, so it is destroyed first: its destructor waits for a running worker,
    // whose result is then posted to an object that still exists and dropped.
    QThreadPool m_worker;
};

} // namespace latchkey
