// TransportPolicy: decides whether a URL may be contacted and how TLS is set up.
#pragma once

#include "net/apierror.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

namespace latchkey {

class TransportPolicy
{
public:
    // Kind::Insecure for plain HTTP to a host that is not loopback (unless
    // allowed) and for schemes other than http/https; Kind::None when fine.
    static ApiError check(const QUrl &url, bool allowPlainHttp);
    static bool isLoopbackHost(const QString &host);
    // The system trust store plus the extra CAs; peer verification always on.
    static QSslConfiguration sslConfiguration(const QList<QSslCertificate> &extraCaCertificates);
};

} // namespace latchkey
