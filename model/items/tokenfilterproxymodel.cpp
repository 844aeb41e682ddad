#include "model/items/tokenfilterproxymodel.h"

#include "model/items/tokenlistmodel.h"

#include <algorithm>

namespace latchkey {

struct TokenFilterProxyModel::Arrangement
{
    quint64 version = 0;
    std::array<quint64, TokenOrder::ColumnCount> columnVersion{};
    TokenOrder::RankSet ranks;
    QList<int> order;
};

TokenFilterProxyModel::TokenFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    // One worker: arrangements finish in the order they were asked for.
    m_worker.setMaxThreadCount(1);
}

TokenFilterProxyModel::~TokenFilterProxyModel() = default;

void TokenFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (m_tokens)
        disconnect(m_tokens, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_tokens = qobject_cast<TokenListModel *>(model);
    m_sourceRows.clear();
    m_proxyRows.clear();
    if (m_tokens) {
        m_proxyRows.fill(-1, m_tokens->rowCount());
        connect(m_tokens, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); });
        connect(m_tokens, &QAbstractItemModel::modelReset, this,
                &TokenFilterProxyModel::sourceReset);
        connect(
            m_tokens, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); });
        connect(
            m_tokens, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); });
        connect(m_tokens, &QAbstractItemModel::dataChanged, this,
                &TokenFilterProxyModel::sourceDataChanged);
    }
    dropRanks(0, TokenOrder::ColumnCount - 1);
    endResetModel();
    rearrange();
}

void TokenFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_criteria.text)
        return;
    m_criteria.text = text;
    rearrange();
}

void TokenFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_criteria.status)
        return;
    m_criteria.status = filter;
    rearrange();
}

void TokenFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_criteria.column && order == m_criteria.order)
        return;
    m_criteria.column = column;
    m_criteria.order = order;
    rearrange();
}

void TokenFilterProxyModel::setSynchronousLimit(int rows)
{
    m_synchronousLimit = rows;
}

void TokenFilterProxyModel::rearrange()
{
    ++m_version;
    if (!m_tokens) {
        show({});
        return;
    }
    m_criteria.nowMs = m_tokens->nowMs();
    m_criteria.expiringSoonDays = m_tokens->expiringSoonDays();
    if (m_tokens->rowCount() <= m_synchronousLimit) {
        // A worker still running works on an older version: its order is dropped.
        m_stale = false;
        show(TokenOrder::arrange(m_tokens->rows(), m_criteria, &m_ranks));
        emit arranged();
        return;
    }
    if (m_running) {
        m_stale = true; // one worker at a time; the latest change is what counts
        return;
    }
    startWorker();
}

void TokenFilterProxyModel::startWorker()
{
    m_running = true;
    m_stale = false;
    Arrangement job{m_version, m_columnVersion, m_ranks, {}};
    // The rows are an implicitly shared snapshot: the model may go on changing
    // its own (it then detaches) while the worker reads these.
    m_worker.start(
        [this, rows = m_tokens->rows(), criteria = m_criteria, job = std::move(job)]() mutable {
            job.order = TokenOrder::arrange(rows, criteria, &job.ranks);
            QMetaObject::invokeMethod(
                this, [this, job = std::move(job)] { adopt(job); }, Qt::QueuedConnection);
        });
}

void TokenFilterProxyModel::adopt(const Arrangement &done)
{
    m_running = false;
    // Ranks of columns whose values did not change meanwhile are kept for the next time.
    for (int column = 0; column < TokenOrder::ColumnCount; ++column) {
        if (!m_ranks[column] && done.columnVersion[column] == m_columnVersion[column])
            m_ranks[column] = done.ranks[column];
    }
    if (done.version == m_version) {
        show(done.order);
        emit arranged();
    } else if (m_stale && m_tokens) {
        startWorker();
    } else {
        emit arranged(); // arranged at once meanwhile (the list became small)
    }
}

