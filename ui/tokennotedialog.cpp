// TokenNoteDialog: edits the user's own note on one token.
#include "ui/tokennotedialog.h"

#include "ui/statuspalette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace latchkey {

TokenNoteDialog::TokenNoteDialog(const QString &tokenName, const QString &note, int maxLength,
                                 QWidget *parent)
    : QDialog(parent)
    , m_maxLength(maxLength)
    , m_editor(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->addButton(tr("&Save Note"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Edit Note"));
    auto *intro = new QLabel(tr("Note on <b>%1</b>: what it is for, where it is used. It is kept "
                                "on this computer only.")
                                 .arg(tokenName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setBuddy(m_editor);
    m_editor->setPlainText(note);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Note"));
    m_counter->setAlignment(Qt::AlignRight);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Error));
    m_error->hide();
    m_save->setDefault(true);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TokenNoteDialog::updateCounter);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The caller saves and closes the dialog, or shows why it could not.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        emit submitted(text());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateCounter();
}

QString TokenNoteDialog::text() const
{
    return m_editor->toPlainText();
}

void TokenNoteDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TokenNoteDialog::updateCounter()
{
    const int length = int(text().size());
    m_counter->setText(tr("%1 / %2").arg(length).arg(m_maxLength));
    m_save->setEnabled(length <= m_maxLength);
}

} // namespace latchkey
