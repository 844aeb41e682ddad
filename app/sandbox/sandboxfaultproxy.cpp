// The fault front: uses SandboxRequestParser and a little response framing to find
// request and response boundaries on keep-alive connections, one request in flight at a time.
#include "app/sandbox/sandboxfaultproxy.h"

#include "app/sandbox/sandboxfaultplan.h"
#include "app/sandbox/sandboxrequestparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// A JSON answer of the wrong shape derived from the real one: arrays become objects,
// strings become numbers and numbers strings.
QByteArray wrongShape(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray())
        return QJsonDocument(QJsonObject{{u"items"_s, document.array()}})
            .toJson(QJsonDocument::Compact);
    if (document.isObject()) {
        QJsonObject reshaped;
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString())
                reshaped.insert(it.key(), double(v.toString().size()));
            else if (v.isDouble())
                reshaped.insert(it.key(), QString::number(v.toDouble(), 'f', 0));
            else if (v.isNull())
                reshaped.insert(it.key(), 0);
            else
                reshaped.insert(it.key(), QJsonArray{v});
        }
        return QJsonDocument(reshaped).toJson(QJsonDocument::Compact);
    }
    return R"({"unexpected":true})";
}

QByteArray oversizedBody(qint64 bytes)
{
    const QByteArray prefix = R"({"padding":")";
    const QByteArray suffix = R"("})";
    if (bytes < prefix.size() + suffix.size())
        return QByteArray(qMax<qint64>(bytes, 0), ' ');
    return prefix + QByteArray(bytes - prefix.size() - suffix.size(), 'x') + suffix;
}

SandboxResponse jsonAnswer(int status, const QByteArray &body)
{
    SandboxResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.body = body;
    return r;
}

} // namespace

class SandboxProxyConnection : public QObject
{
public:
    SandboxProxyConnection(SandboxFaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        ++m_proxy->m_openConnections;
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] { readClient(); });
        connect(client, &QTcpSocket::disconnected, this, [this] {
            m_clientGone = true;
            // A request already handed to the API is seen through: a test that waits for
            // openConnections() == 0 then knows that everything the client sent was handled.
            if (!m_awaitingUpstream)
                deleteLater();
        });
        readClient();
    }

    ~SandboxProxyConnection() override
    {
        --m_proxy->m_openConnections;
        if (m_inProgress)
            --m_proxy->m_requestsInProgress;
    }

