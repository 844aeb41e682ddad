// ApiRequest: runs one logical request to completion: policy check, access
// token, attempts with backoff for repeatable requests, one token refresh on 401.
#pragma once

#include "net/httprequest.h"
#include "net/httpresponse.h"
#include "net/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace latchkey {

class BearerSource;
class HttpExchange;
struct ClientConfig;

class ApiRequest : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        HttpResponse response; // the last attempt's
        ApiError error;        // None for a 2xx answer
        // Some attempt was sent but got no answer: the server may have acted on it.
        bool anyAttemptAmbiguous = false;
        int attempts = 0;
    };
    using Completion = std::function<void(Outcome)>;

    // tokens may be null for requests that need no bearer token.
    ApiRequest(QNetworkAccessManager *manager, const ClientConfig &config, BearerSource *tokens,
               HttpRequest request, QObject *parent = nullptr);
    ~ApiRequest() override;

    // Begins on the next event loop pass; done runs once, from the event loop,
    // unless this request is destroyed first (which aborts it silently).
    void start(Completion done);

private:
    void nextAttempt();
    void send(const SecretBytes &bearer);
    void onResponse(HttpResponse response);
    void finish(HttpResponse response);
    QString label() const;

    QNetworkAccessManager *m_manager;
    const ClientConfig &m_config;
    QPointer<BearerSource> m_tokens;
    HttpRequest m_request;
    RetryPolicy m_retryPolicy;
    Completion m_done;
    HttpExchange *m_exchange = nullptr;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QElapsedTimer m_attemptClock;
    SecretBytes m_bearer;
    int m_attempts = 0;
    bool m_refreshedToken = false;
    bool m_anyAttemptAmbiguous = false;
};

} // namespace latchkey
