// GuardedListener: a TCP (or TLS) listener that puts a ConnectionGuard on every connection
// before QHttpServer takes it over.
#pragma once

#include "app/gateway/connectionguard.h"

#include <QSslServer>
#include <QTcpServer>

namespace latchkey {

template<typename Server> class GuardedListener : public Server
{
public:
    explicit GuardedListener(const ConnectionGuard::Limits &limits)
        : m_limits(limits)
    {}

    // QHttpServer takes each connection through here, then connects to the socket.
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            ConnectionGuard::install(socket, m_limits);
        return socket;
    }

private:
    ConnectionGuard::Limits m_limits;
};

using GuardedTcpListener = GuardedListener<QTcpServer>;
using GuardedTlsListener = GuardedListener<QSslServer>;

} // namespace latchkey
