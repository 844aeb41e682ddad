// ClientConfig: everything LogtoClient needs to reach one Logto tenant.
#pragma once

#include "net/secretbytes.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

namespace latchkey {

struct ClientConfig
{
    QUrl endpoint; // e.g. https://tenant.logto.app or http://127.0.0.1:3001
    QString appId;
    SecretBytes appSecret;
    QString apiIndicator;                       // empty = derived from the endpoint
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    bool allowPlainHttp = false;                // plain HTTP to a non-loopback host
    std::chrono::milliseconds requestTimeout{15000};
    int maxAttempts = 4;                           // for retryable calls
    std::chrono::milliseconds maxRetryTime{30000}; // total budget of one call's retries
    std::chrono::milliseconds retryBaseDelay{250}; // first backoff; doubles per attempt
    qint64 maxResponseBytes = 32 * 1024 * 1024;

    // https://{tenant}.logto.app/api for Logto Cloud, https://default.logto.app/api otherwise.
    static QString defaultApiIndicator(const QUrl &endpoint);
    QString effectiveApiIndicator() const;
    // The endpoint with encodedPath (percent-encoded, starting with '/') appended
    // to its own path, so that a Logto behind a path prefix works.
    QUrl endpointUrl(const QString &encodedPath) const;
};

} // namespace latchkey
