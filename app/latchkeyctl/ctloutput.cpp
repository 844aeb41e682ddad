#include "app/latchkeyctl/ctloutput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
void writeOut(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QByteArray oneLine(const QString &text)
{
    QString flat = text.simplified();
    return flat.toUtf8();
}
} // namespace

void CtlOutput::json(const QJsonValue &value)
{
    QByteArray bytes = value.isArray()
                           ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    writeOut(bytes);
}

void CtlOutput::jsonWithSecret(const QJsonObject &object, const SecretBytes &value,
                               QByteArrayView key)
{
    QByteArray head = QJsonDocument(object).toJson(QJsonDocument::Compact);
    head.chop(1); // the closing brace
    QByteArray out;
    out.reserve(head.size() + value.size() * 2 + 16);
    out.append(head);
    out.append(object.isEmpty() ? "\"" : ",\"");
    out.append(key);
    out.append("\":\"");
    for (char c : value.view()) {
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out.append("\\u00");
            out.append("0123456789abcdef"[(c >> 4) & 0xf]);
            out.append("0123456789abcdef"[c & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append("\"}\n");
    writeOut(out);
    SecretBytes::wipe(out);
}

void CtlOutput::secretLine(const SecretBytes &value)
{
    writeOut(value.view());
    writeOut("\n");
}

void CtlOutput::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells[i] : cells[i].leftJustified(widths.value(i) + 2);
        }
        line(text);
    };
    print(headers);
    for (const QStringList &row : rows)
        print(row);
}

void CtlOutput::line(const QString &text)
{
    writeOut(text.toUtf8() + '\n');
}

bool CtlOutput::stdoutOk()
{
    return std::fflush(stdout) == 0 && !std::ferror(stdout);
}

void CtlOutput::error(const QString &message)
{
    const QByteArray text = "latchkeyctl: " + oneLine(message) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void CtlOutput::note(const QString &message)
{
    error(message);
}

} // namespace latchkey
