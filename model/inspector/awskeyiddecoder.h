// AwsKeyIdDecoder: recovers the AWS account id encoded in an access key id.
#pragma once

#include "model/inspector/decodereport.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace latchkey {

class AwsKeyIdDecoder
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::AwsKeyIdDecoder)

public:
    // Base32-decode characters 5..20, take the first 6 bytes big-endian,
    // mask with 0x7fffffffff80 and shift right by 7.
    static std::optional<quint64> accountId(QByteArrayView keyId);
    static DecodeReport decode(QByteArrayView keyId);
};

} // namespace latchkey
