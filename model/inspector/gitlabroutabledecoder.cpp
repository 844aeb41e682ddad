#include "model/inspector/gitlabroutabledecoder.h"

#include "model/inspector/base64url.h"
#include "model/inspector/bytesplit.h"

#include "net/secretbytes.h"

#include <QList>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr char kBase36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

bool isBase36(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
    });
}

} // namespace

QByteArray GitLabRoutableDecoder::crc(QByteArrayView tokenWithoutCrc)
{
    quint32 value = quint32(::crc32(0L, reinterpret_cast<const Bytef *>(tokenWithoutCrc.data()),
                                    uInt(tokenWithoutCrc.size())));
    QByteArray out(CrcLength, '0');
    for (int i = CrcLength - 1; i >= 0 && value != 0; --i) {
        out[i] = kBase36[value % 36];
        value /= 36;
    }
    return out;
}

DecodeReport GitLabRoutableDecoder::decode(QByteArrayView token)
{
    DecodeReport report;
    // glpat-<base64url payload>.<2-char version>.<2-char payload length><7-char CRC>
    const qsizetype prefixLength = qsizetype(sizeof("glpat-") - 1);
    const QList<QByteArrayView> parts = splitView(token.sliced(prefixLength), '.');
    if (parts.size() != 3 || parts[1].size() != 2 || parts[2].size() != 2 + CrcLength ||
        !isBase36(parts[1]) || !isBase36(parts[2])) {
        report.fail(tr("A routable GitLab token is \"glpat-\", a base64url payload, \".\", a "
                       "2-character version, \".\", then 9 base36 characters."));
        return report;
    }
    const QByteArrayView payloadText = parts[0];
    const QByteArrayView crcText = token.last(CrcLength);
    if (crc(token.first(token.size() - CrcLength)) != crcText) {
        report.fail(tr("The CRC-32 checksum does not match: the token has a typo or is not "
                       "genuine."));
        return report;
    }
    report.findings.append({Severity::Info, tr("The CRC-32 checksum matches.")});
    report.add(u"version"_s, tr("Token version"),
               QString::number(QByteArray(parts[1].data(), 2).toInt(nullptr, 36)));

    const int declaredLength = QByteArray(parts[2].data(), 2).toInt(nullptr, 36);
    if (declaredLength != payloadText.size()) {
        report.fail(tr("The payload length field says %1 characters, but the payload has %2.")
                        .arg(declaredLength)
                        .arg(payloadText.size()));
        return report;
    }
    std::optional<QByteArray> decoded = Base64Url::decode(payloadText);
    if (!decoded || decoded->isEmpty()) {
        report.fail(tr("The payload is not valid base64url."));
        return report;
    }
    // The payload is the routing lines, then random bytes, then one byte giving
    // how many random bytes there were.
    const SecretBytes payload(std::move(*decoded)); // holds the token's random part
    const int randomLength = quint8(payload.view().back());
    if (randomLength + 1 > payload.size()) {
        report.fail(tr("The payload's random part is longer than the payload."));
        return report;
    }
    const QByteArrayView routing = payload.view().first(payload.size() - randomLength - 1);
    for (const QByteArrayView line : splitView(routing, '\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon != 1)
            continue;
        const QByteArrayView value = line.sliced(2);
        bool ok = false;
        const qulonglong id = QByteArray(value.data(), value.size()).toULongLong(&ok, 36);
        const QString shown =
            ok && isBase36(value) ? QString::number(id) : QString::fromUtf8(value);
        switch (line.front()) {
        case 'c':
            report.add(u"cell"_s, tr("Cell id"), shown);
            break;
        case 'o':
            report.add(u"organization"_s, tr("Organization id"), shown);
            break;
        case 'u':
            report.add(u"user"_s, tr("User id"), shown);
            break;
        case 'g':
            report.add(u"group"_s, tr("Group id"), shown);
            break;
        case 'p':
            report.add(u"project"_s, tr("Project id"), shown);
            break;
        default:
            report.add(QString::fromLatin1(line.first(1)),
                       tr("Routing value \"%1\"").arg(QString::fromLatin1(line.first(1))), shown);
        }
    }
    return report;
}

} // namespace latchkey
