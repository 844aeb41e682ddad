// GatewayExchange: one request from its arrival to its answer: what the routes need to
// know about it, the audit record they fill in, and respond(), which answers exactly once.
#pragma once

#include "app/gateway/auditlog.h"
#include "app/gateway/gatewayreply.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace latchkey {

class GatewayExchange : public QObject
{
    Q_OBJECT
public:
    explicit GatewayExchange(QObject *parent = nullptr);

    QString requestId;
    QString route;     // the route's path, e.g. "/api/me/personal-access-tokens"
    QByteArray method; // "GET", "POST", ...
    QByteArray body;
    QString clientAddress;
    QElapsedTimer clock;
    // Mutating calls: what the audit line says (userId, action, names, fingerprint).
    AuditRecord audit;

    // The first call answers; later ones are ignored (a deadline and a late upstream
    // answer may both try).
    void respond(GatewayReply reply);

signals:
    void answered(const latchkey::GatewayReply &reply);

private:
    bool m_answered = false;
};

} // namespace latchkey
