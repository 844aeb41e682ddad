// Tests for TokenInspector: every format from data/tokens.tsv, JWT claims, known tokens, JSON.
#include "tests/inspector/jwstestkeys.h"

#include "model/inspector/base62crc32checksum.h"
#include "model/inspector/formatdetector.h"
#include "model/inspector/tokeninspector.h"

#include "net/tokenfingerprint.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

QString randomAlnum(QRandomGenerator &rng, int length)
{
    static constexpr char alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[rng.bounded(62)]));
    return out;
}

QStringList fieldValues(const InspectionResult &result, const QString &id)
{
    QStringList values;
    for (const DecodedField &f : result.fields) {
        if (f.id == id)
            values.append(f.value);
    }
    return values;
}

QString describe(const InspectionResult &result)
{
    QString text = result.verdictText;
    for (const Finding &f : result.findings)
        text += u"\n  ["_s + InspectionResult::severityId(f.severity) + u"] "_s + f.message;
    return text;
}

} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void randomGitHubAndNpmTokens();
    void stripeLiveKeyIsCritical();
    void placeholders_data();
    void placeholders();
    void unknownStringReportsEntropy();
    void normalisationFindings();
    void knownToken_data();
    void knownToken();
    void jwtClaimsAndTimes_data();
    void jwtClaimsAndTimes();
    void jwtSignatureWithKey();
    void jwtMalformed();
    void jwtTimeClaimsMustBeNumbers_data();
    void jwtTimeClaimsMustBeNumbers();
    void jwtCriticalHeaderIsInvalid();
    void jsonNeverContainsTheToken();
};

void TestTokenInspector::formats_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("fields");
    QFile file(latchkey::test::TestPaths::source(u"tests/inspector/data/tokens.tsv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> columns = line.split('\t');
        QVERIFY(columns.size() == 5);
        QTest::newRow(columns[0].constData())
            << columns[3] << QString::fromUtf8(columns[1]) << QString::fromUtf8(columns[2])
            << QString::fromUtf8(columns[4]);
        ++rows;
    }
    QVERIFY(rows > 70);
}

void TestTokenInspector::formats()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, verdict);
    QFETCH(QString, formatId);
    QFETCH(QString, fields);
    const InspectionResult result = TokenInspector().inspect(token, kNow);
    QVERIFY2(InspectionResult::verdictId(result.verdict) == verdict, qPrintable(describe(result)));
    QCOMPARE(result.formatId, formatId);
    QVERIFY(!result.verdictText.isEmpty());
    if (result.verdict == Verdict::Invalid)
        QVERIFY2(result.hasFinding(Severity::Error), qPrintable(describe(result)));
    for (const QString &pair : fields.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QStringList values = fieldValues(result, pair.left(eq));
        QVERIFY2(values.contains(pair.mid(eq + 1)),
                 qPrintable(pair + u" not in "_s + values.join(u" | "_s)));
    }
}

void TestTokenInspector::randomGitHubAndNpmTokens()
{
    QRandomGenerator rng(4242);
    const TokenInspector inspector;
    for (const char *prefix : {"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"}) {
        for (int i = 0; i < 50; ++i) {
            const QByteArray random = randomAlnum(rng, 30).toLatin1();
            const QByteArray token = prefix + random + Base62Crc32Checksum::compute(random);
            QCOMPARE(inspector.inspect(token, kNow).verdict, Verdict::Valid);

            // CRC-32 catches every single-character change, in the body or the checksum.
            QByteArray typo = token;
            const int at = 4 + rng.bounded(36);
            const char replacement = randomAlnum(rng, 1).at(0).toLatin1();
            typo[at] = replacement == typo[at] ? (replacement == '0' ? '1' : '0') : replacement;
            const InspectionResult result = inspector.inspect(typo, kNow);
            QCOMPARE(result.verdict, Verdict::Invalid);
            QVERIFY(result.hasFinding(Severity::Error));
        }
    }
    // The checksum written in base62, left-padded: a CRC of 0 is "000000".
    QCOMPARE(Base62Crc32Checksum::compute(""), "000000"_ba);
}

