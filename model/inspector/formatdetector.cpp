#include "model/inspector/formatdetector.h"

#include "model/inspector/base64url.h"

#include <array>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

enum class Alphabet {
    Alnum,          // [0-9A-Za-z]
    AlnumDashUnder, // [0-9A-Za-z_-]
    AlnumDash,      // [0-9A-Za-z-]
    Base32Upper,    // [A-Z2-7]
    Base64UrlDot,   // [0-9A-Za-z_-.]
};

bool inAlphabet(char c, Alphabet alphabet)
{
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    switch (alphabet) {
    case Alphabet::Alnum:
        return alnum;
    case Alphabet::AlnumDashUnder:
        return alnum || c == '-' || c == '_';
    case Alphabet::AlnumDash:
        return alnum || c == '-';
    case Alphabet::Base32Upper:
        return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');
    case Alphabet::Base64UrlDot:
        return alnum || c == '-' || c == '_' || c == '.';
    }
    return false;
}

struct PrefixRule
{
    const char *prefix;
    TokenFormat format;
    const char *kind; // QT_TRANSLATE_NOOP in the FormatDetector context
    Alphabet alphabet;
    int minBody;
    int maxBody;
    bool live;
    bool secret;
};

// Longer prefixes come before the shorter ones they start with (xoxe.xoxb- before xoxe-).
// Shapes: docs/token-formats.md.
constexpr auto kRules = std::to_array<PrefixRule>({
    {"github_pat_", TokenFormat::GitHubFineGrained,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "fine-grained personal access token"),
     Alphabet::AlnumDashUnder, 82, 82, false, true},
    {"ghp_", TokenFormat::GitHubClassic,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "personal access token"), Alphabet::Alnum, 36,
     36, false, true},
    {"gho_", TokenFormat::GitHubClassic,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "OAuth access token"), Alphabet::Alnum, 36, 36,
     false, true},
    {"ghu_", TokenFormat::GitHubClassic,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "GitHub App user-to-server token"),
     Alphabet::Alnum, 36, 36, false, true},
    {"ghs_", TokenFormat::GitHubClassic,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "GitHub App server-to-server token"),
     Alphabet::Alnum, 36, 36, false, true},
    {"ghr_", TokenFormat::GitHubClassic,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "refresh token"), Alphabet::Alnum, 36, 36, false,
     true},
    {"npm_", TokenFormat::Npm, QT_TRANSLATE_NOOP("latchkey::FormatDetector", "access token"),
     Alphabet::Alnum, 36, 36, false, true},
    // Legacy (20 characters) or routable (payload.version.length+crc): told apart below.
    {"glpat-", TokenFormat::GitLabLegacy,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "personal access token"), Alphabet::Base64UrlDot,
     20, 512, false, true},
    {"pypi-", TokenFormat::PyPi, QT_TRANSLATE_NOOP("latchkey::FormatDetector", "API token"),
     Alphabet::AlnumDashUnder, 16, 8192, false, true},
    {"xoxe.xoxb-", TokenFormat::Slack,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "rotating bot token (configuration)"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xoxe.xoxp-", TokenFormat::Slack,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "rotating user token (configuration)"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xoxe-1-", TokenFormat::Slack,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "configuration refresh token"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xoxb-", TokenFormat::Slack, QT_TRANSLATE_NOOP("latchkey::FormatDetector", "bot token"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xoxp-", TokenFormat::Slack, QT_TRANSLATE_NOOP("latchkey::FormatDetector", "user token"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xoxe-", TokenFormat::Slack, QT_TRANSLATE_NOOP("latchkey::FormatDetector", "user token"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xapp-", TokenFormat::Slack, QT_TRANSLATE_NOOP("latchkey::FormatDetector", "app-level token"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xoxa-", TokenFormat::Slack,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "legacy workspace app token"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xoxr-", TokenFormat::Slack,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "legacy refresh token"), Alphabet::AlnumDash, 10,
     512, false, true},
    {"xoxo-", TokenFormat::Slack, QT_TRANSLATE_NOOP("latchkey::FormatDetector", "legacy token"),
     Alphabet::AlnumDash, 10, 512, false, true},
    {"xoxs-", TokenFormat::Slack,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "legacy session token"), Alphabet::AlnumDash, 10,
     512, false, true},
    {"sk_live_", TokenFormat::Stripe,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "live secret key"), Alphabet::Alnum, 10, 99,
     true, true},
    {"sk_test_", TokenFormat::Stripe,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "test secret key"), Alphabet::Alnum, 10, 99,
     false, true},
    {"rk_live_", TokenFormat::Stripe,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "live restricted key"), Alphabet::Alnum, 10, 99,
     true, true},
    {"rk_test_", TokenFormat::Stripe,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "test restricted key"), Alphabet::Alnum, 10, 99,
     false, true},
    {"pk_live_", TokenFormat::Stripe,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "live publishable key"), Alphabet::Alnum, 10, 99,
     true, false},
    {"pk_test_", TokenFormat::Stripe,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "test publishable key"), Alphabet::Alnum, 10, 99,
     false, false},
    {"whsec_", TokenFormat::Stripe,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "webhook signing secret"), Alphabet::Alnum, 10,
     99, false, true},
    {"AKIA", TokenFormat::AwsAccessKeyId,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "long-term access key id"),
     Alphabet::Base32Upper, 16, 16, false, false},
    {"ASIA", TokenFormat::AwsAccessKeyId,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "temporary (STS) access key id"),
     Alphabet::Base32Upper, 16, 16, false, false},
    {"ABIA", TokenFormat::AwsAccessKeyId,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "STS service bearer token key id"),
     Alphabet::Base32Upper, 16, 16, false, false},
    {"ACCA", TokenFormat::AwsAccessKeyId,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "context-specific credential key id"),
     Alphabet::Base32Upper, 16, 16, false, false},
    {"pat_", TokenFormat::LogtoPat,
     QT_TRANSLATE_NOOP("latchkey::FormatDetector", "personal access token"), Alphabet::Alnum, 32,
     32, false, true},
});

