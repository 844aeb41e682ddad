#include "app/gateway/gatewayreply.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

QByteArray GatewayReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

GatewayReply GatewayReply::json(int status, const QJsonDocument &document)
{
    GatewayReply r;
    r.status = status;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

GatewayReply GatewayReply::error(int status, const QString &code, const QString &message)
{
    GatewayReply r =
        json(status, QJsonDocument(QJsonObject{{u"code"_s, code}, {u"message"_s, message}}));
    r.code = code;
    return r;
}

GatewayReply GatewayReply::noContent()
{
    GatewayReply r;
    r.status = 204;
    return r;
}

QByteArray GatewayReply::toWire(bool closeConnection) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    // A 204 carries no body and no length (RFC 9110 section 8.6).
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (status != 204)
        out += body;
    return out;
}

QByteArray GatewayReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace latchkey
