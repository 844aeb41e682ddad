// ConnectionGuard: watches one client connection ahead of QHttpServer, which in Qt 6.4
// buffers any request whole, however large. It reads each request's header block as it
// arrives and answers 431 (headers over 16 KiB), 411 (chunked bodies) or 413 (a declared
// body over the limit) before the body is read, closes connections that stay silent or
// send a request too slowly, and writes the gateway's answers.
#pragma once

#include "app/gateway/gatewayreply.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace latchkey {

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 64 * 1024;
        std::chrono::milliseconds requestTimeout{30000}; // first byte to last of one request
        std::chrono::milliseconds idleTimeout{60000};    // keep-alive with nothing pending
    };

    // Must be installed before QHttpServer connects to the socket, so that it sees each
    // chunk of bytes first. Owned by the socket.
    static ConnectionGuard *install(QTcpSocket *socket, const Limits &limits);
    static ConnectionGuard *of(QTcpSocket *socket);

    // QHttpServer has parsed a whole request on this connection; its answer is pending.
    void requestParsed();
    // Writes an answer to the oldest pending request.
    void respond(const GatewayReply &reply, bool closeConnection);
    // Closes the connection once nothing is pending (graceful stop).
    void closeWhenIdle();

private:
    ConnectionGuard(QTcpSocket *socket, const Limits &limits);
    void onReadyRead();
    void inspectHeaders();
    void reject(int status, const QString &code, const QString &message);
    void rearmIdle();

    enum class State { AtRequestStart, InHeaders, Passing, Rejected };

    QTcpSocket *m_socket;
    Limits m_limits;
    State m_state = State::AtRequestStart;
    QByteArray m_head; // the header block so far: holds a bearer, wiped when done
    int m_pending = 0;
    bool m_closeWhenIdle = false;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer; // after a refusal: closes once the client has stopped sending
    QElapsedTimer m_lingerClock;
};

} // namespace latchkey
