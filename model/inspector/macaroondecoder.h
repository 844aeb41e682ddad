// MacaroonDecoder: decodes a PyPI token's version-2 binary macaroon (location, id, caveats).
#pragma once

#include "decodereport.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace latchkey {

class MacaroonDecoder
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::MacaroonDecoder)

public:
    // token: the whole "pypi-..." string. The signature needs PyPI's root key,
    // so it is only reported as present.
    static DecodeReport decode(QByteArrayView token);
};

} // namespace latchkey