bool looksLikeJws(QByteArrayView token)
{
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0)
        return false;
    // A JOSE header is a JSON object, so its base64url starts with "ey" ('{' then '"' or
    // whitespace...); decoding the first part is the cheap exact test.
    const auto header = Base64Url::decode(token.first(dot));
    if (!header)
        return token.startsWith("eyJ");
    const QByteArray trimmed = header->trimmed();
    return trimmed.startsWith('{');
}

} // namespace

QList<PrefixShape> FormatDetector::prefixShapes()
{
    auto shape = [](QByteArrayView prefix, TokenFormat format, Alphabet alphabet, int minBody) {
        PrefixShape s;
        s.prefix = prefix;
        s.format = format;
        s.minBody = minBody;
        for (int c = 0; c < 256; ++c)
            s.body[c] = inAlphabet(char(c), alphabet);
        return s;
    };
    QList<PrefixShape> shapes;
    for (const PrefixRule &rule : kRules) {
        // Both GitLab shapes share the prefix; the wider alphabet covers the routable one.
        const Alphabet alphabet =
            rule.format == TokenFormat::GitLabLegacy ? Alphabet::Base64UrlDot : rule.alphabet;
        shapes.append(shape(rule.prefix, rule.format, alphabet, rule.minBody));
    }
    // A JOSE header starts '{"' and so its base64url "eyJ"; three parts of at least a
    // few characters each.
    shapes.append(shape("eyJ", TokenFormat::Jws, Alphabet::Base64UrlDot, 12));
    return shapes;
}

