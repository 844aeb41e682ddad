// Tests for JwsVerifier (with JwsParser and JwkSet): RFC vectors, signed tokens, every rejection.
#include "tests/inspector/jwstestkeys.h"

#include "model/inspector/base64url.h"
#include "model/inspector/jwkset.h"
#include "model/inspector/jwsparser.h"
#include "model/inspector/jwsverifier.h"
#include "model/inspector/verificationkey.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QtTest>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

// key=value lines, '#' comments: the files in data/ quote their RFC source.
QHash<QByteArray, QByteArray> readVector(const QString &name)
{
    QFile file(latchkey::test::TestPaths::source(u"tests/inspector/data/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test vector %s", qPrintable(name));
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith('#') || eq < 0)
            continue;
        values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

SignatureResult verify(const QByteArray &token, const VerificationKey *key)
{
    const JwsParseResult parsed = JwsParser::parse(token);
    if (!parsed.jws)
        qFatal("test token does not parse: %s", qPrintable(parsed.error));
    return JwsVerifier::verify(*parsed.jws, key);
}

QByteArray flipLastSignatureByte(const QByteArray &token)
{
    const qsizetype dot = token.lastIndexOf('.');
    QByteArray signature = *Base64Url::decode(QByteArrayView(token).sliced(dot + 1));
    signature[signature.size() - 1] = char(signature.back() ^ 0x01);
    return token.left(dot + 1) + Base64Url::encode(signature);
}

const QJsonObject kClaims{
    {u"iss"_s, u"https://issuer.example"_s}, {u"sub"_s, u"user-1"_s}, {u"exp"_s, 1900000000}};

} // namespace

class TestJwsVerifier : public QObject
{
    Q_OBJECT

private slots:
    void rfcVectors_data();
    void rfcVectors();
    void rfc7515A1HeaderKeepsCrLf();
    void rfcVectorWithOneBitFlipped_data();
    void rfcVectorWithOneBitFlipped();
    void signedTokens_data();
    void signedTokens();
    void pemPublicKeyAndCertificate_data();
    void pemPublicKeyAndCertificate();
    void hmacSecret();
    void rejections_data();
    void rejections();
    void malformed_data();
    void malformed();
    void jwksWithoutKidTriesEveryFittingKey();
    void jwksProblemsAreReported();
    void weakKeysVerifyWithAWarning();
    void sharedKeyVerifiesOnManyThreads();
    void criticalHeaders_data();
    void criticalHeaders();
    void jwkUseAndKeyOps();
    void downloadedSymmetricKeysAreNotUsed();
};

void TestJwsVerifier::rfcVectors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::newRow("RFC 7515 A.1 HS256") << u"rfc7515-a1-hs256.txt"_s << true;
    QTest::newRow("RFC 7515 A.2 RS256") << u"rfc7515-a2-rs256.txt"_s << true;
    QTest::newRow("RFC 7515 A.3 ES256") << u"rfc7515-a3-es256.txt"_s << true;
    QTest::newRow("RFC 7515 A.4 ES512") << u"rfc7515-a4-es512.txt"_s << true;
    QTest::newRow("RFC 7515 A.5 none") << u"rfc7515-a5-none.txt"_s << false;
    QTest::newRow("RFC 8037 A.4 Ed25519") << u"rfc8037-a4-ed25519.txt"_s << true;
}

void TestJwsVerifier::rfcVectors()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    const auto vector = readVector(file);
    const VerificationKey key = VerificationKey::fromJwks(vector.value("jwks"));
    const SignatureResult result = verify(vector.value("token"), &key);
    QCOMPARE(result.algorithm, QString::fromLatin1(vector.value("alg")));
    QVERIFY(result.checked);
    QVERIFY2(result.ok == ok, qPrintable(result.reason));
    if (ok)
        QVERIFY(result.reason.isEmpty());
    else
        QVERIFY2(result.reason.contains(u"none"_s), qPrintable(result.reason));
}

