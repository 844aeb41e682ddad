// FormatDetector: tells which token format a string claims to be, from a table of prefix rules.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace latchkey {

enum class TokenFormat {
    Unknown,
    LogtoPat,
    GitHubClassic,
    GitHubFineGrained,
    Npm,
    GitLabLegacy,
    GitLabRoutable,
    PyPi,
    Slack,
    Stripe,
    AwsAccessKeyId,
    Jws,
};

struct FormatMatch
{
    TokenFormat format = TokenFormat::Unknown;
    QByteArray prefix;
    QString kind;       // translated, e.g. "OAuth access token"
    bool live = false;  // Stripe: a live-mode key
    bool secret = true; // false for keys meant to be public (Stripe publishable)
    QString problem;    // empty when the shape fits the format
    bool shapeOk() const { return problem.isEmpty(); }
};

// A prefix of the table and the bytes its body may hold, so that tokens can be
// found in running text (the where-used scan) by the same rules detect() uses.
struct PrefixShape
{
    QByteArrayView prefix;
    TokenFormat format = TokenFormat::Unknown;
    std::array<bool, 256> body{}; // indexed by unsigned byte
    int minBody = 0;
};

class FormatDetector
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::FormatDetector)

public:
    static FormatMatch detect(QByteArrayView token);
    // Every prefix rule, then "eyJ" for a JWS (base64url and dots; detect() decides).
    static QList<PrefixShape> prefixShapes();

    static QString formatId(TokenFormat format);
    static QString displayName(TokenFormat format);
};

} // namespace latchkey