FormatMatch FormatDetector::detect(QByteArrayView token)
{
    FormatMatch match;
    for (const PrefixRule &rule : kRules) {
        const QByteArrayView prefix(rule.prefix);
        if (!token.startsWith(prefix))
            continue;
        match.format = rule.format;
        match.prefix = prefix.toByteArray();
        match.kind = QCoreApplication::translate("latchkey::FormatDetector", rule.kind);
        match.live = rule.live;
        match.secret = rule.secret;
        const QByteArrayView body = token.sliced(prefix.size());

        if (rule.format == TokenFormat::GitLabLegacy && body.contains('.'))
            match.format = TokenFormat::GitLabRoutable;
        const Alphabet alphabet =
            match.format == TokenFormat::GitLabLegacy ? Alphabet::AlnumDashUnder : rule.alphabet;
        const int minBody = rule.minBody;
        const int maxBody = match.format == TokenFormat::GitLabLegacy ? 20 : rule.maxBody;

        for (qsizetype i = 0; i < body.size(); ++i) {
            if (!inAlphabet(body.at(i), alphabet)) {
                match.problem = tr("Character %1 is not allowed in a %2.")
                                    .arg(prefix.size() + i + 1)
                                    .arg(displayName(match.format));
                return match;
            }
        }
        if (body.size() < minBody || body.size() > maxBody) {
            match.problem = minBody == maxBody
                                ? tr("A %1 has %2 characters after \"%3\"; this one has %4.")
                                      .arg(displayName(match.format))
                                      .arg(minBody)
                                      .arg(QString::fromLatin1(prefix))
                                      .arg(body.size())
                                : tr("A %1 has %2 to %3 characters after \"%4\"; this one has %5.")
                                      .arg(displayName(match.format))
                                      .arg(minBody)
                                      .arg(maxBody)
                                      .arg(QString::fromLatin1(prefix))
                                      .arg(body.size());
            return match;
        }
        if (match.format == TokenFormat::GitHubFineGrained &&
            (body.at(22) != '_' || body.first(22).contains('_') || body.sliced(23).contains('_') ||
             body.contains('-'))) {
            match.problem = tr("A GitHub fine-grained token is \"github_pat_\", 22 letters or "
                               "digits, \"_\", then 59 letters or digits.");
        }
        return match;
    }
    if (looksLikeJws(token))
        match.format = TokenFormat::Jws;
    return match;
}

QString FormatDetector::formatId(TokenFormat format)
{
    switch (format) {
    case TokenFormat::Unknown:
        return u"unknown"_s;
    case TokenFormat::LogtoPat:
        return u"logto-pat"_s;
    case TokenFormat::GitHubClassic:
        return u"github-classic"_s;
    case TokenFormat::GitHubFineGrained:
        return u"github-fine-grained"_s;
    case TokenFormat::Npm:
        return u"npm"_s;
    case TokenFormat::GitLabLegacy:
        return u"gitlab-legacy"_s;
    case TokenFormat::GitLabRoutable:
        return u"gitlab-routable"_s;
    case TokenFormat::PyPi:
        return u"pypi"_s;
    case TokenFormat::Slack:
        return u"slack"_s;
    case TokenFormat::Stripe:
        return u"stripe"_s;
    case TokenFormat::AwsAccessKeyId:
        return u"aws-access-key-id"_s;
    case TokenFormat::Jws:
        return u"jws"_s;
    }
    return {};
}

QString FormatDetector::displayName(TokenFormat format)
{
    switch (format) {
    case TokenFormat::Unknown:
        return tr("unrecognised string");
    case TokenFormat::LogtoPat:
        return tr("Logto personal access token");
    case TokenFormat::GitHubClassic:
        return tr("GitHub token");
    case TokenFormat::GitHubFineGrained:
        return tr("GitHub fine-grained personal access token");
    case TokenFormat::Npm:
        return tr("npm access token");
    case TokenFormat::GitLabLegacy:
        return tr("GitLab personal access token (legacy)");
    case TokenFormat::GitLabRoutable:
        return tr("GitLab personal access token (routable)");
    case TokenFormat::PyPi:
        return tr("PyPI API token");
    case TokenFormat::Slack:
        return tr("Slack token");
    case TokenFormat::Stripe:
        return tr("Stripe key");
    case TokenFormat::AwsAccessKeyId:
        return tr("AWS access key id");
    case TokenFormat::Jws:
        return tr("JSON Web Token (JWS)");
    }
    return {};
}

} // namespace latchkey
