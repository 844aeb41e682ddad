// SelectionGuard: keeps tokens shown in plain text out of the X11/Wayland
// PRIMARY selection. Selecting text there (mouse, double click, keyboard)
// makes Qt offer it as PRIMARY, with no concealment hint and no timed clear,
// and clipboard managers record it; when a watched field is what PRIMARY now
// holds, the guard empties it before anyone can ask for it.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QClipboard;
class QLineEdit;
class QPlainTextEdit;

namespace latchkey {

class SelectionGuard : public QObject
{
    Q_OBJECT
public:
    explicit SelectionGuard(QClipboard *clipboard, QObject *parent = nullptr);

    void watch(QLineEdit *field);
    void watch(QPlainTextEdit *field);

signals:
    // PRIMARY held a watched field's selection and was emptied.
    void selectionWithheld();

private:
    void onSelectionChanged();
    bool isWatchedSelection(const QString &text) const;

    QClipboard *m_clipboard;
    QList<QPointer<QLineEdit>> m_lines;
    QList<QPointer<QPlainTextEdit>> m_texts;
};

} // namespace latchkey
