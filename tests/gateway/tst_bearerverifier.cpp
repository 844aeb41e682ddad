// Tests BearerVerifier against a key set loaded directly: the exact edges of each rule
// (leeway, audience lists, typ spellings), keys the set must never use (symmetric, for
// encryption), and that a verified signature is not a verified token (claims are checked
// on every use).
#include "app/gateway/bearerverifier.h"
#include "app/sandbox/sandboxtokensigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

namespace {

const QString kIssuer = u"https://tenant.example/oidc"_s;
const QString kAudience = u"https://gateway.example/api"_s;
constexpr qint64 kNow = 1'800'000'000;

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestBearerVerifier : public QObject
{
    Q_OBJECT

private:
    SandboxTokenSigner m_signer;
    std::unique_ptr<JwksCache> m_keys;
    std::unique_ptr<BearerVerifier> m_verifier;

    QJsonObject claims() const
    {
        return {{u"sub"_s, u"user1"_s},
                {u"iat"_s, double(kNow)},
                {u"exp"_s, double(kNow + 3600)},
                {u"iss"_s, kIssuer},
                {u"aud"_s, kAudience},
                {u"client_id"_s, u"app"_s},
                {u"scope"_s, u"gateway:use other"_s}};
    }
    QJsonObject header(const QString &typ = u"at+jwt"_s) const
    {
        return {{u"alg"_s, u"ES384"_s}, {u"typ"_s, typ}, {u"kid"_s, m_signer.keyId()}};
    }
    BearerCheck check(const QByteArray &token, qint64 now = kNow)
    {
        const auto result = m_verifier->checkNow("Bearer " + token, now);
        return result ? *result
                      : BearerCheck{BearerProblem::KeysUnavailable, u"undecided"_s, {}, {}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_signer.load({}));
        // Never fetches: the set is loaded below, and refetching is throttled for an hour.
        m_keys = std::make_unique<JwksCache>(
            [](QObject *, std::function<void(Result<QByteArray>)>) { QFAIL("fetched"); },
            std::chrono::hours(1));
        QJsonObject symmetric{
            {u"kty"_s, u"oct"_s},
            {u"kid"_s, u"shared"_s},
            {u"k"_s, QString::fromLatin1(b64url("0123456789abcdef0123456789abcdef"))}};
        QJsonObject encryption = m_signer.jwk();
        encryption.insert(u"kid"_s, u"enc"_s);
        encryption.insert(u"use"_s, u"enc"_s);
        const QByteArray set =
            QJsonDocument(
                QJsonObject{{u"keys"_s, QJsonArray{m_signer.jwk(), symmetric, encryption}}})
                .toJson();
        QVERIFY(m_keys->load(set));
        QCOMPARE(m_keys->keys()->jwkSet()->keys().size(), size_t(1));
        QVERIFY(!m_keys->mayRefresh()); // a set just loaded counts as just fetched
        m_verifier = std::make_unique<BearerVerifier>(
            BearerVerifier::Rules{kIssuer, kAudience, u"gateway:use"_s, std::chrono::seconds(60)},
            m_keys.get());
    }

    void goodToken()
    {
        const BearerCheck c = check(m_signer.sign(header(), claims()));
        QVERIFY2(c.ok(), qPrintable(c.sentence));
        QCOMPARE(c.userId, u"user1"_s);
        QCOMPARE(c.scopes, (QStringList{u"gateway:use"_s, u"other"_s}));
        // Scheme names are case-insensitive (RFC 9110 section 11.1); so is typ's media type.
        QVERIFY(m_verifier->checkNow("bearer " + m_signer.sign(header(), claims()), kNow)->ok());
        QVERIFY(check(m_signer.sign(header(u"application/AT+JWT"_s), claims())).ok());
    }

    void leewayEdges()
    {
        const QByteArray token = m_signer.sign(header(), claims());
        QVERIFY(check(token, kNow + 3600 + 60).ok());
        QCOMPARE(check(token, kNow + 3600 + 61).problem, BearerProblem::Expired);
        QJsonObject future = claims();
        future.insert(u"nbf"_s, double(kNow + 60));
        QVERIFY(check(m_signer.sign(header(), future)).ok());
        future.insert(u"nbf"_s, double(kNow + 61));
        QCOMPARE(check(m_signer.sign(header(), future)).problem, BearerProblem::NotYetValid);
        // The signature of this token was verified above; its claims still count every time.
        QCOMPARE(check(token, kNow + 7200).problem, BearerProblem::Expired);
    }

    void audienceAndIssuer()
    {
        QJsonObject c = claims();
        c.insert(u"aud"_s, QJsonArray{u"https://other.example/api"_s, kAudience});
        QVERIFY(check(m_signer.sign(header(), c)).ok());
        c.insert(u"aud"_s, QJsonArray{u"https://other.example/api"_s});
        QCOMPARE(check(m_signer.sign(header(), c)).problem, BearerProblem::WrongAudience);
        c.insert(u"aud"_s, kAudience + u"/"_s);
        QCOMPARE(check(m_signer.sign(header(), c)).problem, BearerProblem::WrongAudience);
        c = claims();
        c.insert(u"iss"_s, kIssuer + u"/"_s);
        QCOMPARE(check(m_signer.sign(header(), c)).problem, BearerProblem::WrongIssuer);
        c.insert(u"iss"_s, QJsonArray{kIssuer});
        QCOMPARE(check(m_signer.sign(header(), c)).problem, BearerProblem::WrongIssuer);
    }

    void scope()
    {
        QJsonObject c = claims();
        c.insert(u"scope"_s, u"gateway:user"_s);
        QCOMPARE(check(m_signer.sign(header(), c)).problem, BearerProblem::MissingScope);
        c.remove(u"scope"_s);
        QCOMPARE(check(m_signer.sign(header(), c)).problem, BearerProblem::MissingScope);
    }

    void algorithmComesFromTheKey()
    {
        // ES256 named on Logto's ES384 key: refused before any signature check.
        QJsonObject h = header();
        h.insert(u"alg"_s, u"ES256"_s);
        QCOMPARE(check(m_signer.sign(h, claims())).problem, BearerProblem::DisallowedAlgorithm);
        // HMAC with the symmetric key the set carried: that key was never loaded.
        const QJsonObject hs{
            {u"alg"_s, u"HS256"_s}, {u"typ"_s, u"at+jwt"_s}, {u"kid"_s, u"shared"_s}};
        const QByteArray input = b64url(QJsonDocument(hs).toJson(QJsonDocument::Compact)) + '.' +
                                 b64url(QJsonDocument(claims()).toJson(QJsonDocument::Compact));
        const QByteArray hmac =
            input + '.' +
            b64url(QMessageAuthenticationCode::hash(input, "0123456789abcdef0123456789abcdef",
                                                    QCryptographicHash::Sha256));
        QCOMPARE(check(hmac).problem, BearerProblem::DisallowedAlgorithm);
        // The key published for encryption verifies nothing (its kid is unknown here).
        h = header();
        h.insert(u"kid"_s, u"enc"_s);
        QCOMPARE(check(m_signer.sign(h, claims())).problem, BearerProblem::UnknownKey);
        h.insert(u"alg"_s, u"None"_s);
        QCOMPARE(check(m_signer.sign(h, claims())).problem, BearerProblem::Unsigned);
    }

    void anotherKeysSignature()
    {
        SandboxTokenSigner stranger;
        QVERIFY(stranger.load({}));
        // Same kid, other key: the signature does not verify.
        QCOMPARE(check(stranger.sign(header(), claims())).problem, BearerProblem::BadSignature);
    }

    void headerShapes_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << QByteArray() << int(BearerProblem::Missing);
        QTest::newRow("spaces") << QByteArray("   ") << int(BearerProblem::Missing);
        QTest::newRow("scheme only") << QByteArray("Bearer") << int(BearerProblem::Malformed);
        QTest::newRow("Token scheme")
            << QByteArray("Token abc.def.ghi") << int(BearerProblem::Malformed);
        QTest::newRow("space inside")
            << QByteArray("Bearer abc def") << int(BearerProblem::Malformed);
        QTest::newRow("opaque") << QByteArray("Bearer 0123456789abcdefABCDEF")
                                << int(BearerProblem::Opaque);
        QTest::newRow("four parts")
            << QByteArray("Bearer a.b.c.d") << int(BearerProblem::Malformed);
        QTest::newRow("padding mid-token")
            << QByteArray("Bearer a=.b.c") << int(BearerProblem::Malformed);
        QTest::newRow("20 KiB") << "Bearer " + QByteArray(20 * 1024, 'a')
                                << int(BearerProblem::Malformed);
        QTest::newRow("payload not an object")
            << "Bearer " + b64url(R"({"alg":"ES384","typ":"at+jwt"})") + '.' + b64url("[1]") + ".AA"
            << int(BearerProblem::Malformed);
    }

    void headerShapes()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, problem);
        const auto result = m_verifier->checkNow(authorization, kNow);
        QVERIFY(result);
        QCOMPARE(int(result->problem), problem);
        QVERIFY(!result->sentence.isEmpty());
        if (authorization.size() > 12)
            QVERIFY(!result->sentence.contains(QString::fromLatin1(authorization.mid(7))));
    }
};

QTEST_GUILESS_MAIN(TestBearerVerifier)
#include "tst_bearerverifier.moc"
