#include "app/gateway/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString resultOf(int status)
{
    if (status >= 200 && status < 300)
        return u"ok"_s;
    return status >= 500 ? u"failed"_s : u"refused"_s;
}

} // namespace

AuditLog::AuditLog(Sink sink)
    : m_sink(std::move(sink))
{
    if (!m_sink) {
        m_sink = [](const QByteArray &line) {
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
        };
    }
}

QByteArray AuditLog::line(const AuditRecord &r)
{
    QJsonObject object{{u"time"_s, r.time.toUTC().toString(Qt::ISODateWithMs)},
                       {u"requestId"_s, r.requestId},
                       {u"userId"_s, orNull(r.userId)},
                       {u"action"_s, r.action},
                       {u"tokenName"_s, r.tokenName},
                       {u"result"_s, resultOf(r.status)},
                       {u"status"_s, r.status},
                       {u"code"_s, orNull(r.code)},
                       {u"clientAddress"_s, r.clientAddress}};
    if (r.action == u"rename"_s)
        object.insert(u"newName"_s, r.newName);
    if (r.action == u"create"_s)
        object.insert(u"fingerprint"_s, r.fingerprint.isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(QString::fromLatin1(r.fingerprint)));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

void AuditLog::write(const AuditRecord &record) const
{
    m_sink(line(record));
}

} // namespace latchkey
