// JwksDownloader: fetches a JSON Web Key Set from a URL the user gave (not a
// Logto connection): the same transport rules as the client (TLS always
// verified, plain HTTP only to loopback), a timeout and a size cap.
#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace latchkey {

class HttpExchange;

class JwksDownloader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxBytes = 1024 * 1024;

    explicit JwksDownloader(QObject *parent = nullptr);
    ~JwksDownloader() override;

    // done runs once, later; a new fetch abandons the previous one without a callback.
    void fetch(const QUrl &url, std::function<void(Result<QByteArray>)> done,
               std::chrono::milliseconds timeout = std::chrono::seconds(15));

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpExchange> m_exchange;
};

} // namespace latchkey
