#include "app/gateway/requesthead.h"

#include <QByteArray>

namespace latchkey {

RequestHead RequestHead::scan(QByteArrayView bytes, qsizetype maxHeaderBytes)
{
    RequestHead head;
    // CRLF CRLF ends the block; QHttpServer also takes a bare LF LF, so this does too.
    qsizetype end = bytes.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    const qsizetype bare = bytes.indexOf("\n\n");
    if (bare >= 0 && (end < 0 || bare < end)) {
        end = bare;
        separator = 2;
    }
    if (end < 0) {
        head.status = bytes.size() > maxHeaderBytes ? Status::TooLarge : Status::Incomplete;
        return head;
    }
    head.headerBytes = end + separator;
    if (head.headerBytes > maxHeaderBytes) {
        head.status = Status::TooLarge;
        return head;
    }
    head.status = Status::Complete;
    int lengths = 0;
    const QByteArrayView block = bytes.first(end);
    qsizetype lineStart = block.indexOf('\n'); // the request line is QHttpServer's
    while (lineStart >= 0 && lineStart < block.size()) {
        qsizetype lineEnd = block.indexOf('\n', lineStart + 1);
        if (lineEnd < 0)
            lineEnd = block.size();
        const QByteArrayView line = block.sliced(lineStart + 1, lineEnd - lineStart - 1);
        lineStart = lineEnd;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            head.chunked = true;
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (lengths > 0 && length != head.contentLength))
                head.status = Status::Invalid;
            head.contentLength = length;
            ++lengths;
        }
    }
    return head;
}

} // namespace latchkey
