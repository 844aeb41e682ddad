#include "model/domain/tokendigest.h"

namespace latchkey {

namespace {
// Hex digit values by byte, -1 for the rest: a table keeps the 64-digit decode
// of a 100k-token load cheap.
constexpr std::array<signed char, 256> hexValues = [] {
    std::array<signed char, 256> values{};
    values.fill(-1);
    for (int c = '0'; c <= '9'; ++c)
        values[c] = static_cast<signed char>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        values[c] = static_cast<signed char>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        values[c] = static_cast<signed char>(c - 'A' + 10);
    return values;
}();
} // namespace

TokenDigest TokenDigest::fromHex(QByteArrayView hex)
{
    TokenDigest digest;
    if (hex.size() != 2 * Size)
        return {};
    int invalid = 0;
    for (int i = 0; i < Size; ++i) {
        const int high = hexValues[static_cast<unsigned char>(hex[2 * i])];
        const int low = hexValues[static_cast<unsigned char>(hex[2 * i + 1])];
        invalid |= high | low; // any -1 sets the sign bit
        digest.m_bytes[i] = static_cast<unsigned char>(high << 4 | low);
    }
    return invalid < 0 ? TokenDigest() : digest;
}

QByteArray TokenDigest::toHex() const
{
    if (isNull())
        return {};
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray hex(2 * Size, Qt::Uninitialized);
    for (int i = 0; i < Size; ++i) {
        hex[2 * i] = digits[m_bytes[i] >> 4];
        hex[2 * i + 1] = digits[m_bytes[i] & 0xf];
    }
    return hex;
}

} // namespace latchkey