void TestTokenInspector::stripeLiveKeyIsCritical()
{
    const TokenInspector inspector;
    const InspectionResult live = inspector.inspect("sk_live_4eC39HqLyjWDarjtT1zdp7dc", kNow);
    QCOMPARE(live.verdict, Verdict::Warning);
    QVERIFY(live.hasFinding(Severity::Critical));
    const InspectionResult test = inspector.inspect("sk_test_4eC39HqLyjWDarjtT1zdp7dc", kNow);
    QCOMPARE(test.verdict, Verdict::Valid);
    QVERIFY(!test.hasFinding(Severity::Critical));
    const InspectionResult publishable =
        inspector.inspect("pk_live_4eC39HqLyjWDarjtT1zdp7dc", kNow);
    QVERIFY(!publishable.hasFinding(Severity::Critical));
}

void TestTokenInspector::placeholders_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("xxxx") << "xxxxxxxxxxxxxxxxxxxx"_ba << Verdict::Warning;
    QTest::newRow("ellipsis") << "ghp_1234…"_ba << Verdict::Warning;
    QTest::newRow("<token>") << "<token>"_ba << Verdict::Warning;
    QTest::newRow("<YOUR_PAT>") << "<YOUR_PAT>"_ba << Verdict::Warning;
    QTest::newRow("${TOKEN}") << "${GITHUB_TOKEN}"_ba << Verdict::Warning;
    QTest::newRow("your-token-here") << "your-token-here"_ba << Verdict::Warning;
    QTest::newRow("YOUR_API_KEY") << "YOUR_API_KEY"_ba << Verdict::Warning;
    QTest::newRow("changeme") << "changeme"_ba << Verdict::Warning;
    QTest::newRow("TODO") << "TODO"_ba << Verdict::Warning;
    QTest::newRow("repeated") << "aaaaaaaaaaaa"_ba << Verdict::Warning;
    QTest::newRow("two characters") << "abababababab"_ba << Verdict::Warning;
    QTest::newRow("logto-shaped xxxx")
        << "pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_ba << Verdict::Warning;
    QTest::newRow("github-shaped zeros")
        << "ghp_000000000000000000000000000000000000"_ba << Verdict::Warning;
    // AWS's own documentation sample key id (e.g. the STS GetAccessKeyInfo reference).
    QTest::newRow("AWS documentation example key") << "AKIAIOSFODNN7EXAMPLE"_ba << Verdict::Warning;
    QTest::newRow("random is not a placeholder")
        << "q8Zr2LmT5vXw9KcP3nBy7HdJ"_ba << Verdict::Unrecognised;
}

void TestTokenInspector::placeholders()
{
    QFETCH(QByteArray, input);
    QFETCH(Verdict, verdict);
    const InspectionResult result = TokenInspector().inspect(input, kNow);
    QVERIFY2(result.verdict == verdict, qPrintable(describe(result)));
    const bool flagged =
        std::any_of(result.findings.cbegin(), result.findings.cend(), [](const Finding &f) {
            return f.message.startsWith(u"Looks like a placeholder"_s);
        });
    QCOMPARE(flagged, verdict != Verdict::Unrecognised);
}

