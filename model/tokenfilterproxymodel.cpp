#include "tokenfilterproxymodel.h"

#include "tokenlistmodel.h"

#include <algorithm>

namespace latchkey {

namespace {

bool statusMatches(TokenFilterProxyModel::StatusFilter filter, TokenStatus status)
{
    switch (filter) {
    case TokenFilterProxyModel::StatusFilter::All:
        return true;
    case TokenFilterProxyModel::StatusFilter::Active:
        return status == TokenStatus::Active;
    case TokenFilterProxyModel::StatusFilter::ExpiringSoon:
        return status == TokenStatus::ExpiringSoon;
    case TokenFilterProxyModel::StatusFilter::Expired:
        return status == TokenStatus::Expired;
    case TokenFilterProxyModel::StatusFilter::NeverExpires:
        return status == TokenStatus::NeverExpires;
    case TokenFilterProxyModel::StatusFilter::NeedsAttention:
        return status == TokenStatus::Expired || status == TokenStatus::ExpiringSoon;
    }
    return true;
}

// Four UTF-16 units of a text from `from` on, packed big-endian (missing ones as
// 0) and shifted into the signed range: ordering these integers orders texts
// by those four units.
qint64 chunkKey(QStringView text, qsizetype from = 0)
{
    quint64 key = 0;
    for (qsizetype i = from; i < from + 4; ++i)
        key = key << 16 | (i < text.size() ? text[i].unicode() : 0u);
    return qint64(key ^ (quint64(1) << 63));
}

// One source row while a column is ranked: its key, and what breaks ties.
struct RankEntry
{
    qint64 key;
    int tie; // the name's rank (or, while ranking names, unused)
    int row;
};

// Sorts the entries with `order` (a three-way comparison) and gives equal
// entries the same rank.
template<typename Order> void assignRanks(QList<RankEntry> &entries, QList<int> &rank, Order order)
{
    std::sort(entries.begin(), entries.end(),
              [&](const RankEntry &a, const RankEntry &b) { return order(a, b) < 0; });
    rank.resize(entries.size());
    int current = 0;
    for (int i = 0; i < entries.size(); ++i) {
        if (i > 0 && order(entries[i - 1], entries[i]) != 0)
            current = i;
        rank[entries[i].row] = current;
    }
}

template<typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Sorts entries whose texts agree on their first `depth` units, four units at
// a time: integer keys are sorted, and only runs of equal keys read their
// texts again, further on. Names share long prefixes ("ci-deploy-eu-west-"),
// which whole-string comparisons would scan again for every pair.
template<typename TextOf, typename TieOrder>
void sortByText(RankEntry *first, RankEntry *last, qsizetype depth, const TextOf &textOf,
                const TieOrder &tieOrder)
{
    bool longer = false; // does any text go on past this chunk?
    for (RankEntry *e = first; e != last; ++e) {
        const QStringView text = textOf(e->row);
        e->key = chunkKey(text, depth);
        longer = longer || text.size() > depth + 4;
    }
    if (!longer) {
        // Equal but for their lengths (or trailing NULs): the whole comparison decides.
        std::sort(first, last, [&](const RankEntry &a, const RankEntry &b) {
            return a.key != b.key ? a.key < b.key : tieOrder(a.row, b.row) < 0;
        });
        return;
    }
    std::sort(first, last, [](const RankEntry &a, const RankEntry &b) { return a.key < b.key; });
    for (RankEntry *run = first; run != last;) {
        RankEntry *end = run + 1;
        while (end != last && end->key == run->key)
            ++end;
        if (end - run > 1)
            sortByText(run, end, depth + 4, textOf, tieOrder);
        run = end;
    }
}

} // namespace

TokenFilterProxyModel::TokenFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TokenListModel::SortRole);
    setFilterKeyColumn(TokenListModel::NameColumn);
    setDynamicSortFilter(true);
}

void TokenFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_tokens)
        disconnect(m_tokens, nullptr, this, nullptr);
    m_ranks.clear();
    m_tokens = qobject_cast<TokenListModel *>(model);
    // Connected before the base class connects its own handlers, so that the
    // ranks are dropped before the base class sorts changed rows with them.
    if (m_tokens) {
        const auto all = [this] { columnsChanged(0, TokenListModel::ColumnCount - 1); };
        connect(m_tokens, &QAbstractItemModel::modelReset, this, all);
        connect(m_tokens, &QAbstractItemModel::rowsInserted, this, all);
        connect(m_tokens, &QAbstractItemModel::rowsRemoved, this, all);
        connect(m_tokens, &QAbstractItemModel::layoutChanged, this, all);
        connect(m_tokens, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    columnsChanged(topLeft.column(), bottomRight.column());
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void TokenFilterProxyModel::columnsChanged(int first, int last)
{
    if (m_ranks.isEmpty())
        return;
    // Every column's ties are broken by the name: new names re-rank them all.
    if (first <= TokenListModel::NameColumn)
        last = TokenListModel::ColumnCount - 1;
    for (int column = std::max(first, 0); column <= last && column < m_ranks.size(); ++column)
        m_ranks[column].clear();
}

const QList<int> &TokenFilterProxyModel::ranks(int column) const
{
    if (m_ranks.size() != TokenListModel::ColumnCount)
        m_ranks.resize(TokenListModel::ColumnCount);
    if (column < 0 || column >= TokenListModel::ColumnCount)
        column = TokenListModel::NameColumn;
    const int rows = m_tokens->rowCount();
    if (m_ranks[TokenListModel::NameColumn].size() != rows)
        rankNames();
    if (m_ranks[column].size() != rows)
        rankColumn(column);
    return m_ranks[column];
}

void TokenFilterProxyModel::rankNames() const
{
    const TokenListModel &tokens = *m_tokens;
    QList<RankEntry> entries(tokens.rowCount());
    for (int row = 0; row < entries.size(); ++row)
        entries[row] = {0, 0, row};
    // Case-folded first, so "backup" and "Backup" sit together; then exactly.
    const auto nameOrder = [&tokens](int l, int r) {
        const int folded = QString::compare(tokens.foldedNameAt(l), tokens.foldedNameAt(r));
        return folded != 0 ? folded : QString::compare(tokens.nameAt(l), tokens.nameAt(r));
    };
    sortByText(
        entries.data(), entries.data() + entries.size(), 0,
        [&tokens](int row) { return QStringView(tokens.foldedNameAt(row)); }, nameOrder);
    QList<int> &rank = m_ranks[TokenListModel::NameColumn];
    rank.resize(entries.size());
    int current = 0;
    for (int i = 0; i < entries.size(); ++i) {
        if (i > 0 && nameOrder(entries[i - 1].row, entries[i].row) != 0)
            current = i;
        rank[entries[i].row] = current; // equal names share a rank: the sort stays stable
    }
}

void TokenFilterProxyModel::rankColumn(int column) const
{
    if (column == TokenListModel::NameColumn)
        return;
    const TokenListModel &tokens = *m_tokens;
    const QList<int> &nameRank = m_ranks[TokenListModel::NameColumn];
    QList<RankEntry> entries(tokens.rowCount());
    for (int row = 0; row < entries.size(); ++row) {
        qint64 key = 0;
        switch (column) {
        case TokenListModel::TokenColumn:
            key = chunkKey(tokens.hintAt(row));
            break;
        case TokenListModel::CreatedColumn:
            key = tokens.createdAtMs(row);
            break;
        case TokenListModel::ExpiresColumn:
            key = tokens.expiresAtMs(row);
            break;
        case TokenListModel::StatusColumn:
            key = int(tokens.statusAt(row));
            break;
        case TokenListModel::CachedColumn:
            key = tokens.cachedAt(row);
            break;
        default:
            break;
        }
        entries[row] = {key, nameRank[row], row};
    }
    assignRanks(entries, m_ranks[column],
                [&tokens, column](const RankEntry &l, const RankEntry &r) {
                    int order = compare(l.key, r.key);
                    // Hints longer than four characters (older snapshots) tie on the key.
                    if (order == 0 && column == TokenListModel::TokenColumn)
                        order = QString::compare(tokens.hintAt(l.row), tokens.hintAt(r.row));
                    return order != 0 ? order : compare(l.tie, r.tie);
                });
}

// Filter changes rebuild the mapping in one pass (invalidate()) rather than
// through invalidateFilter(), whose row-by-row removal from a sorted mapping
// takes seconds on a 100k-row list.
void TokenFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_foldedText = text.toCaseFolded();
    invalidate();
}

void TokenFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidate();
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const bool anyStatus = m_status == StatusFilter::All;
    if (m_tokens) {
        if (!anyStatus && !statusMatches(m_status, m_tokens->statusAt(sourceRow)))
            return false;
        return m_text.isEmpty() ||
               m_tokens->nameAt(sourceRow).contains(m_text, Qt::CaseInsensitive);
    }
    const QAbstractItemModel *source = sourceModel();
    if (!anyStatus) {
        const QModelIndex statusIndex = source->index(sourceRow, 0, sourceParent);
        const auto status =
            TokenStatus(source->data(statusIndex, TokenListModel::StatusRole).toInt());
        if (!statusMatches(m_status, status))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QModelIndex nameIndex = source->index(sourceRow, filterKeyColumn(), sourceParent);
    return source->data(nameIndex, Qt::DisplayRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

bool TokenFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_tokens || sortRole() != TokenListModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    // Ties (and the Name column) fall back to the name, so the order is stable
    // and predictable whatever column the user sorts by.
    const QList<int> &rank = ranks(left.column());
    return rank[left.row()] < rank[right.row()];
}

} // namespace latchkey
