// GitLabRoutableDecoder: checks the CRC of a routable glpat- token and decodes its routing ids.
#pragma once

#include "model/inspector/decodereport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace latchkey {

class GitLabRoutableDecoder
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::GitLabRoutableDecoder)

public:
    static constexpr int CrcLength = 7;

    // zlib CRC-32 of everything before the CRC (prefix included), base36, left-padded to 7.
    static QByteArray crc(QByteArrayView tokenWithoutCrc);
    static DecodeReport decode(QByteArrayView token);
};

} // namespace latchkey
