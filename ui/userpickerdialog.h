// UserPickerDialog: finds one user in the tenant's directory by name, username
// or email (server search, debounced) — the "my user" picker of a connection.
#pragma once

#include "user.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace latchkey {

class ApiCall;
class LogtoClient;

class UserPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // The client is not owned and must outlive the dialog.
    explicit UserPickerDialog(LogtoClient *client, QWidget *parent = nullptr);

    User selectedUser() const;

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

private:
    void search();

    LogtoClient *m_client;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_choose;
    QTimer m_debounce;
    QPointer<ApiCall> m_call;
    QList<User> m_users;
};

} // namespace latchkey
