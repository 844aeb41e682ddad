// TokenTableFilter: the model's TokenFilterProxyModel plus the one choice the
// expiry notice needs — "needs attention" (expired or expiring soon).
#include "tokentablefilter.h"

#include "tokenlistmodel.h"

namespace latchkey {

void TokenTableFilter::setNeedsAttentionOnly(bool on)
{
    if (m_attention == on)
        return;
    m_attention = on;
    if (on)
        setStatusFilter(StatusFilter::All);
    invalidateRowsFilter();
}

bool TokenTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!TokenFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (!m_attention)
        return true;
    const auto status = TokenStatus(
        sourceModel()->index(sourceRow, 0, sourceParent).data(TokenListModel::StatusRole).toInt());
    return status == TokenStatus::Expired || status == TokenStatus::ExpiringSoon;
}

} // namespace latchkey