void TestJwsVerifier::rfc7515A1HeaderKeepsCrLf()
{
    const auto vector = readVector(u"rfc7515-a1-hs256.txt"_s);
    const JwsParseResult parsed = JwsParser::parse(vector.value("token"));
    QVERIFY(parsed.jws);
    // The signature covers these exact bytes; re-serialising the JSON would lose them.
    QCOMPARE(QJsonDocument(parsed.jws->header).object().value(u"typ"_s).toString(), u"JWT"_s);
    QVERIFY(
        parsed.jws->signingInput.view().startsWith("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."));
    QCOMPARE(*Base64Url::decode("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"),
             "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}"_ba);
    QVERIFY(parsed.jws->claims);
    QCOMPARE(parsed.jws->claims->value(u"exp"_s).toInteger(), 1300819380);
}

void TestJwsVerifier::rfcVectorWithOneBitFlipped_data()
{
    rfcVectors_data();
}

void TestJwsVerifier::rfcVectorWithOneBitFlipped()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    const auto vector = readVector(file);
    if (!ok)
        return; // "none" has no signature to flip; rfcVectors() covers its rejection
    const VerificationKey key = VerificationKey::fromJwks(vector.value("jwks"));
    const SignatureResult result = verify(flipLastSignatureByte(vector.value("token")), &key);
    QVERIFY(result.checked);
    QVERIFY(!result.ok);
    QVERIFY2(result.reason.contains(u"does not match"_s), qPrintable(result.reason));
}

void TestJwsVerifier::signedTokens_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("keyType");
    QTest::newRow("PS256") << u"PS256"_s << u"RSA"_s;
    QTest::newRow("PS384") << u"PS384"_s << u"RSA"_s;
    QTest::newRow("PS512") << u"PS512"_s << u"RSA"_s;
    QTest::newRow("RS384") << u"RS384"_s << u"RSA"_s;
    QTest::newRow("RS512") << u"RS512"_s << u"RSA"_s;
    QTest::newRow("ES256") << u"ES256"_s << u"P-256"_s;
    QTest::newRow("ES384") << u"ES384"_s << u"P-384"_s;
    QTest::newRow("ES512") << u"ES512"_s << u"P-521"_s;
    QTest::newRow("EdDSA") << u"EdDSA"_s << u"Ed25519"_s;
}

void TestJwsVerifier::signedTokens()
{
    QFETCH(QString, alg);
    QFETCH(QString, keyType);
    const EvpPkeyPtr key = keyType == u"RSA"_s ? JwsTestKeys::rsa(2048)
                           : keyType == u"Ed25519"_s
                               ? JwsTestKeys::ed25519()
                               : JwsTestKeys::ec(keyType.toLatin1().constData());
    QVERIFY(key);
    const EvpPkeyPtr other = keyType == u"RSA"_s ? JwsTestKeys::rsa(2048)
                             : keyType == u"Ed25519"_s
                                 ? JwsTestKeys::ed25519()
                                 : JwsTestKeys::ec(keyType.toLatin1().constData());
    const QByteArray token = JwsTestKeys::sign(
        {{u"alg"_s, alg}, {u"kid"_s, u"signing-key"_s}, {u"typ"_s, u"JWT"_s}}, kClaims, key.get());

    const VerificationKey jwks = VerificationKey::fromJwks(
        JwsTestKeys::jwks({JwsTestKeys::publicJwk(other.get(), u"other-key"_s),
                           JwsTestKeys::publicJwk(key.get(), u"signing-key"_s)}));
    const SignatureResult good = verify(token, &jwks);
    QVERIFY2(good.ok, qPrintable(good.reason));
    QCOMPARE(good.algorithm, alg);
    QCOMPARE(good.keyId, u"signing-key"_s);

    // The same kid on the wrong key: the signature must not match.
    const VerificationKey wrong = VerificationKey::fromJwks(
        JwsTestKeys::jwks({JwsTestKeys::publicJwk(other.get(), u"signing-key"_s)}));
    const SignatureResult bad = verify(token, &wrong);
    QVERIFY(bad.checked);
    QVERIFY(!bad.ok);
    QVERIFY2(bad.reason.contains(u"does not match"_s), qPrintable(bad.reason));
}

void TestJwsVerifier::pemPublicKeyAndCertificate_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("certificate");
    QTest::newRow("RS256 public key") << u"RS256"_s << false;
    QTest::newRow("RS256 certificate") << u"RS256"_s << true;
    QTest::newRow("ES384 public key") << u"ES384"_s << false;
    QTest::newRow("ES384 certificate") << u"ES384"_s << true;
    QTest::newRow("EdDSA public key") << u"EdDSA"_s << false;
}

