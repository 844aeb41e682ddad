// TokenPasteBox: where a token to inspect arrives — typed, pasted, dropped as
// text or as a file, or handed over (a cached token) — and where it is masked
// once it has arrived whole, unless the user reveals it.
#pragma once

#include "net/secretbytes.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace latchkey {

class TokenPasteBox : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 MaxFileBytes = 64 * 1024;

    explicit TokenPasteBox(QWidget *parent = nullptr);
    ~TokenPasteBox() override;

    // A copy of what is in the box (typed or masked).
    SecretBytes token() const;
    bool isEmpty() const;
    bool isMasked() const;
    // Shows token masked, as after a paste.
    void setToken(SecretBytes token);
    // Hides a typed token behind the mask (the page calls it once the input looks whole).
    void mask();
    void setRevealed(bool revealed);
    bool isRevealed() const;

    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *maskedView() const { return m_masked; }
    QPushButton *editButton() const { return m_edit; }

public slots:
    void clear();

signals:
    // The content changed; after a paste, a drop or setToken, arrivedWhole is true.
    void tokenChanged(bool arrivedWhole);
    // A dropped file could not be read.
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void edit();
    void showMasked(bool masked);
    // Keeps token behind the mask and empties the editor.
    void keepMasked(SecretBytes token);
    void onEdited();

    QWidget *m_maskedRow;
    QPlainTextEdit *m_editor;
    QLineEdit *m_masked;
    QPushButton *m_edit;
    SecretBytes m_token; // the masked token
    qsizetype m_lastLength = 0;
};

} // namespace latchkey
