// GatewayReply: one HTTP answer of the gateway, and the Logto-shaped bodies it sends
// ({code, message} errors, so that Latchkey's client and error mapping read them as they
// read Logto's).
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

namespace latchkey {

struct GatewayReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString code;        // the error body's code, for the audit line and metrics
    bool secret = false; // the body carries a token value: wiped once written

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    QByteArray header(const QByteArray &name) const;

    static GatewayReply json(int status, const QJsonDocument &document);
    static GatewayReply error(int status, const QString &code, const QString &message);
    static GatewayReply noContent();

    // Status line, headers, Content-Length and body, as HTTP/1.1 sends them.
    QByteArray toWire(bool closeConnection) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace latchkey