void TestJwsVerifier::pemPublicKeyAndCertificate()
{
    QFETCH(QString, alg);
    QFETCH(bool, certificate);
    const EvpPkeyPtr key = alg == u"RS256"_s   ? JwsTestKeys::rsa(2048)
                           : alg == u"ES384"_s ? JwsTestKeys::ec("P-384")
                                               : JwsTestKeys::ed25519();
    const QByteArray token = JwsTestKeys::sign({{u"alg"_s, alg}}, kClaims, key.get());
    const VerificationKey pem =
        VerificationKey::fromPem(certificate ? JwsTestKeys::selfSignedCertificatePem(key.get())
                                             : JwsTestKeys::publicPem(key.get()));
    const SignatureResult result = verify(token, &pem);
    QVERIFY2(result.ok, qPrintable(result.reason));
    const SignatureResult tampered = verify(flipLastSignatureByte(token), &pem);
    QVERIFY(!tampered.ok);
}

void TestJwsVerifier::hmacSecret()
{
    const QByteArray secret =
        "a 64-byte secret for HS512: 0123456789abcdefghijklmnopqrstuvwxyz!!"_ba;
    for (const QString &alg : {u"HS256"_s, u"HS384"_s, u"HS512"_s}) {
        const QByteArray token = JwsTestKeys::signHmac({{u"alg"_s, alg}}, kClaims, secret);
        const VerificationKey key = VerificationKey::fromHmacSecret(SecretBytes(secret));
        const SignatureResult ok = verify(token, &key);
        QVERIFY2(ok.ok, qPrintable(ok.reason));
        const VerificationKey other = VerificationKey::fromHmacSecret(SecretBytes("other"_ba));
        const SignatureResult bad = verify(token, &other);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.reason.contains(u"does not match"_s), qPrintable(bad.reason));
    }
}

void TestJwsVerifier::rejections_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("jwks");
    QTest::addColumn<QString>("reasonFragment");

    const EvpPkeyPtr rsa = JwsTestKeys::rsa(2048);
    const EvpPkeyPtr p256 = JwsTestKeys::ec("P-256");
    const EvpPkeyPtr p384 = JwsTestKeys::ec("P-384");
    const EvpPkeyPtr ed = JwsTestKeys::ed25519();
    const QJsonObject oct{{u"kty"_s, u"oct"_s}, {u"k"_s, u"c2VjcmV0"_s}};

    const QByteArray rs256 = JwsTestKeys::sign({{u"alg"_s, u"RS256"_s}}, kClaims, rsa.get());
    const QByteArray es256 =
        JwsTestKeys::sign({{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"ec"_s}}, kClaims, p256.get());
    const QByteArray eddsa = JwsTestKeys::sign({{u"alg"_s, u"EdDSA"_s}}, kClaims, ed.get());
    const QByteArray hs256 = JwsTestKeys::signHmac({{u"alg"_s, u"HS256"_s}}, kClaims, "secret"_ba);
    auto truncateSignature = [](const QByteArray &token, int bytes) {
        const qsizetype dot = token.lastIndexOf('.');
        const QByteArray signature = *Base64Url::decode(QByteArrayView(token).sliced(dot + 1));
        return token.left(dot + 1) + Base64Url::encode(signature.left(signature.size() - bytes));
    };

    QTest::newRow("bad signature")
        << flipLastSignatureByte(rs256) << JwsTestKeys::jwks({JwsTestKeys::publicJwk(rsa.get())})
        << u"does not match"_s;
    QTest::newRow("unknown kid") << es256
                                 << JwsTestKeys::jwks({JwsTestKeys::publicJwk(p256.get(), u"x"_s)})
                                 << u"no usable key with id \"ec\""_s;
    QTest::newRow("RS256 with an EC key")
        << rs256 << JwsTestKeys::jwks({JwsTestKeys::publicJwk(p256.get())})
        << u"cannot verify RS256"_s;
    QTest::newRow("ES256 with a P-384 key")
        << es256 << JwsTestKeys::jwks({JwsTestKeys::publicJwk(p384.get(), u"ec"_s)})
        << u"EC (P-384)"_s;
    QTest::newRow("HS256 with an RSA key")
        << hs256 << JwsTestKeys::jwks({JwsTestKeys::publicJwk(rsa.get())})
        << u"cannot verify HS256"_s;
    QTest::newRow("RS256 with an oct key")
        << rs256 << JwsTestKeys::jwks({oct}) << u"cannot verify RS256"_s;
    QTest::newRow("EdDSA with an RSA key")
        << eddsa << JwsTestKeys::jwks({JwsTestKeys::publicJwk(rsa.get())})
        << u"cannot verify EdDSA"_s;
    QJsonObject meantForPs = JwsTestKeys::publicJwk(rsa.get());
    meantForPs.insert(u"alg"_s, u"PS256"_s);
    QTest::newRow("JWK alg differs")
        << rs256 << JwsTestKeys::jwks({meantForPs}) << u"meant for PS256"_s;
    QTest::newRow("ES256 signature one byte short")
        << truncateSignature(es256, 1)
        << JwsTestKeys::jwks({JwsTestKeys::publicJwk(p256.get(), u"ec"_s)}) << u"63 bytes"_s;
    QTest::newRow("ES256 signature in DER, not raw")
        << es256.left(es256.lastIndexOf('.') + 1) + Base64Url::encode(QByteArray(72, '\x30'))
        << JwsTestKeys::jwks({JwsTestKeys::publicJwk(p256.get(), u"ec"_s)}) << u"72 bytes"_s;
    QTest::newRow("EdDSA signature too short")
        << truncateSignature(eddsa, 2) << JwsTestKeys::jwks({JwsTestKeys::publicJwk(ed.get())})
        << u"62 bytes"_s;
    QTest::newRow("RS256 signature too short")
        << truncateSignature(rs256, 1) << JwsTestKeys::jwks({JwsTestKeys::publicJwk(rsa.get())})
        << u"255 bytes"_s;
    QTest::newRow("alg none") << "eyJhbGciOiJub25lIn0.e30."_ba
                              << JwsTestKeys::jwks({JwsTestKeys::publicJwk(rsa.get())})
                              << u"alg \"none\""_s;
    QTest::newRow("alg NONE") << Base64Url::encode("{\"alg\":\"NONE\"}") + ".e30."
                              << JwsTestKeys::jwks({oct}) << u"alg \"none\""_s;
    QTest::newRow("unsupported alg") << Base64Url::encode("{\"alg\":\"HS1\"}") + ".e30.AAAA"
                                     << JwsTestKeys::jwks({oct}) << u"\"HS1\" is not supported"_s;
    QTest::newRow("JWKS not JSON") << rs256 << "{not json"_ba << u"not a JSON object"_s;
    QTest::newRow("JWKS with no usable keys")
        << rs256 << R"({"keys":[{"kty":"RSA","n":"!!"}]})"_ba << u"no usable keys"_s;
}