// `order` lists the source rows to show. sourceAfter, when given, maps each
// source row the current mapping refers to onto its number after a removal
// (-1: removed), so that persistent indexes follow their rows.
void TokenFilterProxyModel::show(QList<int> order, const QList<int> &sourceAfter)
{
    const int sourceCount = m_tokens ? m_tokens->rowCount() : 0;
    const auto placesOf = [sourceCount](const QList<int> &rows) {
        QList<int> places(sourceCount, -1);
        for (int i = 0; i < rows.size(); ++i)
            places[rows[i]] = i;
        return places;
    };
    // Not QList::operator==: Qt 6.4 memcmp()s two empty lists through null pointers.
    if (std::equal(order.cbegin(), order.cend(), m_sourceRows.cbegin(), m_sourceRows.cend())) {
        // Nothing moves on screen; only source numbers may have shifted.
        if (!sourceAfter.isEmpty() || m_proxyRows.size() != sourceCount)
            m_proxyRows = placesOf(m_sourceRows);
        return;
    }
    if (m_sourceRows.isEmpty()) {
        beginInsertRows({}, 0, int(order.size()) - 1);
        m_sourceRows = std::move(order);
        m_proxyRows = placesOf(m_sourceRows);
        endInsertRows();
        return;
    }
    emit layoutAboutToBeChanged();
    QList<int> places = placesOf(order);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        int source = m_sourceRows.value(index.row(), -1);
        if (source >= 0 && !sourceAfter.isEmpty())
            source = sourceAfter.value(source, -1);
        const int row = source >= 0 ? places[source] : -1;
        to.append(row >= 0 ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    m_sourceRows = std::move(order);
    m_proxyRows = std::move(places);
    emit layoutChanged();
}

void TokenFilterProxyModel::dropRanks(int firstColumn, int lastColumn)
{
    // Every column's ties are broken by the name: new names re-rank them all.
    if (firstColumn <= TokenListModel::NameColumn)
        lastColumn = TokenOrder::ColumnCount - 1;
    for (int column = std::max(firstColumn, 0);
         column <= std::min(lastColumn, TokenOrder::ColumnCount - 1); ++column) {
        m_ranks[column].reset();
        ++m_columnVersion[column];
    }
}

void TokenFilterProxyModel::sourceReset()
{
    m_sourceRows.clear();
    m_proxyRows.fill(-1, m_tokens->rowCount());
    dropRanks(0, TokenOrder::ColumnCount - 1);
    ++m_version;
    endResetModel();
    rearrange();
}

void TokenFilterProxyModel::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    for (int &source : m_sourceRows) {
        if (source >= first)
            source += count;
    }
    m_proxyRows.insert(first, count, -1);
    for (int i = 0; i < m_sourceRows.size(); ++i)
        m_proxyRows[m_sourceRows[i]] = i;
    // The new rows show once arranged (at once for small lists).
    dropRanks(0, TokenOrder::ColumnCount - 1);
    rearrange();
}

void TokenFilterProxyModel::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    QList<int> after(m_proxyRows.size());
    for (int row = 0; row < after.size(); ++row)
        after[row] = row < first ? row : row <= last ? -1 : row - count;
    // What is left keeps its order: removing rows unsorts and unfilters nothing.
    QList<int> order;
    order.reserve(m_sourceRows.size());
    for (int source : std::as_const(m_sourceRows)) {
        if (after[source] >= 0)
            order.append(after[source]);
    }
    dropRanks(0, TokenOrder::ColumnCount - 1);
    ++m_version;
    m_stale = m_running;
    show(std::move(order), after);
}

void TokenFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                              const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    const int firstColumn = topLeft.column();
    const int lastColumn = bottomRight.column();
    const int changedRows = bottomRight.row() - topLeft.row() + 1;
    if (!m_sourceRows.isEmpty()) {
        if (changedRows > 64) {
            // Whole columns (the clock moved): one signal for the whole table.
            emit dataChanged(index(0, firstColumn), index(rowCount() - 1, lastColumn), roles);
        } else {
            for (int source = topLeft.row(); source <= bottomRight.row(); ++source) {
                const int row = m_proxyRows.value(source, -1);
                if (row >= 0)
                    emit dataChanged(index(row, firstColumn), index(row, lastColumn), roles);
            }
        }
    }
    dropRanks(firstColumn, lastColumn);
    const auto within = [&](int column) { return firstColumn <= column && column <= lastColumn; };
    const bool moves =
        within(TokenListModel::NameColumn) || within(m_criteria.column) ||
        (!m_criteria.text.isEmpty() && within(TokenListModel::NotesColumn)) ||
        (m_criteria.status != StatusFilter::All &&
         (within(TokenListModel::ExpiresColumn) || within(TokenListModel::StatusColumn)));
    if (moves)
        rearrange();
}

QModelIndex TokenFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_sourceRows.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TokenFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TokenFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TokenFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sourceRows.size());
}

int TokenFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_tokens ? 0 : TokenListModel::ColumnCount;
}

bool TokenFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_sourceRows.isEmpty();
}

QVariant TokenFilterProxyModel::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? m_tokens->data(source, role) : QVariant();
}

QVariant TokenFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The base class maps a column through the first row, which an empty
    // (filtered-out) table does not have.
    if (!m_tokens)
        return {};
    if (orientation == Qt::Horizontal)
        return m_tokens->headerData(section, orientation, role);
    return m_tokens->headerData(m_sourceRows.value(section, section), orientation, role);
}

QModelIndex TokenFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_tokens || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= m_sourceRows.size())
        return {};
    return m_tokens->index(m_sourceRows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex TokenFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_tokens || !sourceIndex.isValid() || sourceIndex.model() != m_tokens)
        return {};
    const int row = m_proxyRows.value(sourceIndex.row(), -1);
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

} // namespace latchkey
