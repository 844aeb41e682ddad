#include "app/latchkeyctl/commands/ctlinspect.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsecretinput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/inspector/tokeninspector.h"
#include "model/inspector/verificationkey.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/knowntokenindex.h"
#include "model/operations/tokenonlinetester.h"
#include "net/jwksdownloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
constexpr qint64 MaxKeyBytes = 1024 * 1024;
} // namespace

CtlInspect::CtlInspect(QObject *parent)
    : CtlCommand(parent)
{}

CtlInspect::~CtlInspect() = default;

int CtlInspect::exitCodeFor(const InspectionResult &result, const QDateTime &now)
{
    switch (result.verdict) {
    case Verdict::Valid:
        return 0;
    case Verdict::Invalid:
        return 1;
    case Verdict::Unrecognised:
        return 2;
    case Verdict::Warning:
        break;
    }
    const Claim *exp = result.claim(u"exp"_s);
    if ((exp && exp->time && *exp->time <= now) ||
        (result.knownToken && result.knownToken->token.expiresAt &&
         *result.knownToken->token.expiresAt <= now))
        return 1;
    // A placeholder or an unfamiliar string is not a recognised token.
    return result.formatId == u"unknown"_s ? 2 : 0;
}

void CtlInspect::run(CtlContext &context)
{
    m_context = &context;
    m_session = &context.session();
    const CtlOptions &given = context.options();
    Options options;
    options.jwks = given.value(u"jwks"_s);
    options.keyFile = given.value(u"key"_s);
    options.hmacSecretStdin = given.isSet(u"hmac-secret-stdin"_s);
    options.online = given.isSet(u"online"_s);
    options.json = context.json();
    options.profile = given.value(u"profile"_s);
    m_options = options;
    const int keySources = int(!options.jwks.isEmpty()) + int(!options.keyFile.isEmpty()) +
                           int(options.hmacSecretStdin);
    if (keySources > 1) {
        fail(tr("Give at most one of --jwks, --key and --hmac-secret-stdin."), 2);
        return;
    }
    QByteArray raw;
    if (!readInput(&raw)) {
        fail(tr("Cannot read standard input."), 2);
        return;
    }
    qsizetype tokenStart = 0;
    if (options.hmacSecretStdin) {
        const qsizetype newline = raw.indexOf('\n');
        QByteArray secret = raw.left(newline < 0 ? 0 : newline);
        if (secret.endsWith('\r'))
            secret.chop(1);
        m_hmacSecret = SecretBytes(std::move(secret));
        if (m_hmacSecret.isEmpty()) {
            SecretBytes::wipe(raw);
            fail(tr("With --hmac-secret-stdin the first line of standard input is the secret "
                    "and the second the token."),
                 2);
            return;
        }
        tokenStart = newline + 1;
    }
    // The line break a shell pipe adds is not worth a finding.
    qsizetype tokenEnd = raw.size();
    if (raw.endsWith('\n'))
        --tokenEnd;
    if (tokenEnd > tokenStart && raw.at(tokenEnd - 1) == '\r')
        --tokenEnd;
    m_token = SecretBytes(raw.mid(tokenStart, std::max<qsizetype>(0, tokenEnd - tokenStart)));
    SecretBytes::wipe(raw);
    if (m_token.view().trimmed().isEmpty()) {
        fail(tr("No token arrived on standard input."), 2);
        return;
    }
    withKey([this] { inspect(); });
}

// From a pipe: all of it. Typed on a terminal: a line each, without echo, so
// that neither the secret nor the token stays on the screen or in a recording.
bool CtlInspect::readInput(QByteArray *raw) const
{
    if (!CtlSecretInput::isTerminal()) {
        std::optional<SecretBytes> all = CtlSecretInput::readAll();
        if (all)
            *raw = all->bytes();
        return all.has_value();
    }
    raw->reserve(8192);
    if (m_options.hmacSecretStdin) {
        const std::optional<SecretBytes> secret =
            CtlSecretInput::readHiddenLine(tr("HMAC secret (not shown): "));
        if (!secret)
            return false;
        raw->append(secret->bytes());
        raw->append('\n');
    }
    const std::optional<SecretBytes> token =
        CtlSecretInput::readHiddenLine(tr("Token (not shown): "));
    if (!token)
        return false;
    raw->append(token->bytes());
    return true;
}

void CtlInspect::withKey(std::function<void()> next)
{
    if (m_options.hmacSecretStdin) {
        m_key.emplace(VerificationKey::fromHmacSecret(std::move(m_hmacSecret)));
        next();
        return;
    }
    const QString source = !m_options.jwks.isEmpty() ? m_options.jwks : m_options.keyFile;
    if (source.isEmpty()) {
        next();
        return;
    }
    if (!m_options.jwks.isEmpty() && (source.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
                                      source.startsWith(u"http://"_s, Qt::CaseInsensitive))) {
        const QUrl url(source, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            fail(tr("\"%1\" is not a valid URL.").arg(source), 2);
            return;
        }
        fetchJwks(url, std::move(next));
        return;
    }
    QFile file(source);
    if (file.size() > MaxKeyBytes || !file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read the key file \"%1\".").arg(source), 2);
        return;
    }
    const QByteArray content = file.read(MaxKeyBytes);
    m_key.emplace(m_options.jwks.isEmpty() ? VerificationKey::fromPem(content)
                                           : VerificationKey::fromJwks(content));
    next();
}

