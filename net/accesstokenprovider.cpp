#include "net/accesstokenprovider.h"

#include "net/apirequest.h"
#include "net/clientconfig.h"
#include "net/formencoding.h"
#include "net/netlog.h"
#include "net/responseparser.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace latchkey {

AccessTokenProvider::AccessTokenProvider(QNetworkAccessManager *manager, const ClientConfig &config,
                                         QObject *parent)
    : BearerSource(parent)
    , m_manager(manager)
    , m_config(config)
{}

AccessTokenProvider::~AccessTokenProvider() = default;

BearerSource::Maker AccessTokenProvider::maker()
{
    return [](QNetworkAccessManager *manager, const ClientConfig &config) {
        return std::make_unique<AccessTokenProvider>(manager, config);
    };
}

milliseconds AccessTokenProvider::usableLifetime(seconds expiresIn)
{
    const milliseconds lifetime = expiresIn;
    const milliseconds margin = std::min<milliseconds>(60s, lifetime / 10);
    // A JWT's exp is in whole seconds from a whole-second iat (docs/logto-api.md), so the
    // token can run out up to a second before expires_in says.
    return std::max<milliseconds>(lifetime - margin - 1s, 0ms);
}

void AccessTokenProvider::acquire(QObject *receiver, Ready ready)
{
    if (!m_token.isEmpty() && !m_refreshAt.hasExpired()) {
        ready(m_token.clone());
        return;
    }
    m_waiters.append({receiver, std::move(ready)});
    if (!m_fetch)
        fetch();
}

void AccessTokenProvider::invalidate(QByteArrayView staleToken)
{
    if (!m_token.isEmpty() && m_token.view() == staleToken)
        m_token.clear();
}

void AccessTokenProvider::forget()
{
    m_token.clear();
}

void AccessTokenProvider::fetch()
{
    const QString indicator = m_config.effectiveApiIndicator();
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.endpointUrl(u"/oidc/token"_s);
    request.contentType = "application/x-www-form-urlencoded";
    const QByteArray resource = indicator.toUtf8();
    request.body = FormEncoding::body(
        {{"grant_type", "client_credentials"}, {"resource", resource}, {"scope", "all"}});
    request.auth = HttpRequest::Auth::ClientBasic;
    request.endpoint = HttpRequest::Endpoint::Token;
    // Asking for another token changes nothing on the server, so repeating is harmless.
    request.repeatable = true;

    QElapsedTimer sentAt;
    sentAt.start();
    m_fetch = new ApiRequest(m_manager, m_config, nullptr, std::move(request), this);
    m_fetch->start([this, sentAt](ApiRequest::Outcome outcome) {
        m_fetch->deleteLater();
        m_fetch = nullptr;
        auto grant = outcome.error.isError()
                         ? Result<AccessTokenGrant>(outcome.error)
                         : ResponseParser::accessTokenGrant(outcome.response.body.view());
        if (grant) {
            m_token = std::move(grant.value().accessToken);
            // Counted from when the request went out, so the server's clock never matters.
            m_refreshAt = QDeadlineTimer(usableLifetime(seconds(grant.value().expiresIn)) -
                                         milliseconds(sentAt.elapsed()));
            NetLog::info(u"access token valid for %1 s"_s.arg(grant.value().expiresIn));
        }
        const SecretBytes token = grant ? m_token.clone() : SecretBytes();
        const QList<Waiter> waiters = std::exchange(m_waiters, {});
        for (const Waiter &waiter : waiters) {
            if (!waiter.receiver)
                continue;
            if (grant)
                waiter.ready(token.clone());
            else
                waiter.ready(grant.error());
        }
    });
}

} // namespace latchkey
