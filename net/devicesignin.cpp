// DeviceSignIn: the device authorization grant (RFC 8628).
#include "net/devicesignin.h"

#include "net/logtoclient.h"
#include "net/netlog.h"
#include "net/oidcclient.h"
#include "net/responseparser.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace latchkey {

DeviceSignIn::DeviceSignIn(OidcClient *oidc, QObject *parent)
    : QObject(parent)
    , m_oidc(oidc)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &DeviceSignIn::poll);
}

DeviceSignIn::~DeviceSignIn()
{
    if (m_call)
        m_call->abort();
}

void DeviceSignIn::start(const QString &clientId, const QString &extraScope, ShowCode showCode,
                         Finished finished)
{
    m_clientId = clientId;
    m_finished = std::move(finished);
    m_call = m_oidc->endpoints(
        this, [this, extraScope, showCode = std::move(showCode)](Result<OidcEndpoints> endpoints) {
            if (!endpoints) {
                finish(endpoints.error());
                return;
            }
            m_issuer = endpoints.value().issuer;
            m_call = m_oidc->authorizeDevice(
                m_clientId, OidcClient::signInScope(extraScope), this,
                [this, showCode](Result<DeviceAuthorization> authorization) {
                    if (!authorization) {
                        finish(authorization.error());
                        return;
                    }
                    m_deviceCode = authorization.value().deviceCode.clone();
                    m_interval = seconds(authorization.value().interval);
                    m_expiry = QDeadlineTimer(seconds(authorization.value().expiresIn));
                    if (showCode)
                        showCode(authorization.value());
                    m_next.start(m_interval);
                });
        });
}

void DeviceSignIn::cancel()
{
    finish(ApiError(ApiError::Kind::Cancelled, 0, u"latchkey.sign_in_cancelled"_s, {},
                    u"the sign-in was cancelled"_s));
}

void DeviceSignIn::poll()
{
    if (m_expiry.hasExpired()) {
        finish(ApiError(ApiError::Kind::InvalidInput, 400, u"expired_token"_s, {},
                        u"the code expired before it was confirmed"_s));
        return;
    }
    m_call =
        m_oidc->pollDevice(m_clientId, m_deviceCode, this, [this](Result<UserTokenGrant> tokens) {
            if (tokens) {
                auto user =
                    ResponseParser::signedInUser(tokens.value().idToken, m_issuer, m_clientId, {});
                if (!user) {
                    finish(user.error());
                    return;
                }
                SignInGrant grant;
                grant.tokens = std::move(tokens).value();
                grant.clientId = m_clientId;
                grant.user = user.value();
                finish(std::move(grant));
                return;
            }
            const ApiError &error = tokens.error();
            if (error.code() == u"authorization_pending") {
                m_next.start(m_interval);
                return;
            }
            if (error.code() == u"slow_down") {
                // RFC 8628 section 3.5: 5 s more from now on.
                m_interval += 5s;
                m_next.start(m_interval);
                return;
            }
            // Unreachable for a moment: polling again is harmless
            // (the code was not answered, so it was not used up).
            if (error.isRetryable() && error.kind() != ApiError::Kind::RateLimited) {
                NetLog::info(u"device sign-in: poll failed, trying again"_s);
                m_next.start(m_interval);
                return;
            }
            finish(error);
        });
}

void DeviceSignIn::finish(Result<SignInGrant> result)
{
    m_next.stop();
    m_deviceCode.clear();
    if (m_call)
        m_call->abort();
    if (auto finished = std::exchange(m_finished, nullptr))
        finished(std::move(result)); // may destroy this
}

} // namespace latchkey
