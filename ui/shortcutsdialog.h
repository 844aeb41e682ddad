// ShortcutsDialog: Help → Keyboard Shortcuts; every action that has a key, read
// from the actions themselves so that the list cannot drift from the app.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace latchkey {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

private:
    QTreeWidget *m_table;
};

} // namespace latchkey
