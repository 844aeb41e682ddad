#include "app/gateway/gatewayconfig.h"

#include "net/transportpolicy.h"

using namespace Qt::StringLiterals;

namespace latchkey {

QString GatewayConfig::issuer() const
{
    QString base = logtoEndpoint.toString(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                          QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    return base + u"/oidc"_s;
}

QString GatewayConfig::problem() const
{
    if (!logtoEndpoint.isValid() || logtoEndpoint.host().isEmpty() ||
        (logtoEndpoint.scheme() != u"https"_s && logtoEndpoint.scheme() != u"http"_s))
        return u"--logto must be an http(s) URL of the Logto endpoint."_s;
    if (logtoEndpoint.scheme() == u"http"_s &&
        !TransportPolicy::isLoopbackHost(logtoEndpoint.host()))
        return u"--logto must use https:// unless Logto is on this machine (loopback)."_s;
    if (appId.isEmpty())
        return u"--app-id is required: the M2M app the gateway acts as."_s;
    if (appSecret.isEmpty())
        return u"The app secret is required: give --secret-file FILE or set "
               "LATCHKEY_GATEWAY_SECRET."_s;
    if (resource.isEmpty())
        return u"--resource is required: the API resource indicator of the gateway."_s;
    if (tlsCertificateFile.isEmpty() != tlsKeyFile.isEmpty())
        return u"--tls-cert and --tls-key go together."_s;
    if (!tls() && !behindProxy && !listenAddress.isLoopback())
        return u"Refusing plain HTTP on %1, which is not a loopback address: give --tls-cert "
               "and --tls-key, or --behind-proxy when a TLS-terminating proxy is in front."_s.arg(
                   listenAddress.toString());
    if (policy.maxLifetimeDays < 1 || policy.maxTokensPerUser < 1 || ratePerMinute < 1)
        return u"--max-lifetime-days, --max-tokens and --rate-per-minute must be at least 1."_s;
    if (upstreamTimeout.count() < 100)
        return u"--upstream-timeout must be at least 0.1 seconds."_s;
    return {};
}

} // namespace latchkey
