// ExpiryDelegate: draws the Expires and Status cells with an icon and a colour
// for expired and soon-expiring tokens — never colour alone.
#pragma once

#include <QStyledItemDelegate>

namespace latchkey {

class ExpiryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace latchkey
