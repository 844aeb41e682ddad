#include "app/gateway/connectionguard.h"

#include "app/gateway/requesthead.h"

#include "net/secretbytes.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace latchkey {

ConnectionGuard *ConnectionGuard::install(QTcpSocket *socket, const Limits &limits)
{
    return new ConnectionGuard(socket, limits);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    // A backstop: the socket never buffers more than one allowed request and some slack.
    m_socket->setReadBufferSize(limits.maxHeaderBytes + limits.maxBodyBytes + 16 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        reject(408, u"gateway.request_timeout"_s,
               u"The request did not arrive completely in time."_s);
    });
    connect(&m_idleTimer, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(std::chrono::seconds(1));
    connect(&m_lingerTimer, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    rearmIdle();
}

void ConnectionGuard::onReadyRead()
{
    switch (m_state) {
    case State::Rejected:
        // Nothing more is read for QHttpServer: what the client still sends is dropped
        // until it stops, so that closing does not reset the answer away.
        m_socket->skip(m_socket->bytesAvailable());
        if (m_lingerClock.isValid() && m_lingerClock.elapsed() > 10000)
            m_socket->abort(); // a client that never stops sending gets no more patience
        else if (m_lingerTimer.isActive())
            m_lingerTimer.start();
        return;
    case State::Passing:
        return;
    case State::AtRequestStart:
    case State::InHeaders:
        break;
    }
    m_idleTimer.stop();
    // While headers arrive QHttpServer reads every byte it is given, so what is available
    // now is exactly what arrived since the last call.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    if (m_state == State::AtRequestStart) {
        // QHttpServer skips blank lines between requests; so does the count.
        qsizetype start = 0;
        while (start < fresh.size() && (fresh[start] == '\r' || fresh[start] == '\n'))
            ++start;
        if (start == fresh.size())
            return;
        m_head = fresh.mid(start);
        m_state = State::InHeaders;
        m_requestTimer.start(m_limits.requestTimeout);
    } else {
        m_head += fresh;
    }
    inspectHeaders();
}

void ConnectionGuard::inspectHeaders()
{
    const RequestHead head = RequestHead::scan(m_head, m_limits.maxHeaderBytes);
    if (head.status == RequestHead::Status::Incomplete)
        return;
    SecretBytes::wipe(m_head);
    m_head.clear();
    if (head.status == RequestHead::Status::TooLarge)
        reject(431, u"gateway.headers_too_large"_s,
               u"The request's headers are larger than %1 bytes."_s.arg(m_limits.maxHeaderBytes));
    else if (head.status == RequestHead::Status::Invalid)
        reject(400, u"gateway.bad_request"_s, u"The request's Content-Length is not valid."_s);
    else if (head.chunked)
        reject(411, u"gateway.length_required"_s,
               u"Send the request body with a Content-Length; chunked bodies are not accepted."_s);
    else if (head.contentLength > m_limits.maxBodyBytes)
        reject(413, u"gateway.body_too_large"_s,
               u"The request body is larger than %1 bytes."_s.arg(m_limits.maxBodyBytes));
    else
        m_state = State::Passing;
}

void ConnectionGuard::requestParsed()
{
    ++m_pending;
    m_requestTimer.stop();
    m_idleTimer.stop();
    if (m_state != State::Rejected)
        m_state = State::AtRequestStart;
    if (!m_head.isEmpty()) {
        SecretBytes::wipe(m_head);
        m_head.clear();
    }
}

void ConnectionGuard::respond(const GatewayReply &reply, bool closeConnection)
{
    if (m_pending > 0)
        --m_pending;
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool close = closeConnection || (m_closeWhenIdle && m_pending == 0);
    QByteArray wire = reply.toWire(close);
    m_socket->write(wire);
    if (reply.secret)
        SecretBytes::wipe(wire);
    if (close) {
        m_state = State::Rejected;
        m_socket->disconnectFromHost();
        return;
    }
    rearmIdle();
}

void ConnectionGuard::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (m_pending == 0 && m_state == State::AtRequestStart)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::reject(int status, const QString &code, const QString &message)
{
    if (m_state == State::Rejected)
        return;
    m_state = State::Rejected;
    m_requestTimer.stop();
    m_idleTimer.stop();
    SecretBytes::wipe(m_head);
    m_head.clear();
    // Everything buffered is dropped before QHttpServer reads it; answers still pending
    // for earlier requests on this connection are given up with it.
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(GatewayReply::error(status, code, message).toWire(true));
    // Closed once the client has been quiet for a second (it closes itself on reading
    // "Connection: close"): closing with its body still arriving would reset the answer.
    m_lingerClock.start();
    m_lingerTimer.start();
}

void ConnectionGuard::rearmIdle()
{
    if (m_pending == 0 && m_state == State::AtRequestStart)
        m_idleTimer.start(m_limits.idleTimeout);
}

} // namespace latchkey