void TestJwsVerifier::rejections()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, jwks);
    QFETCH(QString, reasonFragment);
    const VerificationKey key = VerificationKey::fromJwks(jwks);
    const SignatureResult result = verify(token, &key);
    QVERIFY(result.checked);
    QVERIFY(!result.ok);
    QVERIFY2(result.reason.contains(reasonFragment), qPrintable(result.reason));
}

void TestJwsVerifier::malformed_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("reasonFragment");
    QTest::newRow("two parts") << "eyJhbGciOiJIUzI1NiJ9.e30"_ba << u"2 part"_s;
    QTest::newRow("four parts") << "eyJhbGciOiJIUzI1NiJ9.e30.AAAA.AAAA"_ba << u"4 part"_s;
    QTest::newRow("header bad base64url")
        << "eyJhbGciOiJIUzI1NiJ9*.e30.AAAA"_ba << u"header (part 1) is not valid base64url"_s;
    QTest::newRow("header padded")
        << "eyJhbGciOiJIUzI1NiJ9==.e30.AAAA"_ba << u"header (part 1) is not valid base64url"_s;
    QTest::newRow("header not JSON") << Base64Url::encode("{alg:HS256}") + ".e30.AAAA"
                                     << u"header (part 1) is not a JSON object"_s;
    QTest::newRow("header a JSON array")
        << Base64Url::encode("[1]") + ".e30.AAAA" << u"header (part 1) is not a JSON object"_s;
    QTest::newRow("payload bad base64url")
        << "eyJhbGciOiJIUzI1NiJ9.e30+.AAAA"_ba << u"payload (part 2)"_s;
    QTest::newRow("signature bad base64url")
        << "eyJhbGciOiJIUzI1NiJ9.e30.AA/A"_ba << u"signature (part 3)"_s;
    QTest::newRow("no alg") << Base64Url::encode("{\"typ\":\"JWT\"}") + ".e30.AAAA"
                            << u"no \"alg\""_s;
}