void TestTokenInspector::unknownStringReportsEntropy()
{
    QRandomGenerator rng(7);
    const QByteArray random = randomAlnum(rng, 40).toLatin1();
    const InspectionResult result = TokenInspector().inspect(random, kNow);
    QCOMPARE(result.formatId, u"unknown"_s);
    QCOMPARE(result.verdict, Verdict::Unrecognised);
    QCOMPARE(result.field(u"length"_s), u"40"_s);
    QVERIFY(result.field(u"character_classes"_s).contains(u"digits"_s));
    // 40 characters from 62 carry at most 40 * log2(40) = 212.9 observed bits, and a random
    // string comes close to it; a weak one gets a warning.
    const double bits = result.field(u"entropy_bits"_s).section(u' ', 0, 0).toDouble();
    QVERIFY2(bits > 150 && bits < 213, qPrintable(result.field(u"entropy_bits"_s)));
    QVERIFY(!result.hasFinding(Severity::Warning));
    QVERIFY(TokenInspector().inspect("hunter2", kNow).hasFinding(Severity::Warning));
    // Prose is no secret: an entropy figure (and a "weak secret" warning) would mislead.
    const InspectionResult prose = TokenInspector().inspect("the quick brown fox jumps", kNow);
    QVERIFY(prose.field(u"entropy_bits"_s).isEmpty());
    QVERIFY(!prose.hasFinding(Severity::Warning));
}

void TestTokenInspector::normalisationFindings()
{
    const QByteArray clean = "pat_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"_ba;
    const QByteArray fingerprint = TokenFingerprint::of(clean);
    const TokenInspector inspector;
    const struct
    {
        QByteArray input;
        int findings;
    } cases[] = {
        {clean, 0},
        {"  " + clean + "\n", 1},
        {"\"" + clean + "\"", 1},
        {"Bearer " + clean, 1},
        {"Authorization: Bearer " + clean, 2},
        {"authorization:   bearer   '" + clean + "'  ", 4},
        {clean.left(10) + "\r\n" + clean.mid(10, 10) + "\n" + clean.mid(20), 1},
    };
    for (const auto &c : cases) {
        const InspectionResult result = inspector.inspect(c.input, kNow);
        QCOMPARE(result.fingerprint, fingerprint);
        QCOMPARE(result.formatId, u"logto-pat"_s);
        const auto infos =
            std::count_if(result.findings.cbegin(), result.findings.cend(),
                          [](const Finding &f) { return f.message.startsWith(u"Removed"_s); });
        QVERIFY2(infos == c.findings, qPrintable(describe(result)));
    }
}

void TestTokenInspector::knownToken_data()
{
    QTest::addColumn<std::optional<QDateTime>>("expiresAt");
    QTest::addColumn<bool>("cached");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("expires in 3 days")
        << std::optional<QDateTime>(kNow.addDays(3)) << true
        << u"On the connection “Production”; expires in 3 days; cached in your keychain."_s
        << Verdict::Valid;
    QTest::newRow("expired 1 hour ago")
        << std::optional<QDateTime>(kNow.addSecs(-3600)) << false
        << u"On the connection “Production”; expired 1 hour ago; not cached in your keychain."_s
        << Verdict::Warning;
    QTest::newRow("never expires")
        << std::optional<QDateTime>() << true
        << u"On the connection “Production”; never expires; cached in your keychain."_s
        << Verdict::Valid;
}

