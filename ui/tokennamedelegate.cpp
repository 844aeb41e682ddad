// TokenNameDelegate: inline renaming in the Name column, validated as the user
// types; an invalid name is never sent to the server, and a refused one stays
// in the editor with the reason right under it.
#include "ui/tokennamedelegate.h"

#include "model/domain/tokennamevalidator.h"
#include "model/items/tokenlistmodel.h"
#include "ui/statuspalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
const char *const ProblemProperty = "latchkeyProblemLabel";
const char *const TakenProperty = "latchkeyTakenNames";
const char *const OriginalProperty = "latchkeyOriginalName";
} // namespace

TokenNameDelegate::TokenNameDelegate(TakenNames takenNames, Owner owner, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_takenNames(std::move(takenNames))
    , m_owner(std::move(owner))
{}

QLabel *TokenNameDelegate::problemLabel(const QWidget *editor)
{
    return qobject_cast<QLabel *>(editor->property(ProblemProperty).value<QObject *>());
}

QWidget *TokenNameDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return editor;
    line->setAccessibleName(tr("Token name"));
    line->setMaxLength(int(TokenNameValidator::MaxLength));
    line->setProperty(TakenProperty, m_takenNames(index));
    line->setProperty(OriginalProperty, index.data(TokenListModel::NameRole).toString());

    // Beside the editor, in the view: an editor's child would be cut to its one row.
    auto *problem = new QLabel(parent);
    problem->setObjectName(u"renameProblem"_s);
    problem->setForegroundRole(QPalette::ToolTipText);
    problem->setBackgroundRole(QPalette::ToolTipBase);
    problem->setAutoFillBackground(true);
    problem->setFrameShape(QFrame::Box);
    problem->setMargin(2);
    problem->hide();
    connect(line, &QObject::destroyed, problem, &QObject::deleteLater);
    line->setProperty(ProblemProperty, QVariant::fromValue<QObject *>(problem));
    connect(line, &QLineEdit::textChanged, line, [this, line] { judge(line); });
    emit editingStarted(index.data(TokenListModel::NameRole).toString());
    return editor;
}

void TokenNameDelegate::judge(QLineEdit *line) const
{
    QLabel *problem = problemLabel(line);
    const auto verdict =
        TokenNameValidator::check(line->text(), line->property(TakenProperty).toStringList(),
                                  m_owner ? m_owner() : QString());
    line->setStyleSheet(
        verdict.ok() ? QString()
                     : u"border: 1px solid %1"_s.arg(
                           StatusPalette(line->palette()).text(StatusPalette::Role::Error).name()));
    if (!problem)
        return;
    const QString text = verdict.ok() ? verdict.warning : verdict.error;
    problem->setText(text);
    problem->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        problem->adjustSize();
        problem->move(line->x(), line->geometry().bottom() + 1);
        problem->raise();
    }
}

void TokenNameDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (QLabel *problem = problemLabel(editor))
        problem->move(editor->x(), editor->geometry().bottom() + 1);
}

bool TokenNameDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    if (line && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QString name = TokenNameValidator::normalized(line->text());
            const auto verdict =
                TokenNameValidator::check(name, line->property(TakenProperty).toStringList(),
                                          m_owner ? m_owner() : QString());
            // A refused name stays in the editor, with the reason under it, for
            // another try (or Esc); it is not thrown away.
            if (!verdict.ok() && name != line->property(OriginalProperty).toString()) {
                judge(line);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void TokenNameDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    const QString name = TokenNameValidator::normalized(line->text());
    if (name == index.data(Qt::EditRole).toString())
        return;
    const auto verdict =
        TokenNameValidator::check(name, m_takenNames(index), m_owner ? m_owner() : QString());
    if (!verdict.ok()) {
        emit rejected(verdict.error);
        return;
    }
    model->setData(index, name, Qt::EditRole);
}

} // namespace latchkey