private:
    void readClient()
    {
        m_in += m_client->readAll();
        while (parseRequest()) {
        }
        processNext();
    }

    bool parseRequest()
    {
        using Status = SandboxParsedRequest::Status;
        SandboxParsedRequest p = SandboxRequestParser::parse(m_in);
        if (p.status == Status::Invalid) {
            m_client->abort();
            return false;
        }
        if (p.status == Status::Incomplete) {
            // The body is still coming: answer Expect: 100-continue ourselves, once.
            if (p.expectsContinue && !m_sentContinue) {
                m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_sentContinue = true;
            }
            return false;
        }
        m_in.remove(0, p.consumed);
        m_sentContinue = false;
        m_queue.append(std::move(p));
        return true;
    }

    void processNext()
    {
        if (m_busy || m_queue.isEmpty() || !m_client || m_clientGone)
            return;
        m_busy = true;
        m_current = m_queue.takeFirst();
        const SandboxRequest &request = m_current.request;
        if (request.rawPath.startsWith("/__sandbox/")) {
            answer(m_proxy->m_hooks(request));
            return;
        }
        ++m_proxy->m_counts[request.method + ' ' + request.rawPath];
        ++m_proxy->m_requestsInProgress;
        m_inProgress = true;
        m_fault = m_proxy->m_plan.take(request.method, request.rawPath, request.body);
        if (!m_fault) {
            forward();
            return;
        }
        using Action = SandboxFault::Action;
        switch (m_fault->action) {
        case Action::Delay:
            QTimer::singleShot(m_fault->delayMs, this, [this] { forward(); });
            return;
        case Action::Reset:
            m_client->abort();
            return;
        case Action::Status: {
            SandboxResponse r;
            r.status = m_fault->status;
            if (m_fault->body.isEmpty()) {
                r = jsonAnswer(
                    m_fault->status,
                    QJsonDocument(QJsonObject{{u"code"_s, u"request.general"_s},
                                              {u"message"_s,
                                               QString::fromLatin1(SandboxResponse::reasonPhrase(
                                                   m_fault->status))}})
                        .toJson(QJsonDocument::Compact));
            } else {
                r.addHeader("Content-Type",
                            m_fault->body.startsWith('{') || m_fault->body.startsWith('[')
                                ? "application/json; charset=utf-8"
                                : "text/plain; charset=utf-8");
                r.body = m_fault->body;
            }
            if (m_fault->retryAfterSeconds >= 0)
                r.addHeader("Retry-After", QByteArray::number(m_fault->retryAfterSeconds));
            answer(r);
            return;
        }
        case Action::MalformedJson:
            answer(jsonAnswer(200, R"({"code": "sandbox", "items": [{"name": "trunc)"));
            return;
        case Action::Oversized:
            answer(jsonAnswer(200, oversizedBody(m_fault->bytes)));
            return;
        case Action::ResetAfterHandling:
        case Action::Truncate:
        case Action::WrongShape:
            forward();
            return;
        }
    }

    void forward()
    {
        if (!m_upstream || m_upstream->state() == QAbstractSocket::UnconnectedState) {
            delete m_upstream;
            m_upstream = new QTcpSocket(this);
            m_upBuffer.clear();
            connect(m_upstream, &QTcpSocket::readyRead, this, [this] { readUpstream(); });
            connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
                // The inner server went away mid-answer: the client sees a dropped connection.
                if (m_busy && m_awaitingUpstream) {
                    m_awaitingUpstream = false;
                    if (m_client && !m_clientGone)
                        m_client->abort();
                    else
                        deleteLater();
                }
            });
            m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), m_proxy->m_innerPort);
        }
        m_awaitingUpstream = true;
        m_upstream->write(m_current.forward);
    }

    void readUpstream()
    {
        m_upBuffer += m_upstream->readAll();
        while (m_awaitingUpstream) {
            const qsizetype end = m_upBuffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QList<QByteArray> lines = m_upBuffer.left(end).split('\n');
            for (QByteArray &line : lines)
                line = line.trimmed();
            const int status = lines.value(0).split(' ').value(1).toInt();
            if (status >= 100 && status < 200) {
                m_upBuffer.remove(0, end + 4);
                continue;
            }
            const qsizetype length =
                SandboxRequestParser::headerValue(lines, "Content-Length").toLongLong();
            if (m_upBuffer.size() < end + 4 + length)
                return;
            const QByteArray raw = m_upBuffer.left(end + 4 + length);
            m_upBuffer.remove(0, end + 4 + length);
            m_awaitingUpstream = false;
            deliver(raw, end + 4, length);
        }
    }

    void deliver(const QByteArray &raw, qsizetype headerLength, qsizetype bodyLength)
    {
        if (m_clientGone || !m_client) {
            // The API handled it; nobody is left to answer.
            deleteLater();
            return;
        }
        using Action = SandboxFault::Action;
        const Action action = m_fault ? m_fault->action : Action::Delay;
        switch (action) {
        case Action::ResetAfterHandling:
            m_client->abort();
            return;
        case Action::Truncate:
            m_client->write(raw.left(headerLength + bodyLength / 2));
            m_client->disconnectFromHost();
            return;
        case Action::WrongShape:
            answer(jsonAnswer(200, wrongShape(raw.mid(headerLength))));
            return;
        default:
            m_client->write(raw);
            finishExchange();
            return;
        }
    }

    void answer(const SandboxResponse &response)
    {
        m_client->write(response.toWire());
        finishExchange();
    }

    void finishExchange()
    {
        m_fault.reset();
        m_busy = false;
        if (std::exchange(m_inProgress, false))
            --m_proxy->m_requestsInProgress;
        if (m_current.closeAfter) {
            m_client->disconnectFromHost();
            return;
        }
        processNext();
    }

    SandboxFaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in;
    QByteArray m_upBuffer;
    QList<SandboxParsedRequest> m_queue;
    SandboxParsedRequest m_current;
    std::optional<SandboxFault> m_fault;
    bool m_busy = false;
    bool m_awaitingUpstream = false;
    bool m_sentContinue = false;
    bool m_clientGone = false;
    bool m_inProgress = false; // counted in m_proxy->m_requestsInProgress
};

SandboxFaultProxy::SandboxFaultProxy(SandboxFaultPlan &plan, HookHandler hooks, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_hooks(std::move(hooks))
{}

SandboxFaultProxy::~SandboxFaultProxy()
{
    // Connections count themselves out of this proxy: they go while it is still whole.
    const QObjectList children = this->children();
    qDeleteAll(children);
}

void SandboxFaultProxy::serve(QTcpServer *server, quint16 innerPort)
{
    m_server = server;
    m_server->setParent(this);
    m_innerPort = innerPort;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &SandboxFaultProxy::acceptConnections);
}

void SandboxFaultProxy::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new SandboxProxyConnection(this, socket);
}

} // namespace latchkey
