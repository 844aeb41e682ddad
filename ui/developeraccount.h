// DeveloperAccount: the window's side of a developer connection's sign-in:
// signs in through the system browser (QDesktopServices::openUrl, so the
// desktop's own browser, or a handler the test installs), cancels, and signs
// out, over the model's DeveloperSignIn and DeveloperSignOut.
#pragma once

#include "net/signedinuser.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace latchkey {

class DeveloperSignIn;
class ProfileStore;
class Session;
class TokenCache;

class DeveloperAccount : public QObject
{
    Q_OBJECT
public:
    // Nothing is owned; session (a developer's), profiles and cache must outlive this.
    DeveloperAccount(Session *session, ProfileStore *profiles, TokenCache *cache,
                     QObject *parent = nullptr);
    ~DeveloperAccount() override;

    bool isSigningIn() const { return m_signIn != nullptr; }
    bool isSigningOut() const { return m_signingOut; }

public slots:
    void signIn();
    void cancel();
    // Revokes the sign-in at the server and deletes it from the keychain; the
    // cached token values stay.
    void signOut();

signals:
    // The browser was asked to open url (the panel offers to copy it, for when none
    // opened).
    void waitingForBrowser(const QUrl &url);
    void signedIn(const latchkey::SignedInUser &user);
    // Why not (translated); empty when the user cancelled.
    void signInFailed(const QString &message);
    // note: empty when the server revoked the sign-in, else why it could not be told.
    void signedOut(const QString &note);
    void signOutFailed(const QString &message);

private:
    Session *m_session;
    ProfileStore *m_profiles;
    TokenCache *m_cache;
    std::unique_ptr<DeveloperSignIn> m_signIn;
    bool m_signingOut = false;
};

} // namespace latchkey
