// UserPickerDialog: finds one user in the tenant's directory by name, username
// or email (server search, debounced) — the "my user" picker of a connection.
#pragma once

#include "net/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace latchkey {

class LogtoClient;
class UserListModel;

class UserPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // The client is not owned and must outlive the dialog.
    explicit UserPickerDialog(LogtoClient *client, QWidget *parent = nullptr);

    User selectedUser() const;

    QLineEdit *searchField() const { return m_search; }
    QTreeView *list() const { return m_list; }

private:
    void updateStatus();

    UserListModel *m_model;
    QLineEdit *m_search;
    QTreeView *m_list;
    QLabel *m_status;
    QPushButton *m_choose;
};

} // namespace latchkey
