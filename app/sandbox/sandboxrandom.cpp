// Rejection sampling keeps every character equally likely, as Logto's generators do.
#include "app/sandbox/sandboxrandom.h"

#include <openssl/rand.h>

namespace latchkey {

QString sandboxRandomString(int length, QByteArrayView alphabet)
{
    const int n = int(alphabet.size());
    const int limit = 256 - (256 % n); // bytes at or above this would bias the result
    QString out;
    out.reserve(length);
    unsigned char buffer[64];
    while (out.size() < length) {
        if (RAND_bytes(buffer, sizeof buffer) != 1)
            qFatal("sandbox: the system random generator failed");
        for (unsigned char byte : buffer) {
            if (byte >= limit)
                continue;
            out.append(QLatin1Char(alphabet[byte % n]));
            if (out.size() == length)
                break;
        }
    }
    return out;
}

} // namespace latchkey
