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
    // An admin's M2M app (with its secret), or a developer's Native app (a public
    // client: no secret; it signs in as the user).
    QString appId;
    SecretBytes appSecret;
    QString apiIndicator; // empty = derived from the endpoint; a developer's: the gateway's
    // A developer connection's latchkey-gateway: the token calls go there, under
    // /api/me/ (docs/gateway-api.md); empty = the Management API at the endpoint.
    QUrl gateway;
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
    bool usesGateway() const { return !gateway.isEmpty(); }
    // The same for the gateway's URL.
    QUrl gatewayUrl(const QString &encodedPath) const;
    // A Native app has no secret: it names itself with client_id in the form
    // (RFC 6749 section 2.3.1) instead of HTTP Basic.
    bool isPublicClient() const { return appSecret.isEmpty(); }
    // base with encodedPath appended to its path; no query, fragment or user info.
    static QUrl join(const QUrl &base, const QString &encodedPath);
};

} // namespace latchkey
