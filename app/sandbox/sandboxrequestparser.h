// SandboxRequestParser: finds one HTTP/1.1 request (line, headers, Content-Length or chunked
// body) at the start of a connection's buffer, for the fault front.
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace latchkey {

struct SandboxParsedRequest
{
    enum class Status {
        Incomplete, // more bytes needed
        Complete,   // request and consumed are set
        Invalid,    // not HTTP the front can frame: drop the connection
    };
    Status status = Status::Incomplete;
    SandboxRequest request;
    QByteArray forward;     // the bytes to send on to the inner server
    qsizetype consumed = 0; // bytes of the buffer this request took
    bool closeAfter = false;
    bool expectsContinue = false; // Incomplete and the client waits for "100 Continue"
};

class SandboxRequestParser
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    // Bodies beyond this are refused instead of buffered (the API takes small JSON bodies).
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;

    static SandboxParsedRequest parse(const QByteArray &in);
    // The value of the first header called name, trimmed.
    static QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name);
};

} // namespace latchkey
