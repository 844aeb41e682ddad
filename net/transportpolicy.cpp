#include "net/transportpolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace latchkey {

bool TransportPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError TransportPolicy::check(const QUrl &url, bool allowPlainHttp)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return ApiError(
            ApiError::Kind::Insecure, 0, {}, {},
            u"unsupported URL %1: only https:// (and http:// to loopback) is allowed"_s.arg(
                url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (scheme == u"http" && !allowPlainHttp && !isLoopbackHost(url.host()))
        return ApiError(ApiError::Kind::Insecure, 0, {}, {},
                        u"plain HTTP to the non-loopback host %1 refused"_s.arg(url.host()));
    return {};
}

QSslConfiguration
TransportPolicy::sslConfiguration(const QList<QSslCertificate> &extraCaCertificates)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!extraCaCertificates.isEmpty())
        ssl.addCaCertificates(extraCaCertificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

} // namespace latchkey
