// DeveloperSignIn: signs the developer of an open session in, for either front
// — in the system browser (authorization code + PKCE) or with a code typed on
// another device (device flow) — asking for the gateway's own scope when its
// policy names one, keeps the sign-in (UserSession::adopt: refresh token to the
// keychain first) and makes whoever signed in the profile's user.
#pragma once

#include "net/browsersignin.h"
#include "net/devicesignin.h"
#include "net/signedinuser.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace latchkey {

class ProfileStore;
class Session;

class DeveloperSignIn : public QObject
{
    Q_OBJECT
public:
    using Finished = std::function<void(Result<SignedInUser>)>;

    // session and profiles must outlive the sign-in; session is a developer's.
    DeveloperSignIn(Session *session, ProfileStore *profiles, QObject *parent = nullptr);
    ~DeveloperSignIn() override;

    // The browser is opened by the front (QDesktopServices, $BROWSER). finished
    // runs once, later.
    void startBrowser(BrowserSignIn::OpenBrowser openBrowser, Finished finished);
    // Needs the profile's device-flow app.
    void startDevice(DeviceSignIn::ShowCode showCode, Finished finished);
    void cancel();

    // The page the browser tab shows once the sign-in came back, in the user's language.
    static QString closeTabText();
    // A sentence for why a sign-in did not work.
    static QString describe(const ApiError &error);

private:
    void withScope(std::function<void(QString)> next);
    void keep(Result<SignInGrant> grant);
    void finish(Result<SignedInUser> result);

    Session *m_session;
    ProfileStore *m_profiles;
    Finished m_finished;
    std::unique_ptr<BrowserSignIn> m_browser;
    std::unique_ptr<DeviceSignIn> m_device;
};

} // namespace latchkey
