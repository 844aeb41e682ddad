// BrowserSignIn: signs a developer in through the system browser (OAuth 2.0
// for native apps, RFC 8252): authorization code + PKCE (S256), state and
// nonce, redirected to a listener on 127.0.0.1 (a free port, path exactly
// /callback), resource = the gateway's indicator at both the authorization and
// the token request, prompt=consent (else Logto issues a Native app no refresh
// token). QtNetworkAuth builds the authorization URL (QOAuth2AuthorizationCodeFlow,
// PKCE added through its parameter hook: Qt 6.4 has none) and listens
// (QOAuthHttpServerReplyHandler); the code is redeemed here, through the
// project's own request runner (TLS rules, timeouts, error mapping, wiped
// buffers), and only once.
#pragma once

#include "net/oidcendpoints.h"
#include "net/pkcepair.h"
#include "net/result.h"
#include "net/signedinuser.h"
#include "net/usertokengrant.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <chrono>
#include <functional>
#include <memory>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace latchkey {

class ApiCall;
class OidcClient;

// What a finished sign-in (browser or device) hands over.
struct SignInGrant
{
    UserTokenGrant tokens;
    QString clientId; // the app the refresh token belongs to
    SignedInUser user;
};

class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString clientId;   // the Native app
        QString extraScope; // the gateway's scope, when it has one
        // The page the browser tab shows after the redirect (plain text, in
        // the user's language): "You can close this tab".
        QString closeTabText;
        std::chrono::milliseconds patience{std::chrono::minutes(10)};
    };
    using OpenBrowser = std::function<void(const QUrl &authorizationUrl)>;
    using Finished = std::function<void(Result<SignInGrant>)>;

    // oidc must outlive the sign-in.
    explicit BrowserSignIn(OidcClient *oidc, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Discovers the endpoints, listens, then calls openBrowser with the
    // authorization URL; finished runs once, later: with the tokens, or why not
    // (the server's error, a wrong state, no refresh token, a timeout, cancel()).
    void start(const Request &request, OpenBrowser openBrowser, Finished finished);
    void cancel();

    // The redirect URI in use (http://127.0.0.1:PORT/callback); empty before
    // the listener runs.
    QUrl redirectUri() const { return m_redirectUri; }

private:
    void listen(const OidcEndpoints &endpoints);
    void onCallback(const QVariantMap &answer);
    void redeem(const QString &code);
    void fail(const ApiError &error);
    void finish(Result<SignInGrant> result);

    OidcClient *m_oidc;
    Request m_request;
    OpenBrowser m_openBrowser;
    Finished m_finished;
    OidcEndpoints m_endpoints;
    PkcePair m_pkce;
    QByteArray m_state;
    QByteArray m_nonce;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QPointer<ApiCall> m_call;
    QTimer m_patience;
    bool m_answered = false; // a callback came: the code is redeemed once at most
};

} // namespace latchkey
