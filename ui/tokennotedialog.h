// TokenNoteDialog: edits the user's own note on one token (why it exists, where
// it is used). The note stays on this computer; it is not a secret.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace latchkey {

class TokenNoteDialog : public QDialog
{
    Q_OBJECT
public:
    TokenNoteDialog(const QString &tokenName, const QString &note, int maxLength,
                    QWidget *parent = nullptr);

    QString text() const;
    // Why the note could not be saved; the dialog stays open with the text.
    void showError(const QString &message);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void submitted(const QString &text);

private:
    void updateCounter();

    int m_maxLength;
    QPlainTextEdit *m_editor;
    QLabel *m_counter;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace latchkey
