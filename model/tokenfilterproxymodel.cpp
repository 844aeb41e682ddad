#include "tokenfilterproxymodel.h"

#include "tokenlistmodel.h"

#include <algorithm>
#include <numeric>

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

template<typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
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
    m_nameRank.clear();
    m_tokens = qobject_cast<TokenListModel *>(model);
    // Connected before the base class connects its own handlers, so that the
    // ranks are dropped before the base class sorts changed rows with them.
    if (m_tokens) {
        connect(m_tokens, &QAbstractItemModel::modelReset, this,
                &TokenFilterProxyModel::namesChanged);
        connect(m_tokens, &QAbstractItemModel::rowsInserted, this,
                &TokenFilterProxyModel::namesChanged);
        connect(m_tokens, &QAbstractItemModel::rowsRemoved, this,
                &TokenFilterProxyModel::namesChanged);
        connect(m_tokens, &QAbstractItemModel::layoutChanged, this,
                &TokenFilterProxyModel::namesChanged);
        connect(m_tokens, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft) {
                    if (topLeft.column() <= TokenListModel::NameColumn)
                        namesChanged();
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void TokenFilterProxyModel::rankNames() const
{
    const int rows = m_tokens->rowCount();
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    const TokenListModel &tokens = *m_tokens;
    auto nameOrder = [&tokens](int l, int r) {
        const int folded = QString::compare(tokens.foldedNameAt(l), tokens.foldedNameAt(r));
        return folded != 0 ? folded : QString::compare(tokens.nameAt(l), tokens.nameAt(r));
    };
    std::sort(order.begin(), order.end(), [&](int l, int r) { return nameOrder(l, r) < 0; });
    m_nameRank.resize(rows);
    int rank = 0;
    for (int i = 0; i < rows; ++i) {
        if (i > 0 && nameOrder(order[i - 1], order[i]) != 0)
            rank = i;
        m_nameRank[order[i]] = rank; // equal names share a rank: the sort stays stable
    }
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
    const int l = left.row();
    const int r = right.row();
    int order = 0;
    switch (left.column()) {
    case TokenListModel::TokenColumn:
        order = compare(m_tokens->hintAt(l), m_tokens->hintAt(r));
        break;
    case TokenListModel::CreatedColumn:
        order = compare(m_tokens->createdAtMs(l), m_tokens->createdAtMs(r));
        break;
    case TokenListModel::ExpiresColumn:
        order = compare(m_tokens->expiresAtMs(l), m_tokens->expiresAtMs(r));
        break;
    case TokenListModel::StatusColumn:
        order = compare(int(m_tokens->statusAt(l)), int(m_tokens->statusAt(r)));
        break;
    case TokenListModel::CachedColumn:
        order = compare(m_tokens->cachedAt(l), m_tokens->cachedAt(r));
        break;
    default:
        break;
    }
    // Ties (and the Name column) fall back to the name, so the order is stable
    // and predictable whatever column the user sorts by.
    if (order == 0) {
        if (m_nameRank.size() != m_tokens->rowCount())
            rankNames();
        order = compare(m_nameRank[l], m_nameRank[r]);
    }
    return order < 0;
}

} // namespace latchkey
