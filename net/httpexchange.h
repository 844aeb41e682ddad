// HttpExchange: one attempt of one HTTP request on a QNetworkAccessManager,
// with a timeout, a response size limit and TLS errors turned into ApiErrors.
#pragma once

#include "net/httpresponse.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace latchkey {

class HttpExchange : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(HttpResponse)>;

    HttpExchange(QNetworkAccessManager *manager, std::chrono::milliseconds timeout,
                 qint64 maxResponseBytes, QObject *parent = nullptr);
    // Destroying an exchange in flight aborts it without calling back.
    ~HttpExchange() override;

    // Calls done exactly once, later, unless the exchange is destroyed first.
    // A request with a body is never re-sent transparently by Qt after the
    // connection closed unanswered: that case comes back as an unanswered
    // (ambiguous) network error, and the caller's retry policy decides.
    void start(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
               Completion done);

private:
    void onMetaDataChanged();
    void onDownloadProgress(qint64 received, qint64 total);
    void onSslErrors(const QList<QSslError> &errors);
    void onFinished();
    void fail(ApiError error);
    void complete(HttpResponse response);
    void detachReply();
    ApiError oversized(qint64 bytes) const;

    QNetworkAccessManager *m_manager;
    std::chrono::milliseconds m_timeout;
    qint64 m_maxResponseBytes;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    Completion m_done;
    bool m_requestSent = false;
    QString m_tlsDetail;
};

} // namespace latchkey
