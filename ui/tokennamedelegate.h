// TokenNameDelegate: inline renaming in the Name column, validated as the user
// types; an invalid name is never sent to the server.
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace latchkey {

class TokenNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // takenNames: the other token names of the row's user.
    using TakenNames = std::function<QStringList(const QModelIndex &)>;

    explicit TokenNameDelegate(TakenNames takenNames, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    // The edit was refused; message says why.
    void rejected(const QString &message) const;

private:
    TakenNames m_takenNames;
};

} // namespace latchkey
