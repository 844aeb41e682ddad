#include "model/inspector/tokeninspector.h"

#include "model/inspector/awskeyiddecoder.h"
#include "model/inspector/base62crc32checksum.h"
#include "model/inspector/entropyestimator.h"
#include "model/inspector/formatdetector.h"
#include "model/inspector/gitlabroutabledecoder.h"
#include "model/inspector/inputnormalizer.h"
#include "model/inspector/jwsparser.h"
#include "model/inspector/jwsverifier.h"
#include "model/inspector/macaroondecoder.h"
#include "model/inspector/relativetime.h"

#include "net/tokenfingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

void merge(InspectionResult &result, const DecodeReport &report)
{
    result.findings.append(report.findings);
    result.fields.append(report.fields);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

InspectionResult TokenInspector::inspect(QByteArrayView input, const QDateTime &now) const
{
    InspectionResult result;
    NormalizedInput normalized = InputNormalizer::normalize(input);
    result.findings = normalized.findings;
    const QByteArrayView token = normalized.token.view();
    result.length = token.size();
    result.fingerprint = TokenFingerprint::of(token);

    if (token.isEmpty()) {
        result.verdict = Verdict::Unrecognised;
        result.formatId = FormatDetector::formatId(TokenFormat::Unknown);
        result.formatName = FormatDetector::displayName(TokenFormat::Unknown);
        result.verdictText = tr("There is nothing to inspect.");
        return result;
    }

    const FormatMatch match = FormatDetector::detect(token);
    result.formatId = FormatDetector::formatId(match.format);
    result.formatName = FormatDetector::displayName(match.format);
    if (match.format == TokenFormat::Unknown)
        inspectUnknown(token, result);
    else if (match.format == TokenFormat::Jws)
        inspectJws(token, now, result);
    else
        inspectFormat(token, match, now, result);

    matchKnownToken(now, result);
    return result; // normalized.token is wiped here
}

void TokenInspector::inspectFormat(QByteArrayView token, const FormatMatch &match,
                                   const QDateTime &now, InspectionResult &result) const
{
    result.fields.append({u"kind"_s, tr("Kind"), match.kind});
    // Checked first: "ghp_1234…" is a placeholder someone copied, not a broken token.
    const QString placeholder =
        EntropyEstimator::placeholderReason(token.sliced(match.prefix.size()));
    auto flagPlaceholder = [&] {
        result.verdict = Verdict::Warning;
        result.findings.append(
            {Severity::Warning, tr("Looks like a placeholder: %1").arg(placeholder)});
        result.verdictText =
            tr("Has the shape of a %1, but looks like a placeholder.").arg(result.formatName);
    };
    if (!match.shapeOk()) {
        result.verdict = Verdict::Invalid;
        result.findings.append({Severity::Error, match.problem});
        result.verdictText = tr("Starts like a %1, but is malformed.").arg(result.formatName);
        if (!placeholder.isEmpty())
            flagPlaceholder();
        return;
    }

    const QByteArrayView body = token.sliced(match.prefix.size());
    DecodeReport report;
    bool hasChecksum = false;
    switch (match.format) {
    case TokenFormat::GitHubClassic:
    case TokenFormat::Npm:
        report = Base62Crc32Checksum::check(body);
        hasChecksum = true;
        break;
    case TokenFormat::GitLabRoutable:
        report = GitLabRoutableDecoder::decode(token);
        hasChecksum = true;
        break;
    case TokenFormat::PyPi:
        report = MacaroonDecoder::decode(token, now);
        break;
    case TokenFormat::AwsAccessKeyId:
        report = AwsKeyIdDecoder::decode(token);
        break;
    case TokenFormat::GitHubFineGrained:
    case TokenFormat::GitLabLegacy:
    case TokenFormat::Slack:
    case TokenFormat::LogtoPat:
    case TokenFormat::Stripe:
    case TokenFormat::Unknown:
    case TokenFormat::Jws:
        break;
    }
    merge(result, report);

    if (!report.ok) {
        result.verdict = Verdict::Invalid;
        result.verdictText =
            hasChecksum
                ? tr("Looks like a %1, but the checksum does not match.").arg(result.formatName)
                : tr("Looks like a %1, but it does not decode.").arg(result.formatName);
        if (!placeholder.isEmpty())
            flagPlaceholder();
        return;
    }

    result.verdict = Verdict::Valid;
    if (hasChecksum)
        result.verdictText = tr("A well-formed %1 (%2) with a matching checksum.")
                                 .arg(result.formatName, match.kind);
    else if (match.format == TokenFormat::LogtoPat)
        result.verdictText = tr("Looks like a Logto personal access token.");
    else
        result.verdictText = tr("Looks like a %1 (%2).").arg(result.formatName, match.kind);

    if (!hasChecksum && match.format != TokenFormat::PyPi &&
        match.format != TokenFormat::AwsAccessKeyId)
        result.findings.append({Severity::Info, tr("This format has no public checksum: only its "
                                                   "shape was checked.")});
    if (match.format == TokenFormat::LogtoPat)
        result.findings.append({Severity::Info, tr("Other services use the \"pat_\" prefix too.")});

    if (match.format == TokenFormat::Stripe && match.live) {
        if (match.secret) {
            result.verdict = Verdict::Warning;
            result.findings.append(
                {Severity::Critical,
                 tr("This is a LIVE Stripe %1: it can move real money. If it was shared, "
                    "roll it in the Stripe dashboard now.")
                     .arg(match.kind)});
            result.verdictText = tr("A live Stripe %1: handle with great care.").arg(match.kind);
        } else {
            result.findings.append(
                {Severity::Info, tr("Publishable keys are meant to be public.")});
        }
    }

    if (!placeholder.isEmpty())
        flagPlaceholder();
}

void TokenInspector::inspectJws(QByteArrayView token, const QDateTime &now,
                                InspectionResult &result) const
{
    const JwsParseResult parsed = JwsParser::parse(token);
    if (!parsed.jws) {
        result.verdict = Verdict::Invalid;
        result.findings.append({Severity::Error, parsed.error});
        result.signature.checked = true;
        result.signature.reason = parsed.error;
        result.verdictText = tr("Looks like a JWT, but it is malformed.");
        return;
    }
    const ParsedJws &jws = *parsed.jws;
    for (auto it = jws.header.constBegin(); it != jws.header.constEnd(); ++it)
        result.fields.append(
            {u"header."_s + it.key(), tr("Header \"%1\"").arg(it.key()), jsonText(it.value())});

    bool expired = false, notYetValid = false;
    QStringList malformedTimes;
    if (jws.claims) {
        for (auto it = jws.claims->constBegin(); it != jws.claims->constEnd(); ++it) {
            Claim claim{it.key(), it.value(), jsonText(it.value()), std::nullopt};
            const bool timeClaim =
                it.key() == u"exp"_s || it.key() == u"nbf"_s || it.key() == u"iat"_s;
            // RFC 7519 4.1.4-4.1.6: a NumericDate. A string or anything else there is
            // not "no expiry": a token whose lifetime cannot be read is invalid.
            if (timeClaim && !it.value().isDouble())
                malformedTimes.append(it.key());
            if (timeClaim && it.value().isDouble()) {
                const double seconds = it.value().toDouble();
                // Beyond year 9999 QDateTime cannot show it anyway.
                if (std::isfinite(seconds) && std::fabs(seconds) < 253402300800.0) {
                    const QDateTime when = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
                    claim.time = when;
                    QString relative;
                    if (it.key() == u"exp"_s) {
                        relative = RelativeTime::expiry(when, now);
                        expired = when <= now;
                    } else if (it.key() == u"nbf"_s) {
                        relative = RelativeTime::notBefore(when, now);
                        notYetValid = when > now;
                    } else {
                        relative = RelativeTime::issued(when, now);
                    }
                    claim.display = u"%1 (%2)"_s.arg(RelativeTime::absoluteUtc(when), relative);
                }
            }
            result.claims.append(claim);
        }
    } else {
        result.fields.append(
            {u"payload"_s, tr("Payload"),
             tr("%n byte(s), not a JSON object", nullptr, int(jws.payload.size()))});
    }

    result.signature = JwsVerifier::verify(jws, m_key ? &*m_key : nullptr);

    if (const QString critical = JwsVerifier::criticalHeaderProblem(jws.header);
        !critical.isEmpty()) {
        result.verdict = Verdict::Invalid;
        result.findings.append({Severity::Error, critical});
        result.verdictText = tr("A JWT with a critical header Latchkey cannot honour.");
        return;
    }
    if (result.signature.checked && !result.signature.ok) {
        result.verdict = Verdict::Invalid;
        result.findings.append({Severity::Error, result.signature.reason});
        result.verdictText = tr("A JWT whose signature is rejected.");
        return;
    }
    if (!malformedTimes.isEmpty()) {
        result.verdict = Verdict::Invalid;
        for (const QString &name : std::as_const(malformedTimes))
            result.findings.append(
                {Severity::Error,
                 tr("The \"%1\" claim is not a number of seconds (RFC 7519 NumericDate).")
                     .arg(name)});
        result.verdictText = tr("A JWT whose time claims cannot be read.");
        return;
    }
    if (expired)
        result.findings.append(
            {Severity::Warning,
             tr("The token has expired (%1).").arg(result.claim(u"exp"_s)->display)});
    if (notYetValid)
        result.findings.append(
            {Severity::Warning,
             tr("The token is not valid yet (%1).").arg(result.claim(u"nbf"_s)->display)});
    if (!result.signature.checked) {
        result.findings.append({Severity::Warning, result.signature.reason});
        result.verdict = Verdict::Warning;
        result.verdictText = tr("A decoded JWT; its signature was not checked.");
    } else {
        result.findings.append(
            {Severity::Info, tr("The %1 signature is valid.").arg(result.signature.algorithm)});
        for (const QString &warning : std::as_const(result.signature.warnings))
            result.findings.append({Severity::Warning, warning});
        result.verdict = result.signature.warnings.isEmpty() ? Verdict::Valid : Verdict::Warning;
        result.verdictText = tr("A JWT with a valid %1 signature.").arg(result.signature.algorithm);
    }
    if (expired || notYetValid) {
        result.verdict = Verdict::Warning;
        result.verdictText =
            expired ? tr("A JWT that has expired.") : tr("A JWT that is not valid yet.");
    }
}

void TokenInspector::inspectUnknown(QByteArrayView token, InspectionResult &result) const
{
    const EntropyReport entropy = EntropyEstimator::estimate(token);
    result.fields.append({u"length"_s, tr("Length"), QString::number(entropy.length)});
    result.fields.append({u"character_classes"_s, tr("Characters"),
                          QLocale().createSeparatedList(entropy.characterClasses)});
    if (entropy.looksLikeSecret())
        result.fields.append({u"entropy_bits"_s, tr("Estimated entropy"),
                              tr("%1 bits (%2 bits per character)")
                                  .arg(QLocale().toString(entropy.totalBits, 'f', 0),
                                       QLocale().toString(entropy.bitsPerCharacter, 'f', 2))});
    if (entropy.isPlaceholder()) {
        result.verdict = Verdict::Warning;
        result.findings.append(
            {Severity::Warning, tr("Looks like a placeholder: %1").arg(entropy.placeholderReason)});
        result.verdictText = tr("This looks like a placeholder, not a real token.");
        return;
    }
    result.verdict = Verdict::Unrecognised;
    if (!entropy.looksLikeSecret()) {
        result.findings.append({Severity::Info, tr("This reads like ordinary text rather than a "
                                                   "secret, so no entropy is estimated.")});
    } else if (entropy.totalBits < 64) {
        result.findings.append(
            {Severity::Warning, tr("With about %1 bits of entropy this would be "
                                   "a weak secret.")
                                    .arg(QLocale().toString(entropy.totalBits, 'f', 0))});
    }
    result.verdictText = tr("Not a token format Latchkey knows.");
}

void TokenInspector::matchKnownToken(const QDateTime &now, InspectionResult &result) const
{
    if (result.fingerprint.isEmpty())
        return;
    for (const KnownToken &known : m_knownTokens) {
        if (known.fingerprint.compare(result.fingerprint, Qt::CaseInsensitive) != 0)
            continue;
        QString expiry;
        bool expired = false;
        if (!known.expiresAt)
            expiry = tr("never expires");
        else {
            expiry = RelativeTime::expiry(*known.expiresAt, now);
            expired = *known.expiresAt <= now;
        }
        const QString cache =
            known.cached ? tr("cached in your keychain") : tr("not cached in your keychain");
        // One sentence says whose it is (the verdict); the known-token line adds where
        // and until when, without saying it again.
        const bool pat = result.formatId == FormatDetector::formatId(TokenFormat::LogtoPat);
        QString whose;
        if (known.mine)
            whose = pat ? tr("“%1”, your Logto personal access token.").arg(known.name)
                        : tr("“%1”, your token.").arg(known.name);
        else if (!known.userLabel.isEmpty())
            whose = pat ? tr("“%1”, a Logto personal access token of %2.")
                              .arg(known.name, known.userLabel)
                        : tr("“%1”, a token of %2.").arg(known.name, known.userLabel);
        else
            whose = pat ? tr("“%1”, a Logto personal access token.").arg(known.name)
                        : tr("“%1”, a token Latchkey knows.").arg(known.name);
        const QString sentence =
            tr("On the connection “%1”; %2; %3.").arg(known.connectionName, expiry, cache);
        result.knownToken = KnownTokenMatch{known, sentence};
        if (pat) {
            result.verdictText = whose;
        } else if (result.verdict == Verdict::Unrecognised) {
            // Latchkey knows it even though its shape is unfamiliar: the match is the verdict.
            result.verdict = Verdict::Valid;
            result.verdictText = whose;
        }
        if (expired) {
            result.verdict = Verdict::Warning;
            result.findings.append({Severity::Warning, tr("This token has expired.")});
        }
        return;
    }
}

} // namespace latchkey
