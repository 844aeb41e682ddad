#include "net/apirequest.h"

#include "net/bearersource.h"
#include "net/clientconfig.h"
#include "net/errormapper.h"
#include "net/formencoding.h"
#include "net/httpexchange.h"
#include "net/netlog.h"
#include "net/transportpolicy.h"

#include <latchkeyversion.h>

#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace latchkey {

ApiRequest::ApiRequest(QNetworkAccessManager *manager, const ClientConfig &config,
                       BearerSource *tokens, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_config(config)
    , m_tokens(tokens)
    , m_request(std::move(request))
    , m_retryPolicy(config.maxAttempts, config.maxRetryTime, config.retryBaseDelay)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::nextAttempt);
}

ApiRequest::~ApiRequest()
{
    if (m_done)
        NetLog::info(u"%1 abandoned after %2 attempt(s)"_s.arg(label()).arg(m_attempts));
}

QString ApiRequest::label() const
{
    return QString::fromLatin1(m_request.method) + u' ' + m_request.url.path();
}

void ApiRequest::start(Completion done)
{
    m_done = std::move(done);
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_clock.start();
            const ApiError refused = TransportPolicy::check(m_request.url, m_config.allowPlainHttp);
            if (refused.isError()) {
                HttpResponse response;
                response.transportError = refused;
                finish(std::move(response));
                return;
            }
            nextAttempt();
        },
        Qt::QueuedConnection);
}

void ApiRequest::nextAttempt()
{
    ++m_attempts;
    if (m_request.auth != HttpRequest::Auth::Bearer) {
        send(SecretBytes());
        return;
    }
    if (!m_tokens) {
        HttpResponse response;
        response.transportError =
            ApiError(ApiError::Kind::Cancelled, 0, {}, {}, u"the client was destroyed"_s);
        finish(std::move(response));
        return;
    }
    m_tokens->acquire(this, [this](Result<SecretBytes> token) {
        if (!token) {
            // The token endpoint's own failure (bad secret, unreachable) is the answer.
            HttpResponse response;
            response.transportError = token.error();
            finish(std::move(response));
            return;
        }
        send(token.value());
    });
}

void ApiRequest::send(const SecretBytes &bearer)
{
    QNetworkRequest request(m_request.url);
    request.setSslConfiguration(TransportPolicy::sslConfiguration(m_config.extraCaCertificates));
    // A redirect would carry credentials to a place the user did not choose.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Latchkey/" LATCHKEY_VERSION);
    if (!m_request.contentType.isEmpty())
        request.setRawHeader("Content-Type", m_request.contentType);
    if (m_request.auth == HttpRequest::Auth::Bearer) {
        m_bearer = bearer.clone();
        QByteArray header = "Bearer " + bearer.bytes();
        request.setRawHeader("Authorization", header);
        SecretBytes::wipe(header);
    } else if (m_request.auth == HttpRequest::Auth::ClientBasic) {
        const QByteArray appId = m_config.appId.toUtf8();
        const SecretBytes header =
            FormEncoding::basicAuthorization(appId, m_config.appSecret.view());
        request.setRawHeader("Authorization", header.bytes());
    }

    delete m_exchange;
    m_exchange =
        new HttpExchange(m_manager, m_config.requestTimeout, m_config.maxResponseBytes, this);
    m_attemptClock.start();
    const QByteArray body = m_request.body.isEmpty() ? QByteArray() : m_request.body.bytes();
    m_exchange->start(request, m_request.method, body,
                      [this](HttpResponse response) { onResponse(std::move(response)); });
}

void ApiRequest::onResponse(HttpResponse response)
{
    NetLog::info(u"%1 -> %2 (attempt %3, %4 ms)%5"_s.arg(label())
                     .arg(response.status)
                     .arg(m_attempts)
                     .arg(m_attemptClock.elapsed())
                     .arg(response.transportError.isError()
                              ? u" %1: %2"_s.arg(ApiError::kindName(response.transportError.kind()),
                                                 response.transportError.detail())
                              : QString()));
    if (response.isAmbiguous())
        m_anyAttemptAmbiguous = true;

    // A 401 means the request was not carried out, so any call may be repeated
    // once with a fresh token (the cached one may have been revoked or the
    // server restarted with new keys).
    if (response.status == 401 && m_request.auth == HttpRequest::Auth::Bearer &&
        !m_refreshedToken && m_tokens) {
        m_refreshedToken = true;
        m_tokens->invalidate(m_bearer.view());
        --m_attempts;
        nextAttempt();
        return;
    }
    if (m_request.repeatable) {
        const auto delay = m_retryPolicy.delayBeforeNextAttempt(
            response, m_attempts, std::chrono::milliseconds(m_clock.elapsed()));
        if (delay) {
            NetLog::info(u"%1 retry in %2 ms"_s.arg(label()).arg(delay->count()));
            m_retryTimer.start(*delay);
            return;
        }
    }
    finish(std::move(response));
}

void ApiRequest::finish(HttpResponse response)
{
    Outcome outcome;
    outcome.anyAttemptAmbiguous = m_anyAttemptAmbiguous;
    outcome.attempts = m_attempts;
    if (response.transportError.isError()) {
        outcome.error = response.transportError;
    } else if (!response.isSuccess()) {
        outcome.error =
            ErrorMapper::fromResponse(response.status, response.body.view(),
                                      response.header("Content-Type"), m_request.endpoint);
    }
    outcome.response = std::move(response);
    m_bearer.clear();
    // Hand over from the event loop, never from inside a QNetworkReply signal,
    // so that the caller may destroy the client in its callback.
    QMetaObject::invokeMethod(
        this,
        [this, outcome = std::move(outcome)]() mutable {
            if (auto done = std::exchange(m_done, nullptr))
                done(std::move(outcome)); // may destroy this request
        },
        Qt::QueuedConnection);
}

} // namespace latchkey
