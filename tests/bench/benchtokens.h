// BenchTokens: deterministic, realistic token lists for the benchmarks
// (names like "ci-deploy-eu-west-042", mixed expiries, real fingerprints).
#pragma once

#include "net/personalaccesstoken.h"

#include <QByteArray>
#include <QList>

namespace latchkey {

class BenchTokens
{
public:
    static QString userId();
    static QList<PersonalAccessToken> tokens(int count);
    // A Logto list answer (GET .../personal-access-tokens) with plaintext values.
    static QByteArray listResponse(int count);
};

} // namespace latchkey
