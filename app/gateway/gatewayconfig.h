// GatewayConfig: everything one latchkey-gateway instance needs: where Logto is, the M2M
// app it acts as, the API resource its callers' tokens are for, where it listens, its
// policy and limits.
#pragma once

#include "app/gateway/gatewaypolicy.h"

#include "net/secretbytes.h"

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

namespace latchkey {

struct GatewayConfig
{
    QUrl logtoEndpoint;    // e.g. https://tenant.logto.app
    QString appId;         // the M2M app with Management API access
    SecretBytes appSecret; // never from the command line
    QString resource;      // the gateway's API resource indicator (the tokens' aud)
    QString apiIndicator;  // the Management API's; empty = derived from the endpoint
    QString requiredScope; // empty = any token of the resource will do
    QList<QSslCertificate> extraCaCertificates; // trusted for Logto besides the system store

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 0;                 // 0 = any free port
    QString tlsCertificateFile, tlsKeyFile; // PEM; both set = serve HTTPS
    bool behindProxy = false; // plain HTTP off loopback allowed; X-Forwarded-For trusted

    GatewayPolicy policy;
    int ratePerMinute = 30; // mutating calls per user and minute (token bucket)

    std::chrono::milliseconds upstreamTimeout{10000}; // a whole request's wait on Logto
    std::chrono::milliseconds drainTimeout{30000};    // SIGTERM: longest wait for in-flight
    std::chrono::seconds clockLeeway{60};             // exp / nbf
    std::chrono::seconds jwksRefetchInterval{60};     // at most one refetch per interval
    qint64 maxBodyBytes = 64 * 1024;

    bool tls() const { return !tlsCertificateFile.isEmpty() && !tlsKeyFile.isEmpty(); }
    // <endpoint>/oidc: Logto's issuer for every token of the tenant.
    QString issuer() const;
    // An empty string when the configuration can run, else what is wrong.
    QString problem() const;
};

} // namespace latchkey