void CtlInspect::fetchJwks(const QUrl &url, std::function<void()> next)
{
    auto *downloader = new JwksDownloader(this);
    downloader->fetch(url, [this, url, next](Result<QByteArray> jwks) {
        if (!jwks) {
            fail(tr("Cannot fetch the JWKS from %1: %2")
                     .arg(url.toDisplayString(), jwks.error().userMessage()),
                 2);
            return;
        }
        m_key.emplace(VerificationKey::fromDownloadedJwks(jwks.value()));
        next();
    });
}

void CtlInspect::inspect()
{
    auto *secrets = new KeychainSecretStore(KeychainSecretStore::defaultService(), this);
    auto *cache = new TokenCache(secrets, this);
    auto *index = new KnownTokenIndex(&m_session->snapshots(), cache, this);
    QHash<QString, QString> endpoints;
    for (const ConnectionProfile &profile : m_session->profiles().list())
        endpoints.insert(profile.name, TokenCache::endpointKey(profile.endpoint));
    index->setConnections(endpoints);
    connect(index, &KnownTokenIndex::ready, this, [this, index] {
        TokenInspector inspector;
        inspector.setKnownTokens(index->tokens());
        if (m_key)
            inspector.setVerificationKey(std::move(*m_key));
        const InspectionResult result =
            inspector.inspect(m_token.view(), QDateTime::currentDateTimeUtc());
        if (m_options.online) {
            testOnline(result);
            return;
        }
        m_token.clear();
        print(result, nullptr);
        finish(exitCodeFor(result, QDateTime::currentDateTimeUtc()));
    });
    index->load(3000);
}

void CtlInspect::testOnline(const InspectionResult &result)
{
    if (result.formatId != u"logto-pat"_s) {
        m_token.clear();
        fail(tr("--online tests Logto personal access tokens (pat_...) only."), 2);
        return;
    }
    // A token Latchkey knows goes only to the server of the profile it belongs
    // to: any other server never issued it, and would see it.
    QString profile = m_options.profile;
    if (result.knownToken) {
        const QString owner = result.knownToken->token.connectionName;
        if (!profile.isEmpty() && profile != owner) {
            m_token.clear();
            fail(tr("The token belongs to the profile \"%1\"; --online sends it only to that "
                    "profile's server, not to \"%2\".")
                     .arg(owner, profile),
                 2);
            return;
        }
        profile = owner;
    }
    m_session->open(profile, [this, result](const QString &error) {
        if (!error.isEmpty()) {
            m_token.clear();
            fail(error, 2);
            return;
        }
        auto *tester = new TokenOnlineTester(m_session->client(), m_session->profile().name, this);
        connect(tester, &TokenOnlineTester::finished, this,
                [this, result](const OnlineTestResult &online) {
                    print(result, &online);
                    int code = exitCodeFor(result, QDateTime::currentDateTimeUtc());
                    if (online.tokenRejected)
                        code = 1;
                    else if (!online.valid)
                        code = code == 0 ? 1 : code;
                    finish(code);
                });
        // InputNormalizer's trimming is the inspector's; the exchange gets the same bytes.
        tester->test(SecretBytes(m_token.bytes().trimmed()));
        m_token.clear();
    });
}

void CtlInspect::print(const InspectionResult &result, const OnlineTestResult *online)
{
    if (m_options.json) {
        QJsonObject object = result.toJson();
        if (m_options.online)
            object.insert(u"online"_s, online ? QJsonValue(online->toJson()) : QJsonValue());
        CtlOutput::json(object);
        return;
    }
    CtlOutput::line(result.verdictText);
    if (result.knownToken)
        CtlOutput::line(result.knownToken->sentence);
    if (!result.findings.isEmpty()) {
        CtlOutput::line(tr("Findings:"));
        for (const Finding &finding : result.findings)
            CtlOutput::line(u"  [%1] %2"_s.arg(InspectionResult::severityId(finding.severity),
                                               finding.message));
    }
    CtlOutput::line(tr("Format: %1").arg(result.formatName));
    CtlOutput::line(tr("Fingerprint (SHA-256): %1").arg(QString::fromLatin1(result.fingerprint)));
    if (!result.fields.isEmpty()) {
        CtlOutput::line(tr("Fields:"));
        for (const DecodedField &field : result.fields)
            CtlOutput::line(u"  %1: %2"_s.arg(field.label, field.value));
    }
    if (!result.claims.isEmpty()) {
        CtlOutput::line(tr("Claims:"));
        for (const Claim &claim : result.claims)
            CtlOutput::line(u"  %1: %2"_s.arg(claim.name, claim.display));
    }
    if (result.formatId == u"jws"_s) {
        const SignatureResult &s = result.signature;
        if (s.ok)
            CtlOutput::line(
                tr("Signature: valid (%1%2)")
                    .arg(s.algorithm, s.keyId.isEmpty() ? QString() : u", kid "_s + s.keyId));
        else if (s.checked)
            CtlOutput::line(tr("Signature: REJECTED: %1").arg(s.reason));
        else
            CtlOutput::line(tr("Signature: not checked: %1").arg(s.reason));
    }
    if (online) {
        CtlOutput::line(tr("Online test: %1").arg(online->message));
        if (online->accessToken) {
            for (const Claim &claim : online->accessToken->claims)
                CtlOutput::line(u"  %1: %2"_s.arg(claim.name, claim.display));
        }
    }
}

void CtlInspect::fail(const QString &message, int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_context->fail(message, exitCode);
}

void CtlInspect::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_context->finish(exitCode);
}

} // namespace latchkey
