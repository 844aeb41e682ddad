// RevealTokenDialog: the one moment a token's plaintext is shown — to copy it,
// see whether it reached the keychain, and wipe it from the screen on close.
#pragma once

#include "net/secretbytes.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace latchkey {

class ClipboardGuard;

class RevealTokenDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Reason { Created, Rotated };
    // InMemory: kept for this session only (no keychain: the sandbox on a machine
    // without a Secret Service); not saved, so closing uncopied still warns.
    enum class CacheState { Saving, Saved, InMemory, Failed };

    RevealTokenDialog(Reason reason, const QString &tokenName, const QString &userLabel,
                      const std::optional<QDateTime> &expiresAt, SecretBytes value,
                      ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~RevealTokenDialog() override;

    // message: why saving failed (SecretStore's sentence); ignored otherwise.
    void setCacheState(CacheState state, const QString &message = {});
    CacheState cacheState() const { return m_cacheState; }
    // A rotation with an overlap: the old value still works, under asideName, until then.
    void setOldValueKept(const QString &asideName, const QDateTime &until);
    QLabel *explanationLabel() const { return m_explain; }
    bool wasCopied() const { return m_copied; }
    // For caching it again after a keychain failure.
    const SecretBytes &secret() const { return m_secret; }

    QPushButton *copyButton() const { return m_copy; }
    QLineEdit *valueField() const { return m_value; }

public slots:
    void copyToClipboard();
    void done(int result) override;

signals:
    void retryCacheRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void confirmClose(int result);
    void wipe();

    SecretBytes m_secret;
    ClipboardGuard *m_clipboard;
    QLineEdit *m_value;
    QPushButton *m_copy;
    QLabel *m_cacheIcon;
    QLabel *m_cacheText;
    QPushButton *m_retry;
    QLabel *m_explain;
    CacheState m_cacheState = CacheState::Saving;
    bool m_copied = false;
    bool m_closeConfirmed = false;
};

} // namespace latchkey