void TestTokenInspector::knownToken()
{
    QFETCH(std::optional<QDateTime>, expiresAt);
    QFETCH(bool, cached);
    QFETCH(QString, sentence);
    QFETCH(Verdict, verdict);
    const QByteArray token = "pat_Zz9yXx8wVv7uTt6sRr5qPp4oNn3mLl2k"_ba;
    TokenInspector inspector;
    inspector.setKnownTokens({
        {TokenFingerprint::of("pat_somethingElse000000000000000000"), u"other"_s, u"bob"_s,
         u"Staging"_s, std::nullopt, false, QString(), false},
        {TokenFingerprint::of(token), u"ci-deploy"_s, u"alice@example.com"_s, u"Production"_s,
         expiresAt, cached, QString(), false},
    });
    const InspectionResult result = inspector.inspect("Bearer " + token + "\n", kNow);
    QVERIFY(result.knownToken);
    QCOMPARE(result.knownToken->token.name, u"ci-deploy"_s);
    QCOMPARE(result.knownToken->sentence, sentence);
    QCOMPARE(result.verdict, verdict);
    // Whose it is, once, in the verdict: the name quoted, the owner named (issue 20.6).
    QCOMPARE(result.verdictText,
             u"“ci-deploy”, a Logto personal access token of alice@example.com."_s);
    QVERIFY(std::none_of(result.findings.cbegin(), result.findings.cend(),
                         [](const Finding &f) { return f.message.contains(u"ci-deploy"_s); }));
    QCOMPARE(result.toJson().value(u"knownToken"_s).toObject().value(u"sentence"_s).toString(),
             sentence);

    // A known token in a shape Latchkey does not recognise is still recognised by fingerprint.
    const QByteArray odd = "opaque-token-4pQ9zR7mK2xV"_ba;
    inspector.setKnownTokens({{TokenFingerprint::of(odd), u"legacy"_s, u"bob"_s, u"Staging"_s,
                               std::nullopt, true, QString(), false}});
    const InspectionResult oddResult = inspector.inspect(odd, kNow);
    QCOMPARE(oddResult.formatId, u"unknown"_s);
    QCOMPARE(oddResult.verdict, Verdict::Valid);
    QCOMPARE(oddResult.verdictText, u"“legacy”, a token of bob."_s);

    // "Yours" only for the connection's own user's token.
    KnownToken own{TokenFingerprint::of(token),
                   u"ci-deploy"_s,
                   u"Alex"_s,
                   u"Production"_s,
                   expiresAt,
                   cached,
                   QString(),
                   true};
    inspector.setKnownTokens({own});
    QCOMPARE(inspector.inspect(token, kNow).verdictText,
             u"“ci-deploy”, your Logto personal access token."_s);

    const InspectionResult stranger =
        inspector.inspect("pat_Zz9yXx8wVv7uTt6sRr5qPp4oNn3mLl2K", kNow);
    QVERIFY(!stranger.knownToken);
    QCOMPARE(stranger.verdictText, u"Looks like a Logto personal access token."_s);
}

void TestTokenInspector::jwtClaimsAndTimes_data()
{
    QTest::addColumn<qint64>("expOffset");
    QTest::addColumn<qint64>("nbfOffset");
    QTest::addColumn<QString>("expText");
    QTest::addColumn<QString>("nbfText");
    QTest::addColumn<bool>("expiredOrEarly");
    const qint64 hour = 3600, day = 24 * hour;
    QTest::newRow("expired 3 hours ago")
        << -3 * hour - 59 << -day << u"expired 3 hours ago"_s << u"valid since 1 day ago"_s << true;
    QTest::newRow("expires in 2 days") << 2 * day + 5 << qint64(-5 * 60) << u"expires in 2 days"_s
                                       << u"valid since 5 minutes ago"_s << false;
    QTest::newRow("not valid yet") << 3 * day << qint64(90) << u"expires in 3 days"_s
                                   << u"not valid for another 1 minute"_s << true;
    QTest::newRow("expired years ago") << -800 * day << -900 * day << u"expired 2 years ago"_s
                                       << u"valid since 2 years ago"_s << true;
}

