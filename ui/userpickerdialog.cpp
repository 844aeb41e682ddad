// UserPickerDialog: finds one user in the tenant's directory by name, username
// or email (server search, debounced) — the "my user" picker of a connection.
#include "userpickerdialog.h"

#include "logtoclient.h"
#include "userlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey {

UserPickerDialog::UserPickerDialog(LogtoClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Choose Your User"));
    m_search->setPlaceholderText(tr("Search by name, username or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_list->setAccessibleName(tr("Users"));
    m_status->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_choose = buttons->addButton(tr("C&hoose"), QDialogButtonBox::AcceptRole);
    m_choose->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_choose->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(440, 420);

    // Search as the user types, but ask the server only once they pause.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &UserPickerDialog::search);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    search();
}

User UserPickerDialog::selectedUser() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_users.size() ? m_users.at(row) : User{};
}

void UserPickerDialog::search()
{
    if (m_call)
        m_call->abort();
    m_status->setText(tr("Searching…"));
    UserQuery query;
    query.search = m_search->text().trimmed();
    query.pageSize = 50;
    m_call = m_client->listUsers(query, this, [this](Result<UserPage> result) {
        m_list->clear();
        m_users.clear();
        if (!result) {
            m_status->setText(result.error().userMessage());
            return;
        }
        m_users = result.value().users;
        for (const User &user : m_users)
            m_list->addItem(UserLabel::longLabel(user));
        m_status->setText(
            tr("%n user(s) found", nullptr, result.value().total) +
            (result.value().total > m_users.size() ? tr(" — type to narrow the list") : QString()));
        if (!m_users.isEmpty())
            m_list->setCurrentRow(0);
    });
}

} // namespace latchkey
