// BrowserSignIn: authorization code + PKCE in the system browser, to a loopback listener.
#include "net/browsersignin.h"

#include "net/clientconfig.h"
#include "net/netlog.h"
#include "net/oidcclient.h"
#include "net/responseparser.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// QOAuth2AuthorizationCodeFlow redeems the code itself, on its own network
// manager, as soon as its callback arrives: outside the project's TLS rules,
// and (if both ran) a second redemption of one code, which makes Logto revoke
// the sign-in. grant() goes through resourceOwnerAuthorization(); this one
// only builds the URL, so the callback reaches BrowserSignIn alone.
class AuthorizationUrlFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;

    QUrl redirectUri() const { return QUrl(callback()); }

protected:
    void resourceOwnerAuthorization(const QUrl &,
                                    const QMultiMap<QString, QVariant> &parameters) override
    {
        emit authorizeWithBrowser(buildAuthenticateUrl(parameters));
    }
};

ApiError signInError(ApiError::Kind kind, const QString &code, const QString &detail)
{
    return ApiError(kind, 0, code, {}, detail);
}

} // namespace

BrowserSignIn::BrowserSignIn(OidcClient *oidc, QObject *parent)
    : QObject(parent)
    , m_oidc(oidc)
{
    m_patience.setSingleShot(true);
    connect(&m_patience, &QTimer::timeout, this, [this] {
        fail(signInError(ApiError::Kind::Timeout, u"latchkey.sign_in_timeout"_s,
                         u"no answer from the browser"_s));
    });
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_call)
        m_call->abort();
}

void BrowserSignIn::start(const Request &request, OpenBrowser openBrowser, Finished finished)
{
    m_request = request;
    m_openBrowser = std::move(openBrowser);
    m_finished = std::move(finished);
    m_patience.start(request.patience);
    m_call = m_oidc->endpoints(this, [this](Result<OidcEndpoints> endpoints) {
        if (!endpoints) {
            fail(endpoints.error());
            return;
        }
        listen(endpoints.value());
    });
}

void BrowserSignIn::cancel()
{
    fail(signInError(ApiError::Kind::Cancelled, u"latchkey.sign_in_cancelled"_s,
                     u"the sign-in was cancelled"_s));
}

void BrowserSignIn::listen(const OidcEndpoints &endpoints)
{
    m_endpoints = endpoints;
    if (!endpoints.supportsS256) {
        fail(signInError(ApiError::Kind::Parse, u"latchkey.no_pkce"_s,
                         u"the server does not offer PKCE with S256"_s));
        return;
    }
    // 127.0.0.1, not localhost and not every address: Logto matches the
    // registered http://127.0.0.1/callback on host and path exactly, any port
    // (RFC 8252 section 7.3, docs/logto-api.md), and nobody else should reach it.
    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_listener->isListening()) {
        fail(signInError(ApiError::Kind::Network, u"latchkey.no_listener"_s,
                         u"cannot listen on 127.0.0.1"_s));
        return;
    }
    m_listener->setCallbackPath(u"/callback"_s);
    // The handler puts this text into its page as is.
    m_listener->setCallbackText(m_request.closeTabText.toHtmlEscaped());

    m_pkce = PkcePair::generate();
    m_state = PkcePair::randomToken(32);
    m_nonce = PkcePair::randomToken(32);
    auto *flow = new AuthorizationUrlFlow(this);
    m_flow = flow;
    flow->setAuthorizationUrl(endpoints.authorization);
    flow->setAccessTokenUrl(endpoints.token); // grant() wants one; it is never called
    flow->setClientIdentifier(m_request.clientId);
    flow->setScope(OidcClient::signInScope(m_request.extraScope));
    flow->setReplyHandler(m_listener);
    flow->setState(QString::fromLatin1(m_state));
    flow->setModifyParametersFunction(
        [challenge = m_pkce.challenge, nonce = m_nonce,
         resource = m_oidc->config().effectiveApiIndicator()](QAbstractOAuth::Stage stage,
                                                              QMultiMap<QString, QVariant> *p) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            p->insert(u"code_challenge"_s, QString::fromLatin1(challenge));
            p->insert(u"code_challenge_method"_s, u"S256"_s);
            p->insert(u"nonce"_s, QString::fromLatin1(nonce));
            // Without it a Native app gets no refresh token from Logto (first-party
            // apps are consented without a screen, so the user sees nothing more).
            p->insert(u"prompt"_s, u"consent"_s);
            p->insert(u"resource"_s, resource);
        });
    connect(flow, &QAbstractOAuth2::authorizationCallbackReceived, this,
            &BrowserSignIn::onCallback);
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, [this, flow](const QUrl &url) {
        m_authorizationUrl = url;
        m_redirectUri = flow->redirectUri();
        NetLog::info(u"sign-in: waiting for the browser on %1"_s.arg(m_redirectUri.toString()));
        if (m_openBrowser)
            m_openBrowser(url);
    });
    flow->grant();
}

