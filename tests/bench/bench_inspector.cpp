// Benchmark 4: the offline inspector: detections per second over a mixed token
// set, and JWS verifications per second per algorithm (scripts/bench.sh sets
// these against `openssl speed` for the same primitive).
#include "model/inspector/jwsparser.h"
#include "model/inspector/jwsverifier.h"
#include "model/inspector/tokeninspector.h"
#include "model/inspector/verificationkey.h"
#include "tests/inspector/jwstestkeys.h"
#include "tests/support/testpaths.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

// The inspector's own test corpus: every supported format, valid and broken.
QList<QByteArray> mixedTokens()
{
    QFile file(test::TestPaths::source(u"tests/inspector/data/tokens.tsv"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tokens.tsv not found");
    QList<QByteArray> tokens;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> cells = line.split('\t');
        if (line.startsWith('#') || cells.size() < 4 || cells.at(3).isEmpty())
            continue;
        tokens.append(cells.at(3));
    }
    return tokens;
}

void BM_Detect(benchmark::State &state)
{
    const QList<QByteArray> tokens = mixedTokens();
    const TokenInspector inspector;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state)
        for (const QByteArray &token : tokens)
            benchmark::DoNotOptimize(inspector.inspect(token, now));
    state.SetItemsProcessed(state.iterations() * tokens.size());
    state.counters["tokens"] = tokens.size();
}

const QJsonObject kClaims{{u"sub"_s, u"u_bench"_s},
                          {u"iss"_s, u"https://default.logto.app/oidc"_s},
                          {u"aud"_s, u"https://default.logto.app/api"_s},
                          {u"iat"_s, 1780000000},
                          {u"exp"_s, 1780003600},
                          {u"scope"_s, u"all"_s}};

const QStringList kAlgorithms{u"RS256"_s, u"PS256"_s, u"ES256"_s,
                              u"ES384"_s, u"EdDSA"_s, u"HS256"_s};

EvpPkeyPtr keyFor(const QString &alg)
{
    if (alg.startsWith(u"RS"_s) || alg.startsWith(u"PS"_s))
        return JwsTestKeys::rsa(2048);
    if (alg == u"ES256"_s)
        return JwsTestKeys::ec("P-256");
    if (alg == u"ES384"_s)
        return JwsTestKeys::ec("P-384");
    return JwsTestKeys::ed25519();
}

// range(0): index into kAlgorithms; range(1): 0 = JWKS, 1 = PEM public key
// (HS256 always uses a raw secret).
void BM_Verify(benchmark::State &state)
{
    const QString alg = kAlgorithms.at(state.range(0));
    const bool pem = state.range(1) == 1;
    const QJsonObject header{{u"alg"_s, alg}, {u"kid"_s, u"k1"_s}, {u"typ"_s, u"JWT"_s}};
    QByteArray token;
    std::optional<VerificationKey> key;
    if (alg == u"HS256"_s) {
        const QByteArray secret = "a 32-byte secret for HS256 bench"_ba;
        token = JwsTestKeys::signHmac(header, kClaims, secret);
        key.emplace(VerificationKey::fromHmacSecret(SecretBytes(secret)));
    } else {
        const EvpPkeyPtr pkey = keyFor(alg);
        token = JwsTestKeys::sign(header, kClaims, pkey.get());
        key.emplace(pem ? VerificationKey::fromPem(JwsTestKeys::publicPem(pkey.get()))
                        : VerificationKey::fromJwks(
                              JwsTestKeys::jwks({JwsTestKeys::publicJwk(pkey.get(), u"k1"_s)})));
    }
    const JwsParseResult parsed = JwsParser::parse(token);
    if (!parsed.jws || !JwsVerifier::verify(*parsed.jws, &*key).ok) {
        state.SkipWithError("the benchmark token does not verify");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(JwsVerifier::verify(*parsed.jws, &*key));
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(qPrintable(alg + (alg == u"HS256"_s ? u"/secret"_s
                                     : pem             ? u"/pem"_s
                                                       : u"/jwks"_s)));
}

void verifyArgs(benchmark::internal::Benchmark *b)
{
    for (int i = 0; i < 5; ++i)
        b->Args({i, 0})->Args({i, 1});
    b->Args({5, 0});
    b->Unit(benchmark::kMicrosecond);
}

} // namespace

BENCHMARK(BM_Detect)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Verify)->Apply(verifyArgs);
