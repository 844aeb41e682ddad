// InputNormalizer: strips what people paste around a token (quotes, Bearer, headers, line breaks).
#pragma once

#include "model/inspector/inspectionresult.h"

#include "net/secretbytes.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace latchkey {

struct NormalizedInput
{
    SecretBytes token;
    QList<Finding> findings; // one Info finding per removal
};

class InputNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::InputNormalizer)

public:
    static NormalizedInput normalize(QByteArrayView input);
};

} // namespace latchkey
