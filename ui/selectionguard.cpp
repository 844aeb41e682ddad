#include "ui/selectionguard.h"

#include "net/secretbytes.h"

#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace latchkey {

SelectionGuard::SelectionGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    // Direct: the owner change and this answer happen inside Qt's own
    // setMimeData call, before the event loop can serve another client's request.
    connect(m_clipboard, &QClipboard::selectionChanged, this, &SelectionGuard::onSelectionChanged,
            Qt::DirectConnection);
}

void SelectionGuard::watch(QLineEdit *field)
{
    m_lines.append(field);
}

void SelectionGuard::watch(QPlainTextEdit *field)
{
    m_texts.append(field);
}

void SelectionGuard::onSelectionChanged()
{
    if (!m_clipboard->supportsSelection() || !m_clipboard->ownsSelection())
        return;
    QString text = m_clipboard->text(QClipboard::Selection);
    if (text.isEmpty() || !isWatchedSelection(text))
        return;
    SecretBytes::wipe(text);
    m_clipboard->clear(QClipboard::Selection);
    emit selectionWithheld();
}

bool SelectionGuard::isWatchedSelection(const QString &text) const
{
    for (const QPointer<QLineEdit> &line : m_lines) {
        // A masked field never offers its text (Qt copies only in Normal echo).
        if (line && line->echoMode() == QLineEdit::Normal && line->hasSelectedText() &&
            line->selectedText() == text)
            return true;
    }
    for (const QPointer<QPlainTextEdit> &edit : m_texts) {
        if (!edit || !edit->textCursor().hasSelection())
            continue;
        // QTextCursor marks line breaks as U+2029; the selection's text has '\n'.
        QString selected = edit->textCursor().selectedText();
        selected.replace(QChar::ParagraphSeparator, u'\n');
        if (selected == text)
            return true;
    }
    return false;
}

} // namespace latchkey
