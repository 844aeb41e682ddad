// UserPickerDialog: finds one user in the tenant's directory by name, username
// or email (server search, debounced) — the "my user" picker of a connection.
#include "ui/userpickerdialog.h"

#include "model/items/userlistmodel.h"
#include "net/logtoclient.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace latchkey {

UserPickerDialog::UserPickerDialog(LogtoClient *client, QWidget *parent)
    : QDialog(parent)
    , m_model(new UserListModel(client, this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Choose Your User"));
    m_search->setPlaceholderText(tr("Search by name, username or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setColumnHidden(UserListModel::LastSignInColumn, true);
    m_list->setColumnWidth(UserListModel::NameColumn, 150);
    m_list->setColumnWidth(UserListModel::UsernameColumn, 110);
    m_list->setAccessibleName(tr("Users"));
    m_status->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_choose = buttons->addButton(tr("C&hoose"), QDialogButtonBox::AcceptRole);
    m_choose->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_choose->setEnabled(current.isValid()); });
    connect(m_list, &QAbstractItemView::activated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(480, 420);

    // The model debounces, searches on the server and pages as the list scrolls.
    connect(m_search, &QLineEdit::textChanged, m_model,
            [this](const QString &text) { m_model->setSearch(text.trimmed()); });
    connect(m_model, &UserListModel::loading, this, [this](bool busy) {
        if (!busy && !m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        updateStatus();
    });
    connect(m_model, &UserListModel::errorOccurred, this,
            [this](const ApiError &error) { m_status->setText(error.userMessage()); });
    m_model->reload();
}

User UserPickerDialog::selectedUser() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->userAt(current.row()) : User{};
}

void UserPickerDialog::updateStatus()
{
    if (m_model->isLoading()) {
        m_status->setText(tr("Searching…"));
        return;
    }
    if (m_model->totalCount() < 0)
        return; // nothing answered: an error message may be showing
    m_status->setText(tr("%n user(s) found", nullptr, m_model->totalCount()));
}

} // namespace latchkey
