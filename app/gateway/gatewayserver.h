// GatewayServer: latchkey-gateway's HTTP side: listens (HTTP or HTTPS), guards each
// connection, gives every request an id, a deadline and an answer, records metrics and
// the audit line, serves /healthz and /metrics, and stops gracefully (drain).
#pragma once

#include "app/gateway/auditlog.h"
#include "app/gateway/gatewayconfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace latchkey {

class GatewayServer : public QObject
{
    Q_OBJECT
public:
    explicit GatewayServer(QObject *parent = nullptr);
    ~GatewayServer() override;

    // Listens as configured and fetches Logto's signing keys in the background. Audit lines
    // go to auditSink (stdout when empty). False with *errorMessage when it cannot run.
    bool start(GatewayConfig config, QString *errorMessage = nullptr,
               AuditLog::Sink auditSink = {});
    // http(s)://ADDRESS:PORT, the port the listener got.
    QUrl url() const;
    const GatewayConfig &config() const;

    // Graceful stop: from now on new requests get 503; requests in flight finish (for at
    // most drainTimeout); then the listener closes and drained() is emitted.
    void drain();
    bool isDraining() const;
    int requestsInFlight() const;

signals:
    void drained();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace latchkey
