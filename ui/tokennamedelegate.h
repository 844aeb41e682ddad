// TokenNameDelegate: inline renaming in the Name column, validated as the user
// types; an invalid name is never sent to the server, and a refused one stays
// in the editor with the reason right under it.
#pragma once

#include <QStyledItemDelegate>

#include <functional>

class QLabel;
class QLineEdit;

namespace latchkey {

class TokenNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // takenNames: the other token names of the row's user; owner: that user as
    // duplicate errors name them (empty: the app's user, "you").
    using TakenNames = std::function<QStringList(const QModelIndex &)>;
    using Owner = std::function<QString()>;

    TokenNameDelegate(TakenNames takenNames, Owner owner, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

signals:
    // The edit was refused; message says why.
    void rejected(const QString &message) const;
    // An editor opened on the token called name.
    void editingStarted(const QString &name) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // Shows (or hides) why the editor's text cannot be saved, under the editor.
    void judge(QLineEdit *line) const;
    static QLabel *problemLabel(const QWidget *editor);

    TakenNames m_takenNames;
    Owner m_owner;
};

} // namespace latchkey