void TestJwsVerifier::malformed()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, reasonFragment);
    const JwsParseResult parsed = JwsParser::parse(token);
    QVERIFY(!parsed.jws);
    QVERIFY2(parsed.error.contains(reasonFragment), qPrintable(parsed.error));
}

void TestJwsVerifier::jwksWithoutKidTriesEveryFittingKey()
{
    const EvpPkeyPtr first = JwsTestKeys::ec("P-256");
    const EvpPkeyPtr second = JwsTestKeys::ec("P-256");
    const EvpPkeyPtr rsa = JwsTestKeys::rsa(2048);
    const QByteArray token = JwsTestKeys::sign({{u"alg"_s, u"ES256"_s}}, kClaims, second.get());
    const VerificationKey key = VerificationKey::fromJwks(
        JwsTestKeys::jwks({JwsTestKeys::publicJwk(rsa.get()), JwsTestKeys::publicJwk(first.get()),
                           JwsTestKeys::publicJwk(second.get())}));
    QVERIFY(verify(token, &key).ok);

    // Only non-fitting and non-matching keys: a failed check beats a type mismatch.
    const VerificationKey without = VerificationKey::fromJwks(JwsTestKeys::jwks(
        {JwsTestKeys::publicJwk(rsa.get()), JwsTestKeys::publicJwk(first.get())}));
    const SignatureResult result = verify(token, &without);
    QVERIFY(!result.ok);
    QVERIFY2(result.reason.contains(u"does not match"_s), qPrintable(result.reason));

    // A single JWK (not a set) is accepted too.
    const VerificationKey single =
        VerificationKey::fromJwks(QJsonDocument(JwsTestKeys::publicJwk(second.get())).toJson());
    QVERIFY(verify(token, &single).ok);
}

void TestJwsVerifier::jwksProblemsAreReported()
{
    QString error;
    const auto set = JwkSet::parse(
        R"({"keys":[{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA","kid":"short"},
                    {"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"},
                    {"kty":"OKP","crv":"X25519","x":"AA"},
                    {"kty":"RSA","e":"AQAB"},
                    {"kty":"oct"},
                    {"kty":"dsa"},
                    {"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","kid":"ok"}]})",
        &error);
    QVERIFY(set);
    QCOMPARE(set->keys().size(), size_t(1));
    QCOMPARE(set->keys().front().keyId, u"ok"_s);
    QCOMPARE(set->problems().size(), 6);
    QVERIFY(set->problems().front().startsWith(u"key \"short\""_s));

    // A point that is not on the curve is refused by OpenSSL, not trusted.
    const auto offCurve = JwkSet::parse(
        R"({"kty":"EC","crv":"P-256","x":"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","y":"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})",
        &error);
    QVERIFY(offCurve);
    QVERIFY(offCurve->keys().empty());
    QVERIFY2(offCurve->problems().value(0).contains(u"OpenSSL rejected"_s),
             qPrintable(offCurve->problems().value(0)));

    QVERIFY(!JwkSet::parse("[]", &error));
    QVERIFY(!JwkSet::parse(R"({"keys":{}})", &error));
    QVERIFY(!JwkSet::parse(R"({"foo":1})", &error));
}

void TestJwsVerifier::weakKeysVerifyWithAWarning()
{
    const EvpPkeyPtr rsa1024 = JwsTestKeys::rsa(1024);
    const QByteArray rsaToken = JwsTestKeys::sign({{u"alg"_s, u"RS256"_s}}, kClaims, rsa1024.get());
    const VerificationKey rsaKey = VerificationKey::fromPem(JwsTestKeys::publicPem(rsa1024.get()));
    const SignatureResult rsa = verify(rsaToken, &rsaKey);
    QVERIFY(rsa.ok);
    QCOMPARE(rsa.warnings,
             QStringList{u"The RSA key has only 1024 bits; RS256 requires at least 2048."_s});

    const QByteArray hmacToken =
        JwsTestKeys::signHmac({{u"alg"_s, u"HS384"_s}}, kClaims, "short"_ba);
    const VerificationKey hmacKey = VerificationKey::fromJwks(
        R"({"keys":[{"kty":"oct","k":")" + Base64Url::encode("short") + R"("}]})");
    const SignatureResult hmac = verify(hmacToken, &hmacKey);
    QVERIFY(hmac.ok);
    QCOMPARE(hmac.warnings,
             QStringList{u"The HMAC key has only 5 bytes; HS384 requires at least 48."_s});

    // The RFC vectors use keys of the required sizes: no warnings.
    const auto vector = readVector(u"rfc7515-a2-rs256.txt"_s);
    const VerificationKey rfcKey = VerificationKey::fromJwks(vector.value("jwks"));
    QVERIFY(verify(vector.value("token"), &rfcKey).warnings.isEmpty());
}

