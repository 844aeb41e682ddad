// SignInPanel: over a developer's My Tokens, says that the connection has no
// sign-in (never signed in, ended by the server, signed out) and offers Sign In;
// while the browser is out, says so and offers Cancel and the address to copy.
#pragma once

#include "ui/noticebar.h"

#include <QUrl>

namespace latchkey {

class SignInPanel : public NoticeBar
{
    Q_OBJECT
public:
    explicit SignInPanel(QWidget *parent = nullptr);

    // problem: why the last sign-in did not work or ended (translated), or empty.
    void showSignedOut(const QString &connection, const QString &problem = {});
    // authorizationUrl: what the browser was asked to open (copied on request).
    void showWaiting(const QString &connection, const QUrl &authorizationUrl);
    bool isWaiting() const { return m_waiting; }

    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *copyAddressButton() const { return m_copyAddress; }

signals:
    void signInRequested();
    void cancelRequested();
    // The browser's address went to the clipboard.
    void addressCopied();

private:
    QPushButton *m_signIn;
    QPushButton *m_copyAddress;
    QPushButton *m_cancel;
    QUrl m_address;
    bool m_waiting = false;
};

} // namespace latchkey
