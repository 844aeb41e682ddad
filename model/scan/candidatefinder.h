// CandidateFinder: finds the strings in a text that start like a token format
// the inspector knows (FormatDetector's prefix table), fast enough to read a
// disk's worth of files: one table lookup per byte, and the prefixes are only
// tried where a word starts.
#pragma once

#include "model/inspector/formatdetector.h"

#include <QByteArrayView>
#include <QList>

#include <array>
#include <cstdint>

namespace latchkey {

class CandidateFinder
{
public:
    struct Candidate
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        TokenFormat format = TokenFormat::Unknown;
    };

    CandidateFinder();

    // Calls found(const Candidate &) for every candidate, in order. A candidate
    // starts where a word does (at the start of a run of [A-Za-z0-9._-] or after
    // one of "._-") with a known prefix, and runs as far as its format's body
    // characters go; its body has at least 8 characters (fewer where the format's
    // shortest body is shorter).
    template<typename Found> void find(QByteArrayView text, Found &&found) const
    {
        const auto *data = reinterpret_cast<const unsigned char *>(text.data());
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            while (i < size && !m_wordByte[data[i]])
                ++i;
            const qsizetype runStart = i;
            while (i < size && m_wordByte[data[i]])
                ++i;
            if (i - runStart >= m_minLength)
                findInRun(data, runStart, i, found);
        }
    }

private:
    struct Shape
    {
        PrefixShape shape;
        qsizetype minLength = 0; // prefix plus shortest body
    };

    template<typename Found>
    void findInRun(const unsigned char *data, qsizetype start, qsizetype end, Found &found) const
    {
        qsizetype at = start;
        while (end - at >= m_minLength) {
            const bool wordStart = at == start || !m_alnum[data[at - 1]];
            if (wordStart) {
                if (const Candidate candidate = match(data, at, end); candidate.length > 0) {
                    found(candidate);
                    at += candidate.length;
                    continue;
                }
            }
            ++at;
        }
    }

    // The candidate that starts at `at`; its length is 0 when there is none.
    Candidate match(const unsigned char *data, qsizetype at, qsizetype end) const;

    QList<Shape> m_shapes;
    std::array<QList<int>, 256> m_byFirstByte; // indexes into m_shapes, table order
    std::array<bool, 256> m_wordByte{};
    std::array<bool, 256> m_alnum{};
    qsizetype m_minLength = 0;
};

} // namespace latchkey
