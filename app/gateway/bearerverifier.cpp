#include "app/gateway/bearerverifier.h"

#include "model/inspector/jwkset.h"
#include "model/inspector/jwsparser.h"
#include "model/inspector/jwsverifier.h"

#include "net/secretbytes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// Logto's tokens are about 800 bytes; anything this long is not one.
constexpr qsizetype kMaxTokenBytes = 16 * 1024;
constexpr int kMaxVerifiedTokens = 8192;

BearerCheck refuse(BearerProblem problem, const QString &sentence)
{
    BearerCheck check;
    check.problem = problem;
    check.sentence = sentence;
    return check;
}

// RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
bool isB64Token(QByteArrayView token)
{
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char c = token[i];
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                        c == '+' || c == '/';
        if (!ok)
            break;
    }
    if (i == 0)
        return false;
    for (; i < token.size(); ++i) {
        if (token[i] != '=')
            return false;
    }
    return true;
}

// A NumericDate (RFC 7519 section 2): a finite JSON number; nullopt otherwise.
std::optional<double> numericDate(const QJsonValue &value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

QString utcTime(double seconds)
{
    return QDateTime::fromSecsSinceEpoch(qint64(qBound(-1e11, seconds, 1e11)), Qt::UTC)
        .toString(Qt::ISODate);
}

} // namespace

QString BearerCheck::reasonName(BearerProblem problem)
{
    switch (problem) {
    case BearerProblem::None:
        return u"none"_s;
    case BearerProblem::Missing:
        return u"missing"_s;
    case BearerProblem::Malformed:
        return u"malformed"_s;
    case BearerProblem::Opaque:
        return u"opaque"_s;
    case BearerProblem::Unsigned:
        return u"unsigned"_s;
    case BearerProblem::DisallowedAlgorithm:
        return u"disallowed_algorithm"_s;
    case BearerProblem::WrongType:
        return u"wrong_type"_s;
    case BearerProblem::UnknownKey:
        return u"unknown_key"_s;
    case BearerProblem::BadSignature:
        return u"bad_signature"_s;
    case BearerProblem::Expired:
        return u"expired"_s;
    case BearerProblem::NotYetValid:
        return u"not_yet_valid"_s;
    case BearerProblem::WrongIssuer:
        return u"wrong_issuer"_s;
    case BearerProblem::WrongAudience:
        return u"wrong_audience"_s;
    case BearerProblem::NoSubject:
        return u"no_subject"_s;
    case BearerProblem::MissingScope:
        return u"missing_scope"_s;
    case BearerProblem::KeysUnavailable:
        return u"keys_unavailable"_s;
    }
    return {};
}

BearerVerifier::BearerVerifier(Rules rules, JwksCache *keys, QObject *parent)
    : QObject(parent)
    , m_rules(std::move(rules))
    , m_keys(keys)
{}

void BearerVerifier::verify(const QByteArray &authorization, QObject *context,
                            std::function<void(BearerCheck)> done)
{
    if (auto check = checkNow(authorization, QDateTime::currentSecsSinceEpoch())) {
        done(std::move(*check));
        return;
    }
    // The header is a bearer: it waits for the keys in a buffer that is wiped afterwards.
    auto header = std::make_shared<SecretBytes>(authorization);
    m_keys->refresh(context, [this, header, done = std::move(done)] {
        done(finalCheck(header->view(), QDateTime::currentSecsSinceEpoch()));
        header->clear();
    });
}

BearerCheck BearerVerifier::finalCheck(QByteArrayView authorization, qint64 nowSeconds)
{
    if (auto check = checkNow(authorization, nowSeconds))
        return *check;
    // Still undecided after a fetch: the key set is missing or lacks the token's key.
    if (!m_keys->keys())
        return refuse(BearerProblem::KeysUnavailable,
                      u"The gateway could not fetch Logto's signing keys."_s);
    return refuse(BearerProblem::UnknownKey,
                  u"The token names a signing key that Logto does not publish."_s);
}

