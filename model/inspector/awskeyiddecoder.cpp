#include "model/inspector/awskeyiddecoder.h"

using namespace Qt::StringLiterals;

namespace latchkey {

std::optional<quint64> AwsKeyIdDecoder::accountId(QByteArrayView keyId)
{
    if (keyId.size() != 20)
        return std::nullopt;
    // 16 base32 characters carry 80 bits; the first 48 of them hold the account.
    quint64 bits = 0;
    int bitCount = 0;
    for (char c : keyId.sliced(4)) {
        int value;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        else
            return std::nullopt;
        if (bitCount < 48) {
            bits = (bits << 5) | quint64(value);
            bitCount += 5;
        }
    }
    // 50 bits collected (10 characters); drop the 2 beyond the first 48.
    const quint64 first48 = bits >> (bitCount - 48);
    return (first48 & 0x7fffffffff80ULL) >> 7;
}

DecodeReport AwsKeyIdDecoder::decode(QByteArrayView keyId)
{
    DecodeReport report;
    const std::optional<quint64> account = accountId(keyId);
    if (!account) {
        report.fail(tr("The key id is not 20 base32 characters."));
        return report;
    }
    report.add(u"account_id"_s, tr("AWS account id"),
               QStringLiteral("%1").arg(*account, 12, 10, QLatin1Char('0')));
    report.findings.append({Severity::Info, tr("An access key id is not a secret on its own, but "
                                               "its secret access key is usually nearby.")});
    return report;
}

} // namespace latchkey
