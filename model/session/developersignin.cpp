// DeveloperSignIn: signs the developer of an open session in, for either front.
#include "model/session/developersignin.h"

#include "model/session/session.h"
#include "model/settings/profilestore.h"
#include "net/logtoclient.h"
#include "net/usersession.h"

using namespace Qt::StringLiterals;

namespace latchkey {

DeveloperSignIn::DeveloperSignIn(Session *session, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
{}

DeveloperSignIn::~DeveloperSignIn() = default;

QString DeveloperSignIn::closeTabText()
{
    return tr("Latchkey has your sign-in. You can close this tab and go back to Latchkey.");
}

QString DeveloperSignIn::describe(const ApiError &error)
{
    const QString code = error.code();
    if (code == u"latchkey.state_mismatch")
        return tr("The browser's answer did not belong to this sign-in, so it was not used. "
                  "Sign in again.");
    if (code == u"latchkey.no_refresh_token")
        return tr("The server signed you in but gave Latchkey no refresh token. Check that the "
                  "Native application allows refresh tokens.");
    if (code == u"latchkey.sign_in_timeout")
        return tr("The sign-in was not finished in the browser in time. Sign in again.");
    if (code == u"latchkey.no_listener")
        return tr("Latchkey could not wait for the browser on this computer (no free port on "
                  "127.0.0.1).");
    if (code == u"latchkey.no_pkce")
        return tr("The server does not offer a safe sign-in for apps (PKCE with S256).");
    if (code == u"latchkey.no_device_app")
        return tr("This connection has no device-flow application: add its app ID to the "
                  "connection first.");
    if (code == u"access_denied")
        return tr("The sign-in was refused.");
    if (code == u"expired_token")
        return tr("The code expired before it was confirmed. Sign in again.");
    if (code == u"invalid_redirect_uri" || code == u"invalid_client")
        return tr("The server refused this app: check that the Native application's ID is right "
                  "and that its redirect URI is http://127.0.0.1/callback.");
    if (error.kind() == ApiError::Kind::Parse)
        return tr("The server's sign-in answer could not be used (%1).").arg(error.detail());
    return error.userMessage();
}

void DeveloperSignIn::withScope(std::function<void(QString)> next)
{
    if (m_session->policy()) {
        next(m_session->policy()->scope);
        return;
    }
    // The gateway may want a scope of its own; without its policy, sign in without it.
    m_session->client()->gatewayPolicy(this, [next](Result<TokenPolicy> policy) {
        next(policy ? policy.value().scope : QString());
    });
}

void DeveloperSignIn::startBrowser(BrowserSignIn::OpenBrowser openBrowser, Finished finished)
{
    m_finished = std::move(finished);
    withScope([this, openBrowser = std::move(openBrowser)](const QString &scope) {
        m_browser = std::make_unique<BrowserSignIn>(m_session->userSession()->oidc());
        BrowserSignIn::Request request;
        request.clientId = m_session->profile().appId;
        request.extraScope = scope;
        request.closeTabText = closeTabText();
        m_browser->start(request, openBrowser,
                         [this](Result<SignInGrant> grant) { keep(std::move(grant)); });
    });
}

void DeveloperSignIn::startDevice(DeviceSignIn::ShowCode showCode, Finished finished)
{
    m_finished = std::move(finished);
    const QString deviceApp = m_session->profile().deviceAppId;
    if (deviceApp.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(ApiError(ApiError::Kind::InvalidInput, 0, u"latchkey.no_device_app"_s, {}));
            },
            Qt::QueuedConnection);
        return;
    }
    withScope([this, deviceApp, showCode = std::move(showCode)](const QString &scope) {
        m_device = std::make_unique<DeviceSignIn>(m_session->userSession()->oidc());
        m_device->start(deviceApp, scope, showCode,
                        [this](Result<SignInGrant> grant) { keep(std::move(grant)); });
    });
}

void DeveloperSignIn::cancel()
{
    if (m_browser)
        m_browser->cancel();
    else if (m_device)
        m_device->cancel();
}

void DeveloperSignIn::keep(Result<SignInGrant> grant)
{
    if (!grant) {
        finish(grant.error());
        return;
    }
    auto signedIn = std::make_shared<SignInGrant>(std::move(grant).value());
    const QString clientId = signedIn->clientId;
    m_session->userSession()->adopt(std::move(signedIn->tokens), clientId, this,
                                    [this, signedIn](Result<Done> kept) {
                                        if (!kept) {
                                            finish(kept.error());
                                            return;
                                        }
                                        const SignedInUser &user = signedIn->user;
                                        if (m_session->profile().userId != user.subject) {
                                            ConnectionProfile profile = m_session->profile();
                                            profile.userId = user.subject;
                                            m_profiles->update(profile);
                                            m_session->setUserId(user.subject);
                                        }
                                        finish(user);
                                    });
}

void DeveloperSignIn::finish(Result<SignedInUser> result)
{
    if (auto finished = std::exchange(m_finished, nullptr))
        finished(std::move(result));
}

} // namespace latchkey
