// RequestHead: what ConnectionGuard needs from the start of an HTTP/1.1 request — where
// its header block ends, its Content-Length, whether it is chunked — read from raw bytes
// before QHttpServer parses them.
#pragma once

#include <QByteArrayView>

namespace latchkey {

struct RequestHead
{
    enum class Status {
        Incomplete, // the header block has not ended yet (and is within the limit)
        Complete,
        TooLarge, // the header block is longer than the limit
        Invalid,  // Content-Length not a number, or two that differ
    };
    Status status = Status::Incomplete;
    qsizetype headerBytes = 0; // Complete: the header block with its blank line
    qint64 contentLength = 0;
    bool chunked = false; // any Transfer-Encoding

    // bytes: the request from its first byte (blank lines before it already skipped).
    static RequestHead scan(QByteArrayView bytes, qsizetype maxHeaderBytes);
};

} // namespace latchkey