void BrowserSignIn::onCallback(const QVariantMap &answer)
{
    if (m_answered)
        return;
    m_answered = true;
    // Whatever came, the listener has done its job.
    m_listener->close();
    const QString state = answer.value(u"state"_s).toString();
    if (state.toLatin1() != m_state) {
        // Not the answer to this sign-in (a forged or stale redirect): its code,
        // if any, is never redeemed.
        fail(signInError(ApiError::Kind::InvalidInput, u"latchkey.state_mismatch"_s,
                         u"the answer's state is not this sign-in's"_s));
        return;
    }
    const QString error = answer.value(u"error"_s).toString();
    if (!error.isEmpty()) {
        fail(ApiError(ApiError::Kind::InvalidInput, 0, error,
                      answer.value(u"error_description"_s).toString()));
        return;
    }
    // RFC 9207: Logto names itself; an answer from another issuer is a mix-up.
    // The listener hands values over as its URL parser left them; decoding
    // again is harmless for these (no '%' of their own).
    const QString issuer = QUrl::fromPercentEncoding(answer.value(u"iss"_s).toString().toUtf8());
    if (!issuer.isEmpty() && issuer != m_endpoints.issuer) {
        fail(signInError(ApiError::Kind::InvalidInput, u"latchkey.wrong_issuer"_s,
                         u"the answer came from another issuer"_s));
        return;
    }
    const QString code = answer.value(u"code"_s).toString();
    if (code.isEmpty()) {
        fail(signInError(ApiError::Kind::Parse, u"latchkey.no_code"_s,
                         u"the answer carries no code"_s));
        return;
    }
    redeem(code);
}

void BrowserSignIn::redeem(const QString &code)
{
    m_call = m_oidc->redeemCode(
        m_request.clientId, code.toLatin1(), m_pkce.verifier.view(), m_redirectUri.toString(), this,
        [this](Result<UserTokenGrant> tokens) {
            m_pkce.verifier.clear();
            if (!tokens) {
                fail(tokens.error());
                return;
            }
            if (tokens.value().refreshToken.isEmpty()) {
                fail(signInError(ApiError::Kind::Parse, u"latchkey.no_refresh_token"_s,
                                 u"the server issued no refresh token"_s));
                return;
            }
            auto user = ResponseParser::signedInUser(tokens.value().idToken, m_endpoints.issuer,
                                                     m_request.clientId, m_nonce);
            if (!user) {
                fail(user.error());
                return;
            }
            SignInGrant grant;
            grant.tokens = std::move(tokens).value();
            grant.clientId = m_request.clientId;
            grant.user = user.value();
            finish(std::move(grant));
        });
}

void BrowserSignIn::fail(const ApiError &error)
{
    finish(error);
}

void BrowserSignIn::finish(Result<SignInGrant> result)
{
    m_patience.stop();
    if (m_listener)
        m_listener->close();
    if (m_call)
        m_call->abort();
    m_answered = true;
    if (auto finished = std::exchange(m_finished, nullptr))
        finished(std::move(result)); // may destroy this
}

} // namespace latchkey
