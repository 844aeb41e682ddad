// fuzz_inspector: libFuzzer target feeding arbitrary bytes to TokenInspector::inspect.
#include "model/inspector/tokeninspector.h"

#include "net/tokenfingerprint.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    static const TokenInspector inspector = [] {
        TokenInspector i;
        // One known token, so that the matching path runs too.
        i.setKnownTokens(
            {{TokenFingerprint::of("pat_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"), u"ci-deploy"_s,
              u"alice@example.com"_s, u"Production"_s,
              QDateTime::fromSecsSinceEpoch(1800003600, Qt::UTC), true, QString(), false}});
        i.setVerificationKey(VerificationKey::fromHmacSecret(SecretBytes("fuzz secret"_ba)));
        return i;
    }();
    const InspectionResult result = inspector.inspect(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), now);
    // Rendering must work for whatever came out.
    const QByteArray json = QJsonDocument(result.toJson()).toJson();
    if (json.isEmpty() || result.verdictText.isEmpty())
        __builtin_trap();
    return 0;
}
