#include "net/jwksdownloader.h"

#include "net/errormapper.h"
#include "net/httpexchange.h"
#include "net/transportpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace latchkey {

JwksDownloader::JwksDownloader(QObject *parent)
    : QObject(parent)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{}

JwksDownloader::~JwksDownloader() = default;

void JwksDownloader::fetch(const QUrl &url, std::function<void(Result<QByteArray>)> done,
                           std::chrono::milliseconds timeout)
{
    m_exchange.reset();
    const ApiError refused = TransportPolicy::check(url, false);
    if (refused.isError()) {
        // Callers expect the answer later, as from the network.
        QTimer::singleShot(0, this, [refused, done] { done(Result<QByteArray>(refused)); });
        return;
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(TransportPolicy::sslConfiguration({}));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json, application/jwk-set+json");
    m_exchange = std::make_unique<HttpExchange>(m_manager.get(), timeout, MaxBytes);
    m_exchange->start(request, "GET", {}, [this, done](HttpResponse response) {
        // done may start the next fetch; this exchange is still on the stack.
        m_exchange.release()->deleteLater();
        if (response.transportError.isError()) {
            done(Result<QByteArray>(response.transportError));
        } else if (!response.isSuccess()) {
            done(Result<QByteArray>(ErrorMapper::fromResponse(response.status, response.body.view(),
                                                              response.header("Content-Type"),
                                                              HttpRequest::Endpoint::Other)));
        } else {
            done(Result<QByteArray>(response.body.bytes()));
        }
    });
}

} // namespace latchkey
