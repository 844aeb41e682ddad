// DeveloperAccount: the window's side of a developer connection's sign-in.
#include "ui/developeraccount.h"

#include "model/session/developersignin.h"
#include "model/session/developersignout.h"

#include <QDesktopServices>

namespace latchkey {

DeveloperAccount::DeveloperAccount(Session *session, ProfileStore *profiles, TokenCache *cache,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_cache(cache)
{}

DeveloperAccount::~DeveloperAccount()
{
    if (m_signIn)
        m_signIn->cancel();
}

void DeveloperAccount::signIn()
{
    if (m_signIn || m_signingOut)
        return;
    m_signIn = std::make_unique<DeveloperSignIn>(m_session, m_profiles);
    m_signIn->startBrowser(
        [this](const QUrl &url) {
            QDesktopServices::openUrl(url);
            emit waitingForBrowser(url);
        },
        [this](Result<SignedInUser> user) {
            // Called from inside the sign-in: it goes once it has returned.
            m_signIn.release()->deleteLater();
            if (!user) {
                const bool cancelled = user.error().kind() == ApiError::Kind::Cancelled;
                emit signInFailed(cancelled ? QString() : DeveloperSignIn::describe(user.error()));
                return;
            }
            emit signedIn(user.value());
        });
}

void DeveloperAccount::cancel()
{
    if (m_signIn)
        m_signIn->cancel();
}

void DeveloperAccount::signOut()
{
    if (m_signingOut)
        return;
    cancel();
    m_signingOut = true;
    auto *signOut = new DeveloperSignOut(m_session, m_cache, this);
    signOut->start(false, [this, signOut](const DeveloperSignOut::Outcome &outcome) {
        signOut->deleteLater();
        m_signingOut = false;
        const UserSession::SignOutOutcome &out = outcome.signOut;
        if (!out.removal.ok()) {
            emit signOutFailed(tr("The sign-in could not be removed from the keychain: %1")
                                   .arg(out.removal.message));
            return;
        }
        emit signedOut(out.revokeError.isError()
                           ? tr("The server could not be told (%1); the sign-in was removed from "
                                "this computer and ends when it expires.")
                                 .arg(out.revokeError.userMessage())
                           : QString());
    });
}

} // namespace latchkey
