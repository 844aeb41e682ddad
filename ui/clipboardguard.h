// ClipboardGuard: copies a secret with the platforms' "concealed" hints and
// clears it after a countdown, at quit, or on request — only while the
// clipboard still holds what we put there.
#pragma once

#include "net/secretbytes.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QClipboard;

namespace latchkey {

class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // 0 keeps the secret on the clipboard until quit.
    void setClearAfterSeconds(int seconds);
    int clearAfterSeconds() const { return m_clearAfterSeconds; }

    void copySecret(const SecretBytes &secret);

    bool isGuarding() const { return !m_hash.isEmpty(); }
    // True while the clipboard holds the last secret we copied.
    bool clipboardHoldsSecret() const;

public slots:
    // Clears the clipboard if it still holds our secret; forgets it either way.
    void clearNow();

signals:
    void copied();
    // Once a second while a countdown runs.
    void countdownChanged(int secondsLeft);
    // wiped: the clipboard still held our secret and was emptied.
    void finished(bool wiped);

private:
    void tick();
    // The clipboard holds something else now: stop guarding, and say so.
    void forget();
    QByteArray currentHash() const;

    QClipboard *m_clipboard;
    QTimer m_ticker;
    QByteArray m_hash; // SHA-256 of what we copied, not the secret itself
    int m_clearAfterSeconds = 30;
    int m_secondsLeft = 0;
    bool m_writing = false; // our own setMimeData() announces itself too
};

} // namespace latchkey
