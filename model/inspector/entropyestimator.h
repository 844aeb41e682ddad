// EntropyEstimator: length, character classes, Shannon entropy and placeholder detection.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace latchkey {

struct EntropyReport
{
    qsizetype length = 0;
    QStringList characterClasses; // translated, e.g. "lower-case letters"
    double bitsPerCharacter = 0;  // Shannon entropy of the observed distribution
    double totalBits = 0;         // bitsPerCharacter * length
    QString placeholderReason;    // empty unless the text looks like a placeholder
    bool hasSpaces = false;       // words, as in prose: secrets have none
    bool isPlaceholder() const { return !placeholderReason.isEmpty(); }
    // Whether an entropy figure means anything: one unbroken string of some length.
    // For prose ("the quick brown fox") it would only mislead.
    bool looksLikeSecret() const { return !hasSpaces && length >= 6; }
};

class EntropyEstimator
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::EntropyEstimator)

public:
    static EntropyReport estimate(QByteArrayView text);
    // Why text looks like a stand-in rather than a secret, or an empty string.
    static QString placeholderReason(QByteArrayView text);
};

} // namespace latchkey