// A parsed key keeps one prepared verification context per algorithm, which
// every check copies: copies of one key used on several threads at once must
// neither race nor mix results up.
void TestJwsVerifier::sharedKeyVerifiesOnManyThreads()
{
    const EvpPkeyPtr rsa = JwsTestKeys::rsa(2048);
    const EvpPkeyPtr ec = JwsTestKeys::ec("P-256");
    QVERIFY(rsa && ec);
    const VerificationKey shared = VerificationKey::fromJwks(JwsTestKeys::jwks(
        {JwsTestKeys::publicJwk(rsa.get(), u"rsa"_s), JwsTestKeys::publicJwk(ec.get(), u"ec"_s)}));
    struct Case
    {
        QByteArray token;
        bool valid;
    };
    QList<Case> cases;
    for (const auto &[alg, kid, key] :
         {std::tuple{u"PS256"_s, u"rsa"_s, rsa.get()}, std::tuple{u"RS256"_s, u"rsa"_s, rsa.get()},
          std::tuple{u"ES256"_s, u"ec"_s, ec.get()}}) {
        const QByteArray token =
            JwsTestKeys::sign({{u"alg"_s, alg}, {u"kid"_s, kid}}, kClaims, key);
        cases.append({token, true});
        cases.append({flipLastSignatureByte(token), false});
    }
    QAtomicInt wrong = 0;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&cases, &wrong, key = shared, t] {
            for (int i = 0; i < 150; ++i) {
                const Case &c = cases[(i + t) % cases.size()];
                if (verify(c.token, &key).ok != c.valid)
                    wrong.ref();
            }
            // QThread::wait() returns before the thread's TLS destructors run, where OpenSSL
            // frees its per-thread state; if the process exits in between, LeakSanitizer
            // reports that state as leaked. Free it here, as OPENSSL_thread_stop(3) says.
            OPENSSL_thread_stop();
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(wrong.loadRelaxed(), 0);
}

void TestJwsVerifier::criticalHeaders_data()
{
    QTest::addColumn<QJsonObject>("header");
    QTest::addColumn<QString>("reasonFragment"); // empty: the token verifies
    const QJsonObject hs{{u"alg"_s, u"HS256"_s}};
    auto with = [&](std::initializer_list<std::pair<QString, QJsonValue>> extra) {
        QJsonObject header = hs;
        for (const auto &[name, value] : extra)
            header.insert(name, value);
        return header;
    };
    QTest::newRow("unknown critical extension")
        << with({{u"crit"_s, QJsonArray{u"x-policy"_s}}, {u"x-policy"_s, u"strict"_s}})
        << u"marks x-policy as critical"_s;
    QTest::newRow("b64 false, critical (RFC 7797)")
        << with({{u"crit"_s, QJsonArray{u"b64"_s}}, {u"b64"_s, false}}) << u"\"b64\""_s;
    QTest::newRow("b64 false, not listed") << with({{u"b64"_s, false}}) << u"\"b64\""_s;
    QTest::newRow("crit not an array")
        << with({{u"crit"_s, u"x-policy"_s}, {u"x-policy"_s, 1}}) << u"malformed"_s;
    QTest::newRow("crit empty") << with({{u"crit"_s, QJsonArray{}}}) << u"malformed"_s;
    QTest::newRow("crit lists a registered name")
        << with({{u"crit"_s, QJsonArray{u"alg"_s}}}) << u"malformed"_s;
    QTest::newRow("crit names a missing parameter")
        << with({{u"crit"_s, QJsonArray{u"x-absent"_s}}}) << u"malformed"_s;
    QTest::newRow("b64 true, no crit: no effect") << with({{u"b64"_s, true}}) << QString();
}