std::optional<BearerCheck> BearerVerifier::checkNow(QByteArrayView authorization, qint64 nowSeconds)
{
    const QByteArrayView header = authorization.trimmed();
    if (header.isEmpty())
        return refuse(BearerProblem::Missing, u"The request has no Authorization header."_s);
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || QByteArrayView(header.first(space)).compare("Bearer", Qt::CaseInsensitive))
        return refuse(BearerProblem::Malformed,
                      u"The Authorization header is not \"Bearer\" followed by a token."_s);
    const QByteArrayView token = header.sliced(space + 1).trimmed();
    if (token.isEmpty() || token.size() > kMaxTokenBytes || !isB64Token(token))
        return refuse(BearerProblem::Malformed,
                      u"The Authorization header does not carry a well-formed bearer token."_s);
    const qsizetype dots = token.count('.');
    if (dots == 0)
        return refuse(BearerProblem::Opaque,
                      u"The bearer token is opaque, not a JWT access token: ask Logto for a token "
                      "for the resource %1."_s.arg(m_rules.audience));
    if (dots != 2)
        return refuse(BearerProblem::Malformed, u"The bearer token is not a compact JWS."_s);

    JwsParseResult parsed = JwsParser::parse(token);
    if (!parsed.jws)
        return refuse(BearerProblem::Malformed,
                      u"The bearer token is not a valid JWS: %1"_s.arg(parsed.error));
    const ParsedJws &jws = *parsed.jws;
    const QString typ = jws.header.value(u"typ"_s).toString().toLower();
    if (jws.algorithm.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return refuse(BearerProblem::Unsigned, u"The token is unsigned (alg \"none\")."_s);
    if (jws.algorithm.startsWith(u"HS"_s, Qt::CaseInsensitive))
        return refuse(BearerProblem::DisallowedAlgorithm,
                      u"The token is signed with a shared secret (HMAC); Logto signs access tokens "
                      "with its private key."_s);
    if (!JwsVerifier::isSupportedAlgorithm(jws.algorithm))
        return refuse(BearerProblem::DisallowedAlgorithm,
                      u"The token's signature algorithm is not one the gateway accepts."_s);
    // RFC 7515 section 4.1.11: extensions the gateway does not understand must be refused.
    if (jws.header.contains(u"crit"_s))
        return refuse(
            BearerProblem::Malformed,
            u"The token's header asks for extensions (crit) the gateway does not know."_s);
    if (typ != u"at+jwt"_s && typ != u"application/at+jwt"_s)
        return refuse(BearerProblem::WrongType,
                      u"The token is not an access token (its typ is not at+jwt)."_s);
    if (!jws.claims)
        return refuse(BearerProblem::Malformed, u"The token's payload is not a JSON object."_s);

    // A token verified before needs no signature check: only its claims are checked again.
    const QByteArray digest = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    if (m_verifiedGeneration != m_keys->generation()) {
        m_verified.clear();
        m_verifiedGeneration = m_keys->generation();
    }
    if (const auto it = m_verified.constFind(digest); it != m_verified.cend())
        return checkClaims(*it, nowSeconds);

    const VerificationKey *keys = m_keys->keys();
    const JwkSet *set = keys ? keys->jwkSet() : nullptr;
    const Jwk *jwk = set && !jws.keyId.isEmpty() ? set->findByKeyId(jws.keyId) : nullptr;
    if (!set || (!jws.keyId.isEmpty() && !jwk)) {
        if (m_keys->mayRefresh())
            return std::nullopt;
        if (!set)
            return refuse(BearerProblem::KeysUnavailable,
                          u"The gateway could not fetch Logto's signing keys."_s);
        return refuse(BearerProblem::UnknownKey,
                      u"The token names a signing key that Logto does not publish."_s);
    }
    // The algorithm comes from the key, never from the token alone.
    if (jwk && !jwk->algorithm.isEmpty() && jwk->algorithm != jws.algorithm)
        return refuse(BearerProblem::DisallowedAlgorithm,
                      u"The token's algorithm is not the one of Logto's signing key (%1)."_s.arg(
                          jwk->algorithm));
    const SignatureResult signature = JwsVerifier::verify(jws, keys);
    if (!signature.ok)
        return refuse(BearerProblem::BadSignature,
                      u"The token's signature does not verify with Logto's signing keys."_s);
    if (m_verified.size() >= kMaxVerifiedTokens)
        m_verified.clear();
    m_verified.insert(digest, *jws.claims);
    return checkClaims(*jws.claims, nowSeconds);
}

BearerCheck BearerVerifier::checkClaims(const QJsonObject &claims, qint64 nowSeconds) const
{
    const double now = double(nowSeconds);
    const double leeway = double(m_rules.leeway.count());
    if (claims.value(u"iss"_s).toString() != m_rules.issuer || !claims.value(u"iss"_s).isString())
        return refuse(
            BearerProblem::WrongIssuer,
            u"The token was not issued by this gateway's Logto (%1)."_s.arg(m_rules.issuer));
    const QJsonValue aud = claims.value(u"aud"_s);
    const bool audienceOk = aud.isString() ? aud.toString() == m_rules.audience
                                           : aud.toArray().contains(QJsonValue(m_rules.audience));
    if (!audienceOk)
        return refuse(BearerProblem::WrongAudience,
                      u"The token is for another API: ask Logto for a token for the resource "
                      "%1."_s.arg(m_rules.audience));
    const auto exp = numericDate(claims.value(u"exp"_s));
    if (!exp)
        return refuse(BearerProblem::Malformed, u"The token has no numeric expiry (exp)."_s);
    if (now > *exp + leeway)
        return refuse(BearerProblem::Expired, u"The token expired at %1."_s.arg(utcTime(*exp)));
    const QJsonValue nbfValue = claims.value(u"nbf"_s);
    if (!nbfValue.isUndefined()) {
        const auto nbf = numericDate(nbfValue);
        if (!nbf)
            return refuse(BearerProblem::Malformed, u"The token's nbf is not a number."_s);
        if (now + leeway < *nbf)
            return refuse(BearerProblem::NotYetValid,
                          u"The token is not valid before %1."_s.arg(utcTime(*nbf)));
    }
    const QString subject = claims.value(u"sub"_s).toString();
    if (subject.isEmpty())
        return refuse(BearerProblem::NoSubject, u"The token names no user (sub)."_s);
    BearerCheck check;
    check.userId = subject;
    check.scopes = claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    if (!m_rules.requiredScope.isEmpty() && !check.scopes.contains(m_rules.requiredScope)) {
        check.problem = BearerProblem::MissingScope;
        check.sentence = u"The token lacks the scope %1."_s.arg(m_rules.requiredScope);
    }
    return check;
}

} // namespace latchkey
