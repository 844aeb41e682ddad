// TokenTableFilter: the model's TokenFilterProxyModel plus the one choice the
// expiry notice needs — "needs attention" (expired or expiring soon).
#pragma once

#include "tokenfilterproxymodel.h"

namespace latchkey {

class TokenTableFilter : public TokenFilterProxyModel
{
    Q_OBJECT
public:
    using TokenFilterProxyModel::TokenFilterProxyModel;

    // While on, only expired and soon-expiring tokens show (the status filter is ignored).
    void setNeedsAttentionOnly(bool on);
    bool needsAttentionOnly() const { return m_attention; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_attention = false;
};

} // namespace latchkey