// RFC 7515 section 4.1.11: a recipient that does not understand a critical
// extension must reject the JWS, whatever the signature says.
void TestJwsVerifier::criticalHeaders()
{
    QFETCH(QJsonObject, header);
    QFETCH(QString, reasonFragment);
    const QByteArray secret(32, 's');
    const QByteArray token = JwsTestKeys::signHmac(header, kClaims, secret);
    const VerificationKey key = VerificationKey::fromHmacSecret(SecretBytes(secret));
    const SignatureResult result = verify(token, &key);
    QVERIFY(result.checked);
    if (reasonFragment.isEmpty()) {
        QVERIFY2(result.ok, qPrintable(result.reason));
        return;
    }
    QVERIFY(!result.ok);
    QVERIFY2(result.reason.contains(reasonFragment), qPrintable(result.reason));
    // Refused before any key is looked at: no key either.
    const SignatureResult keyless = verify(token, nullptr);
    QVERIFY(keyless.checked);
    QVERIFY(!keyless.ok);
}

// RFC 7517 sections 4.2 and 4.3: an encryption key, or one whose key_ops leave
// out "verify", does not verify signatures.
void TestJwsVerifier::jwkUseAndKeyOps()
{
    const EvpPkeyPtr key = JwsTestKeys::ec("P-256");
    const QByteArray token =
        JwsTestKeys::sign({{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"k"_s}}, kClaims, key.get());
    auto jwkWith = [&](const QString &name, const QJsonValue &value) {
        QJsonObject jwk = JwsTestKeys::publicJwk(key.get(), u"k"_s);
        jwk.insert(name, value);
        return VerificationKey::fromJwks(JwsTestKeys::jwks({jwk}));
    };
    const VerificationKey forSigning = jwkWith(u"use"_s, u"sig"_s);
    QVERIFY2(verify(token, &forSigning).ok, qPrintable(verify(token, &forSigning).reason));
    const VerificationKey verifying = jwkWith(u"key_ops"_s, QJsonArray{u"verify"_s});
    QVERIFY(verify(token, &verifying).ok);

    const VerificationKey forEncryption = jwkWith(u"use"_s, u"enc"_s);
    QVERIFY(!verify(token, &forEncryption).ok);
    QCOMPARE(forEncryption.jwkSet()->keys().size(), size_t(0));
    QVERIFY2(forEncryption.jwkSet()->problems().value(0).contains(u"\"enc\""_s),
             qPrintable(forEncryption.jwkSet()->problems().value(0)));
    const VerificationKey encrypting = jwkWith(u"key_ops"_s, QJsonArray{u"encrypt"_s});
    QVERIFY(!verify(token, &encrypting).ok);
    QVERIFY(encrypting.jwkSet()->problems().value(0).contains(u"key_ops"_s));
    const VerificationKey oddOps = jwkWith(u"key_ops"_s, u"verify"_s); // not an array
    QVERIFY(!verify(token, &oddOps).ok);
}

// A JWKS fetched from a URL is public: a symmetric key in it is a secret everyone
// has, so a token "verified" with it proves nothing.
void TestJwsVerifier::downloadedSymmetricKeysAreNotUsed()
{
    const QByteArray secret(32, 'p');
    const QByteArray token =
        JwsTestKeys::signHmac({{u"alg"_s, u"HS256"_s}, {u"kid"_s, u"shared"_s}}, kClaims, secret);
    const QByteArray jwks =
        JwsTestKeys::jwks({QJsonObject{{u"kty"_s, u"oct"_s},
                                       {u"kid"_s, u"shared"_s},
                                       {u"k"_s, QString::fromLatin1(Base64Url::encode(secret))}}});
    const VerificationKey fromFile = VerificationKey::fromJwks(jwks);
    QVERIFY(verify(token, &fromFile).ok);

    const VerificationKey downloaded = VerificationKey::fromDownloadedJwks(jwks);
    const SignatureResult result = verify(token, &downloaded);
    QVERIFY(result.checked);
    QVERIFY(!result.ok);
    QVERIFY2(result.reason.contains(u"no usable key"_s), qPrintable(result.reason));
    QVERIFY(downloaded.jwkSet()->problems().value(0).contains(u"symmetric"_s));
}

QTEST_GUILESS_MAIN(TestJwsVerifier)
#include "tst_jwsverifier.moc"
