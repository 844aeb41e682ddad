// TokenNameDelegate: inline renaming in the Name column, validated as the user
// types; an invalid name is never sent to the server.
#include "ui/tokennamedelegate.h"

#include "model/domain/tokennamevalidator.h"

#include <QLineEdit>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace latchkey {

TokenNameDelegate::TokenNameDelegate(TakenNames takenNames, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_takenNames(std::move(takenNames))
{}

QWidget *TokenNameDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setAccessibleName(tr("Token name"));
        const QStringList taken = m_takenNames(index);
        connect(line, &QLineEdit::textChanged, line, [line, taken](const QString &text) {
            const auto verdict = TokenNameValidator::check(text, taken);
            line->setStyleSheet(verdict.ok() ? QString() : u"border: 1px solid #b3261e"_s);
            line->setToolTip(verdict.error);
            if (!verdict.ok())
                QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), verdict.error,
                                   line);
            else
                QToolTip::hideText();
        });
    }
    return editor;
}

void TokenNameDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    const QString name = line->text();
    if (name == index.data(Qt::EditRole).toString())
        return;
    const auto verdict = TokenNameValidator::check(name, m_takenNames(index));
    if (!verdict.ok()) {
        emit rejected(verdict.error);
        return;
    }
    model->setData(index, name, Qt::EditRole);
}

} // namespace latchkey
