// ShortcutsDialog: Help → Keyboard Shortcuts; every action that has a key, read
// from the actions themselves so that the list cannot drift from the app.
#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);

    // "&Copy Token", "Set &Expiry…", "我的令牌(&M)": the words without mnemonic or dots.
    static const QRegularExpression decoration(u"\\(&.\\)|&|…"_s);
    QSet<QString> listed;
    for (const QAction *action : actions) {
        // A hidden action's key does nothing (e.g. Users on a developer connection).
        if (action->shortcut().isEmpty() || !action->isVisible())
            continue;
        const QString name = action->text().remove(decoration).trimmed();
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (name.isEmpty() || listed.contains(name))
            continue;
        listed.insert(name);
        new QTreeWidgetItem(m_table, {name, keys});
    }

    auto *note = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(note, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    resize(420, 420);
}

} // namespace latchkey