void TestTokenInspector::jwtClaimsAndTimes()
{
    QFETCH(qint64, expOffset);
    QFETCH(qint64, nbfOffset);
    QFETCH(QString, expText);
    QFETCH(QString, nbfText);
    QFETCH(bool, expiredOrEarly);
    const qint64 now = kNow.toSecsSinceEpoch();
    const QJsonObject claims{{u"iss"_s, u"https://logto.example/oidc"_s},
                             {u"sub"_s, u"u1"_s},
                             {u"scope"_s, u"all"_s},
                             {u"exp"_s, now + expOffset},
                             {u"nbf"_s, now + nbfOffset},
                             {u"iat"_s, now - 7200}};
    const QByteArray token = JwsTestKeys::signHmac({{u"alg"_s, u"HS256"_s}}, claims, "k"_ba);
    const InspectionResult result = TokenInspector().inspect(token, kNow);
    QCOMPARE(result.formatId, u"jws"_s);
    QCOMPARE(result.claims.size(), 6);
    QCOMPARE(result.claim(u"iss"_s)->display, u"https://logto.example/oidc"_s);
    QVERIFY2(result.claim(u"exp"_s)->display.endsWith(u"(%1)"_s.arg(expText)),
             qPrintable(result.claim(u"exp"_s)->display));
    QCOMPARE(*result.claim(u"exp"_s)->time,
             QDateTime::fromSecsSinceEpoch(now + expOffset, Qt::UTC));
    QVERIFY2(result.claim(u"nbf"_s)->display.endsWith(u"(%1)"_s.arg(nbfText)),
             qPrintable(result.claim(u"nbf"_s)->display));
    QVERIFY(result.claim(u"iat"_s)->display.endsWith(u"(issued 2 hours ago)"_s));
    QCOMPARE(result.field(u"header.alg"_s), u"HS256"_s);
    // No key given: decoded, but the signature is not vouched for.
    QVERIFY(!result.signature.checked);
    QCOMPARE(result.verdict, Verdict::Warning);
    QCOMPARE(result.hasFinding(Severity::Warning), true);
    QCOMPARE(result.verdictText.contains(u"expired"_s) ||
                 result.verdictText.contains(u"not valid yet"_s),
             expiredOrEarly);
}

void TestTokenInspector::jwtSignatureWithKey()
{
    const QJsonObject claims{{u"sub"_s, u"u1"_s}, {u"exp"_s, kNow.toSecsSinceEpoch() + 3600}};
    const QByteArray secret(64, 'k'); // RFC 7518: at least the hash size for HS512
    const QByteArray token = JwsTestKeys::signHmac({{u"alg"_s, u"HS512"_s}}, claims, secret);
    TokenInspector inspector;
    inspector.setVerificationKey(VerificationKey::fromHmacSecret(SecretBytes(secret)));
    const InspectionResult good = inspector.inspect(token, kNow);
    QCOMPARE(good.verdict, Verdict::Valid);
    QVERIFY(good.signature.checked && good.signature.ok);
    QCOMPARE(good.signature.algorithm, u"HS512"_s);

    // A valid signature from a too-short secret is a warning, not a pass.
    const QByteArray weakToken =
        JwsTestKeys::signHmac({{u"alg"_s, u"HS512"_s}}, claims, "secret"_ba);
    inspector.setVerificationKey(VerificationKey::fromHmacSecret(SecretBytes("secret"_ba)));
    const InspectionResult weak = inspector.inspect(weakToken, kNow);
    QCOMPARE(weak.verdict, Verdict::Warning);
    QVERIFY(weak.signature.ok);
    QCOMPARE(weak.signature.warnings.size(), 1);
    QVERIFY(weak.hasFinding(Severity::Warning));

    inspector.setVerificationKey(VerificationKey::fromHmacSecret(SecretBytes("wrong"_ba)));
    const InspectionResult bad = inspector.inspect(token, kNow);
    QCOMPARE(bad.verdict, Verdict::Invalid);
    QVERIFY(bad.signature.checked && !bad.signature.ok);
    QVERIFY(bad.hasFinding(Severity::Error));

    // alg none is refused even when no key is configured.
    inspector.clearVerificationKey();
    const InspectionResult none = inspector.inspect(
        "eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
        "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ.",
        kNow);
    QCOMPARE(none.verdict, Verdict::Invalid);
    QVERIFY(none.signature.checked && !none.signature.ok);
}

void TestTokenInspector::jwtMalformed()
{
    const InspectionResult result = TokenInspector().inspect("eyJhbGciOiJIUzI1NiJ9.e30", kNow);
    QCOMPARE(result.formatId, u"jws"_s);
    QCOMPARE(result.verdict, Verdict::Invalid);
    QVERIFY(result.signature.reason.contains(u"exactly 3"_s));
}

