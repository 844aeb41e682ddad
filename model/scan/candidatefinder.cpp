#include "model/scan/candidatefinder.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace latchkey {

namespace {
// Shorter than this after its prefix, a string is a word ("pat_id"), not a token.
constexpr int kMinBody = 8;
} // namespace

CandidateFinder::CandidateFinder()
{
    for (int c = 0; c < 256; ++c) {
        const bool alnum =
            (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        m_alnum[c] = alnum;
        m_wordByte[c] = alnum || c == '_' || c == '-' || c == '.';
    }
    m_minLength = std::numeric_limits<qsizetype>::max();
    for (const PrefixShape &shape : FormatDetector::prefixShapes()) {
        // A known token is found by its fingerprint whatever its length; only an
        // unknown one must have its format's shape (FileScanner checks that).
        const qsizetype minLength = shape.prefix.size() + std::min(shape.minBody, kMinBody);
        m_byFirstByte[static_cast<unsigned char>(shape.prefix.front())].append(
            int(m_shapes.size()));
        m_shapes.append({shape, minLength});
        m_minLength = std::min(m_minLength, minLength);
    }
}

CandidateFinder::Candidate CandidateFinder::match(const unsigned char *data, qsizetype at,
                                                  qsizetype end) const
{
    for (const int index : m_byFirstByte[data[at]]) {
        const Shape &s = m_shapes[index];
        const qsizetype prefix = s.shape.prefix.size();
        if (end - at < s.minLength ||
            std::memcmp(data + at, s.shape.prefix.data(), size_t(prefix)) != 0)
            continue;
        qsizetype stop = at + prefix;
        while (stop < end && s.shape.body[data[stop]])
            ++stop;
        // A sentence's full stop after a token is not part of it.
        while (stop > at + prefix && data[stop - 1] == '.')
            --stop;
        if (stop - at < s.minLength)
            continue;
        return {at, stop - at, s.shape.format};
    }
    return {};
}

} // namespace latchkey
