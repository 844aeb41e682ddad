// ExpiryDelegate: draws the Expires and Status cells with an icon and a colour
// for expired and soon-expiring tokens — never colour alone.
#include "ui/expirydelegate.h"

#include "model/items/tokenlistmodel.h"
#include "ui/icons.h"
#include "ui/statuspalette.h"

namespace latchkey {

void ExpiryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool selected = option->state & QStyle::State_Selected;
    switch (TokenStatus(index.data(TokenListModel::StatusRole).toInt())) {
    case TokenStatus::Expired:
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = Icons::get(Icons::Id::Expired);
        if (!selected)
            option->palette.setColor(
                QPalette::Text, StatusPalette(option->palette).text(StatusPalette::Role::Error));
        break;
    case TokenStatus::ExpiringSoon:
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = Icons::get(Icons::Id::Expiring);
        if (!selected)
            option->palette.setColor(
                QPalette::Text, StatusPalette(option->palette).text(StatusPalette::Role::Warning));
        break;
    case TokenStatus::NeverExpires:
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = Icons::get(Icons::Id::Never);
        break;
    case TokenStatus::Active:
        break;
    }
    if (option->features & QStyleOptionViewItem::HasDecoration)
        option->decorationSize = QSize(16, 16);
}

} // namespace latchkey