void TestTokenInspector::jsonNeverContainsTheToken()
{
    const QByteArray tokens[] = {
        "pat_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"_ba,
        JwsTestKeys::signHmac({{u"alg"_s, u"HS256"_s}}, {{u"sub"_s, u"x"_s}}, "k"_ba),
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc"_ba,
        "some unknown secret value"_ba,
    };
    for (const QByteArray &token : tokens) {
        const InspectionResult result = TokenInspector().inspect(token, kNow);
        const QByteArray json = QJsonDocument(result.toJson()).toJson();
        QVERIFY(!json.contains(token));
        QVERIFY(!json.contains(token.right(20)));
        QCOMPARE(result.toJson().value(u"fingerprint"_s).toString().toLatin1(),
                 TokenFingerprint::of(token));
        QVERIFY(result.toJson().contains(u"verdict"_s));
        QVERIFY(result.toJson().value(u"signature"_s).isObject());
    }
}

void TestTokenInspector::jwtTimeClaimsMustBeNumbers_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("exp as a date string") << u"exp"_s << QJsonValue(u"2030-01-01"_s);
    QTest::newRow("exp as a numeric string") << u"exp"_s << QJsonValue(u"1900000000"_s);
    QTest::newRow("nbf true") << u"nbf"_s << QJsonValue(true);
    QTest::newRow("iat null") << u"iat"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("exp object") << u"exp"_s << QJsonValue(QJsonObject{{u"s"_s, 1}});
}

// RFC 7519 4.1.4-4.1.6: exp, nbf and iat are NumericDates. A token whose
// lifetime cannot be read is invalid, even with a good signature.
void TestTokenInspector::jwtTimeClaimsMustBeNumbers()
{
    QFETCH(QString, claim);
    QFETCH(QJsonValue, value);
    QJsonObject claims{{u"sub"_s, u"u1"_s}, {u"exp"_s, kNow.toSecsSinceEpoch() + 3600}};
    claims.insert(claim, value);
    const QByteArray secret(32, 'k');
    const QByteArray token = JwsTestKeys::signHmac({{u"alg"_s, u"HS256"_s}}, claims, secret);
    TokenInspector inspector;
    inspector.setVerificationKey(VerificationKey::fromHmacSecret(SecretBytes(secret)));
    const InspectionResult result = inspector.inspect(token, kNow);
    QVERIFY(result.signature.ok);
    QCOMPARE(result.verdict, Verdict::Invalid);
    QVERIFY(result.hasFinding(Severity::Error));
    QVERIFY(result.claim(claim));
    QVERIFY(!result.claim(claim)->time);
    // Without a key too: not an unchecked "warning" but invalid.
    QCOMPARE(TokenInspector().inspect(token, kNow).verdict, Verdict::Invalid);
}

void TestTokenInspector::jwtCriticalHeaderIsInvalid()
{
    const QByteArray secret(32, 'k');
    const QJsonObject claims{{u"sub"_s, u"u1"_s}, {u"exp"_s, kNow.toSecsSinceEpoch() + 3600}};
    const QByteArray token = JwsTestKeys::signHmac(
        {{u"alg"_s, u"HS256"_s}, {u"crit"_s, QJsonArray{u"b64"_s}}, {u"b64"_s, false}}, claims,
        secret);
    TokenInspector inspector;
    inspector.setVerificationKey(VerificationKey::fromHmacSecret(SecretBytes(secret)));
    const InspectionResult result = inspector.inspect(token, kNow);
    QCOMPARE(result.verdict, Verdict::Invalid);
    QVERIFY(result.hasFinding(Severity::Error));
    QCOMPARE(TokenInspector().inspect(token, kNow).verdict, Verdict::Invalid);
}

QTEST_GUILESS_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
