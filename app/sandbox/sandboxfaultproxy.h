// SandboxFaultProxy: a TCP front that owns the public port when test hooks are on. It forwards
// each HTTP request to the inner QHttpServer and can instead delay, reset, truncate or replace
// answers, which QHttpServer cannot do itself. It also counts requests.
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTcpServer;

namespace latchkey {

class SandboxFaultPlan;

class SandboxFaultProxy : public QObject
{
    Q_OBJECT
public:
    using HookHandler = std::function<SandboxResponse(const SandboxRequest &)>;

    SandboxFaultProxy(SandboxFaultPlan &plan, HookHandler hooks, QObject *parent = nullptr);
    ~SandboxFaultProxy() override;

    // Takes a listening server (plain or QSslServer) and forwards to 127.0.0.1:innerPort.
    void serve(QTcpServer *server, quint16 innerPort);

    // "METHOD /raw/path" -> number of requests seen (hook requests excluded).
    const QHash<QByteArray, int> &counts() const { return m_counts; }
    void resetCounts() { m_counts.clear(); }

    // Client connections open, and counted requests neither answered nor dropped yet.
    int openConnections() const { return m_openConnections; }
    int requestsInProgress() const { return m_requestsInProgress; }

private:
    void acceptConnections();

    friend class SandboxProxyConnection;
    SandboxFaultPlan &m_plan;
    HookHandler m_hooks;
    QTcpServer *m_server = nullptr;
    quint16 m_innerPort = 0;
    QHash<QByteArray, int> m_counts;
    int m_openConnections = 0;
    int m_requestsInProgress = 0;
};

} // namespace latchkey
