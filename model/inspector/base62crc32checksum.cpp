#include "model/inspector/base62crc32checksum.h"

#include <zlib.h>

namespace latchkey {

QByteArray Base62Crc32Checksum::compute(QByteArrayView randomPart)
{
    static constexpr char alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    quint32 crc = quint32(
        ::crc32(0L, reinterpret_cast<const Bytef *>(randomPart.data()), uInt(randomPart.size())));
    QByteArray out(ChecksumLength, '0');
    for (int i = ChecksumLength - 1; i >= 0 && crc != 0; --i) {
        out[i] = alphabet[crc % 62];
        crc /= 62;
    }
    return out;
}

DecodeReport Base62Crc32Checksum::check(QByteArrayView body)
{
    DecodeReport report;
    if (body.size() != RandomLength + ChecksumLength) {
        report.fail(tr("The checksum cannot be checked: the token has the wrong length."));
        return report;
    }
    const QByteArray expected = compute(body.first(RandomLength));
    if (expected != body.sliced(RandomLength)) {
        report.fail(tr("The checksum does not match: the token has a typo or is not genuine."));
        return report;
    }
    report.findings.append({Severity::Info, tr("The CRC-32 checksum matches.")});
    return report;
}

} // namespace latchkey
