// AuditLog: one JSON line per mutating call (who, what, which token, the outcome, from
// where). It never carries a token value, a bearer or the M2M secret: only a create's
// fingerprint names the value.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace latchkey {

struct AuditRecord
{
    QDateTime time; // UTC
    QString requestId;
    QString userId;         // empty when the caller was not authenticated
    QString action;         // "create", "rename", "revoke"
    QString tokenName;      // the token acted on (rename: its current name)
    QString newName;        // rename only
    QByteArray fingerprint; // create only: lowercase hex SHA-256 of the new value
    int status = 0;         // the HTTP status answered
    QString code;           // the error code answered, if any
    QString clientAddress;
};

class AuditLog
{
public:
    using Sink = std::function<void(const QByteArray &line)>;

    // Lines go to sink, each ending in '\n'; the default writes stdout and flushes it.
    explicit AuditLog(Sink sink = {});

    void write(const AuditRecord &record) const;
    static QByteArray line(const AuditRecord &record);

private:
    Sink m_sink;
};

} // namespace latchkey
