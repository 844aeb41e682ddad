// ConnectionProblem: names why a server could not be used, and where.
#include "model/session/connectionproblem.h"

using namespace Qt::StringLiterals;

namespace latchkey {

QString ConnectionProblem::address(const QUrl &endpoint)
{
    const int port = endpoint.port(endpoint.scheme() == u"http"_s ? 80 : 443);
    const QString host =
        endpoint.host().contains(u':') ? u"[%1]"_s.arg(endpoint.host()) : endpoint.host();
    return u"%1:%2"_s.arg(host).arg(port);
}

QString ConnectionProblem::describe(const ApiError &error, const QUrl &endpoint)
{
    const QString where = address(endpoint);
    switch (error.kind()) {
    case ApiError::Kind::Network:
        if (error.code() == u"connection_refused"_s)
            return tr("Connection refused by %1: nothing accepts connections on that port. Check "
                      "the endpoint's host and port, and that the server runs.")
                .arg(where);
        if (error.code() == u"host_not_found"_s)
            return tr("The name “%1” could not be found (DNS). Check the endpoint's host name and "
                      "the network.")
                .arg(endpoint.host());
        if (error.code() == u"remote_closed"_s)
            return tr("%1 closed the connection without answering. Check that the endpoint is a "
                      "Logto server and the scheme (http or https) is right.")
                .arg(where);
        return tr("%1 could not be reached: %2").arg(where, error.detail());
    case ApiError::Kind::Timeout:
        return tr("%1 did not answer in time (timeout). Check the network and the server.")
            .arg(where);
    case ApiError::Kind::Tls:
        return tr("TLS problem with %1: %2").arg(where, error.detail());
    case ApiError::Kind::Insecure:
        return tr("Plain HTTP to %1 is refused: it is not this computer. Use https://, or allow "
                  "plain HTTP for this connection if the network is yours.")
            .arg(where);
    case ApiError::Kind::Unauthorized:
        return tr("%1 refused the app ID or app secret (401). Check both in the profile.")
            .arg(where);
    default:
        return tr("%1 answered, but: %2").arg(where, error.userMessage());
    }
}

} // namespace latchkey
