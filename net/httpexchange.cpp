#include "net/httpexchange.h"

#include "net/oneshotbody.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// The causes a person can act on, named so that "Test connection" can say which.
QString networkCode(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return u"connection_refused"_s;
    case QNetworkReply::HostNotFoundError:
        return u"host_not_found"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"remote_closed"_s;
    default:
        return {};
    }
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *manager, std::chrono::milliseconds timeout,
                           qint64 maxResponseBytes, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_timeout(timeout)
    , m_maxResponseBytes(maxResponseBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(ApiError(ApiError::Kind::Timeout, 0, {}, {},
                      u"no complete answer within %1 ms"_s.arg(m_timeout.count())));
    });
}

HttpExchange::~HttpExchange()
{
    detachReply();
}

void HttpExchange::start(const QNetworkRequest &request, const QByteArray &method,
                         const QByteArray &body, Completion done)
{
    m_done = std::move(done);
    if (body.isNull()) {
        m_reply = m_manager->sendCustomRequest(request, method);
    } else {
        auto *device = new OneShotBody(body);
        m_reply = m_manager->sendCustomRequest(request, method, device);
        device->setParent(m_reply); // Qt reads it until the reply is gone
    }
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onDownloadProgress);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpExchange::onSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    m_timer.start(m_timeout);
}

ApiError HttpExchange::oversized(qint64 bytes) const
{
    return ApiError(ApiError::Kind::Parse, 0, {}, {},
                    u"the answer is larger than the limit of %1 bytes (%2 bytes or more)"_s
                        .arg(m_maxResponseBytes)
                        .arg(bytes));
}

void HttpExchange::onMetaDataChanged()
{
    // Refuse as soon as the announced size shows the answer is too large,
    // rather than after buffering it.
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_maxResponseBytes)
        fail(oversized(length));
}

void HttpExchange::onDownloadProgress(qint64 received, qint64 total)
{
    if (received > m_maxResponseBytes || total > m_maxResponseBytes)
        fail(oversized(qMax(received, total)));
}

void HttpExchange::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails, and this keeps what the user needs
    // to judge the certificate (its subject and fingerprint).
    QStringList parts;
    for (const QSslError &error : errors) {
        QString part = error.errorString();
        const QSslCertificate certificate = error.certificate();
        if (!certificate.isNull()) {
            part += u" (subject \"%1\", SHA-256 fingerprint %2)"_s.arg(
                certificate.subjectDisplayName(),
                QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
        }
        if (!parts.contains(part))
            parts << part;
    }
    m_tlsDetail = parts.join(u"; "_s);
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    HttpResponse response;
    response.requestSent = m_requestSent;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    // Without a status there was no answer. Codes below 200 are connection,
    // proxy and TLS failures, which with a status mean a body cut off after
    // the status line; other codes only restate the HTTP status.
    const bool transportFailure =
        error != QNetworkReply::NoError && (response.status == 0 || int(error) < 200);
    if (transportFailure) {
        if (response.status != 0)
            response.requestSent = true;
        if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsDetail.isEmpty()) {
            response.transportError =
                ApiError(ApiError::Kind::Tls, 0, {}, {},
                         m_tlsDetail.isEmpty() ? reply->errorString() : m_tlsDetail);
        } else if (error == QNetworkReply::TimeoutError) {
            response.transportError =
                ApiError(ApiError::Kind::Timeout, 0, {}, {}, reply->errorString());
        } else {
            response.transportError = ApiError(ApiError::Kind::Network, response.status,
                                               networkCode(error), {}, reply->errorString());
        }
        response.status = 0;
        complete(std::move(response));
        return;
    }
    response.requestSent = true;
    QByteArray body = reply->readAll();
    if (body.size() > m_maxResponseBytes) {
        SecretBytes::wipe(body);
        fail(oversized(body.size()));
        return;
    }
    response.body = SecretBytes(std::move(body));
    const auto rawHeaders = reply->rawHeaderPairs();
    for (const auto &pair : rawHeaders)
        response.headers.append({pair.first, pair.second});
    complete(std::move(response));
}

void HttpExchange::fail(ApiError error)
{
    HttpResponse response;
    response.requestSent = m_requestSent;
    response.transportError = std::move(error);
    complete(std::move(response));
}

void HttpExchange::complete(HttpResponse response)
{
    detachReply();
    m_timer.stop();
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(response)); // may destroy this exchange: nothing after this line
}

void HttpExchange::detachReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace latchkey
