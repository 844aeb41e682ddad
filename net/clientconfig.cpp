#include "net/clientconfig.h"

using namespace Qt::StringLiterals;

namespace latchkey {

QString ClientConfig::defaultApiIndicator(const QUrl &endpoint)
{
    // Logto Cloud names the tenant in the host; every other deployment
    // (Logto OSS, custom domains) uses the fixed OSS indicator.
    const QString host = endpoint.host().toLower();
    static const QString cloudSuffix = u".logto.app"_s;
    if (host.endsWith(cloudSuffix)) {
        const QString tenant = host.chopped(cloudSuffix.size());
        if (!tenant.isEmpty() && !tenant.contains(u'.'))
            return u"https://%1.logto.app/api"_s.arg(tenant);
    }
    return u"https://default.logto.app/api"_s;
}

QString ClientConfig::effectiveApiIndicator() const
{
    return apiIndicator.isEmpty() ? defaultApiIndicator(endpoint) : apiIndicator;
}

QUrl ClientConfig::endpointUrl(const QString &encodedPath) const
{
    return join(endpoint, encodedPath);
}

QUrl ClientConfig::gatewayUrl(const QString &encodedPath) const
{
    return join(gateway, encodedPath);
}

QUrl ClientConfig::join(const QUrl &baseUrl, const QString &encodedPath)
{
    QUrl url = baseUrl;
    QString base = baseUrl.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + encodedPath, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

} // namespace latchkey
