// SandboxRequest / SandboxResponse: the HTTP exchange the sandbox API logic works on.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace latchkey {

struct SandboxRequest
{
    QByteArray method;   // upper case, e.g. "POST"
    QByteArray rawPath;  // exactly as sent, still percent-encoded
    QByteArray rawQuery; // exactly as sent, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // repeated names allowed (Link)
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
    // Serialises the full HTTP/1.1 answer, Content-Length included.
    QByteArray toWire() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace latchkey
