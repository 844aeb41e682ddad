// MacaroonDecoder: decodes a PyPI token's version-2 binary macaroon (location, id, caveats).
#pragma once

#include "model/inspector/decodereport.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

namespace latchkey {

class MacaroonDecoder
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::MacaroonDecoder)

public:
    // token: the whole "pypi-..." string. The signature needs PyPI's root key,
    // so it is only reported as present. now: for the expiry caveat's relative text.
    static DecodeReport decode(QByteArrayView token, const QDateTime &now);

    // What a PyPI caveat means ("Only for projects: x"), or empty when it is not one we know.
    static QString describeCaveat(const QJsonValue &caveat, const QDateTime &now);
};

} // namespace latchkey
