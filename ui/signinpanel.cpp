// SignInPanel: over a developer's My Tokens, says that the connection has no
// sign-in and offers Sign In; while the browser is out, Cancel.
#include "ui/signinpanel.h"

#include "ui/icons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace latchkey {

SignInPanel::SignInPanel(QWidget *parent)
    : NoticeBar(Kind::Info, parent)
    , m_signIn(addButton(tr("&Sign In…")))
    , m_copyAddress(addButton(tr("Copy Address")))
    , m_cancel(addButton(tr("Cancel")))
{
    setObjectName(u"SignInPanel"_s);
    setClosable(false);
    m_signIn->setIcon(Icons::get(Icons::Id::Lock));
    m_signIn->setToolTip(tr("Sign in with your browser"));
    m_signIn->setDefault(true);
    m_copyAddress->setToolTip(tr("Copy the sign-in address, to open it in a browser yourself"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInPanel::signInRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SignInPanel::cancelRequested);
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        // Not a secret: the sign-in's state and PKCE challenge are useless without this app.
        QGuiApplication::clipboard()->setText(m_address.toString(QUrl::FullyEncoded));
        emit addressCopied();
    });
    hide();
}

void SignInPanel::showSignedOut(const QString &connection, const QString &problem)
{
    m_waiting = false;
    m_address.clear();
    setKind(problem.isEmpty() ? Kind::Info : Kind::Warning);
    setIcon(Icons::get(Icons::Id::Lock));
    const QString headline = tr("You are signed out of %1").arg(connection);
    QString text = u"<b>%1</b><br>%2"_s.arg(
        headline.toHtmlEscaped(),
        tr("Sign in with your browser to see and manage your tokens. Token values kept in your "
           "keychain stay, and can still be copied.")
            .toHtmlEscaped());
    if (!problem.isEmpty())
        text += u"<br>"_s + problem.toHtmlEscaped();
    setText(text);
    m_signIn->show();
    m_signIn->setEnabled(true);
    m_copyAddress->hide();
    m_cancel->hide();
    show();
}

void SignInPanel::showWaiting(const QString &connection, const QUrl &authorizationUrl)
{
    m_waiting = true;
    m_address = authorizationUrl;
    setKind(Kind::Info);
    setIcon(Icons::get(Icons::Id::Lock));
    setText(u"<b>%1</b><br>%2"_s.arg(
        tr("Waiting for your browser…").toHtmlEscaped(),
        tr("Sign in to %1 in the browser window that opened, then come back here. If no browser "
           "opened, copy the address and open it in one.")
            .arg(connection)
            .toHtmlEscaped()));
    m_signIn->hide();
    m_copyAddress->setVisible(authorizationUrl.isValid());
    m_cancel->show();
    show();
}

} // namespace latchkey
