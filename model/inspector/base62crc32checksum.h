// Base62Crc32Checksum: the GitHub classic / npm token checksum (CRC-32 in 6 base62 digits).
#pragma once

#include "model/inspector/decodereport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace latchkey {

class Base62Crc32Checksum
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::Base62Crc32Checksum)

public:
    static constexpr int RandomLength = 30;
    static constexpr int ChecksumLength = 6;

    // zlib CRC-32 of the random part, base62 (0-9A-Za-z), left-padded with '0'.
    static QByteArray compute(QByteArrayView randomPart);
    // body: the 36 characters after the prefix (30 random + 6 checksum).
    static DecodeReport check(QByteArrayView body);
};

} // namespace latchkey
