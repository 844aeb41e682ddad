// Request framing for the fault front. Lengths from the wire are checked before any
// arithmetic: a negative, non-numeric or huge Content-Length or chunk size makes the
// request Invalid rather than moving offsets outside the buffer.
#include "app/sandbox/sandboxrequestparser.h"

#include <optional>

namespace latchkey {

namespace {

std::optional<qsizetype> parseLength(const QByteArray &text, int base)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok, base);
    if (!ok || value < 0 || value > SandboxRequestParser::kMaxBodyBytes)
        return std::nullopt;
    return qsizetype(value);
}

// Decodes a chunked body starting at pos. Complete: consumed is where the message ends.
SandboxParsedRequest::Status dechunk(const QByteArray &in, qsizetype pos, QByteArray *body,
                                     qsizetype *consumed)
{
    using Status = SandboxParsedRequest::Status;
    body->clear();
    while (true) {
        const qsizetype lineEnd = in.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return Status::Incomplete;
        const std::optional<qsizetype> size =
            parseLength(in.mid(pos, lineEnd - pos).split(';').value(0).trimmed(), 16);
        if (!size || body->size() + *size > SandboxRequestParser::kMaxBodyBytes)
            return Status::Invalid;
        pos = lineEnd + 2;
        if (*size == 0) {
            if (in.mid(pos, 2) == "\r\n") {
                *consumed = pos + 2;
                return Status::Complete;
            }
            const qsizetype trailerEnd = in.indexOf("\r\n\r\n", pos);
            if (trailerEnd < 0)
                return Status::Incomplete;
            *consumed = trailerEnd + 4;
            return Status::Complete;
        }
        if (in.size() - pos < *size + 2)
            return Status::Incomplete;
        body->append(in.mid(pos, *size));
        pos += *size + 2;
    }
}

} // namespace

QByteArray SandboxRequestParser::headerValue(const QList<QByteArray> &lines, const QByteArray &name)
{
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

SandboxParsedRequest SandboxRequestParser::parse(const QByteArray &in)
{
    using Status = SandboxParsedRequest::Status;
    SandboxParsedRequest p;
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0) {
        p.status = in.size() > kMaxHeaderBytes ? Status::Invalid : Status::Incomplete;
        return p;
    }
    QList<QByteArray> lines = in.left(end).split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3) {
        p.status = Status::Invalid;
        return p;
    }
    lines.removeFirst();
    const bool chunked = headerValue(lines, "Transfer-Encoding").toLower().contains("chunked");
    QByteArray body;
    if (chunked) {
        p.status = dechunk(in, end + 4, &body, &p.consumed);
    } else {
        const QByteArray lengthText = headerValue(lines, "Content-Length");
        const std::optional<qsizetype> length =
            lengthText.isEmpty() ? std::optional<qsizetype>(0) : parseLength(lengthText, 10);
        if (!length) {
            p.status = Status::Invalid;
        } else if (in.size() - (end + 4) < *length) {
            p.status = Status::Incomplete;
        } else {
            p.status = Status::Complete;
            p.consumed = end + 4 + *length;
            body = in.mid(end + 4, *length);
        }
    }
    if (p.status != Status::Complete) {
        p.expectsContinue =
            p.status == Status::Incomplete &&
            headerValue(lines, "Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
        return p;
    }
    p.request.method = requestLine[0].toUpper();
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    p.request.rawPath = question < 0 ? target : target.left(question);
    p.request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    p.request.body = body;
    p.forward = requestLine[0] + ' ' + target + ' ' + requestLine[2] + "\r\n";
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        // The inner server gets the body in one piece with its length, whatever the framing.
        if (name.compare("Expect", Qt::CaseInsensitive) == 0 ||
            name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 ||
            name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        p.request.headers.append(qMakePair(name, line.mid(colon + 1).trimmed()));
        p.forward += line + "\r\n";
    }
    if (!p.request.body.isEmpty() || p.request.method == "POST" || p.request.method == "PATCH" ||
        p.request.method == "PUT") {
        p.request.headers.append(
            qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));
        p.forward += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    p.forward += "\r\n" + p.request.body;
    const QByteArray connection = headerValue(lines, "Connection").toLower();
    p.closeAfter =
        connection == "close" || (requestLine[2] == "HTTP/1.0" && connection != "keep-alive");
    return p;
}

} // namespace latchkey
