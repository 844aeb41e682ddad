// Tests ResponseParser: Logto's shapes accepted, wrong shapes named precisely.
#include "net/responseparser.h"
#include "net/tokenfingerprint.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

namespace {
const QByteArray goodUser =
    R"({"id":"u1abcdefghij","username":"ada","primaryEmail":null,"primaryPhone":null,
        "name":"Ada","avatar":null,"customData":{},"identities":{},"profile":{},
        "applicationId":null,"hasPassword":true,"createdAt":1700000000000,
        "updatedAt":1700000001000,"lastSignInAt":null,"isSuspended":false,"somethingNew":[1]})"_ba;
const QByteArray goodToken =
    R"({"tenantId":"default","userId":"u1abcdefghij","name":"ci / deploy #1",
        "value":"pat_0123456789abcdefghijABCDEFGHIJkl","createdAt":1700000000000,
        "expiresAt":null})"_ba;
} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void userWithUnknownFields()
    {
        const auto user = ResponseParser::user(goodUser);
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().detail()));
        QCOMPARE(user.value().id, u"u1abcdefghij"_s);
        QCOMPARE(user.value().username, u"ada"_s);
        QVERIFY(user.value().primaryEmail.isEmpty());
        QCOMPARE(user.value().createdAt.toMSecsSinceEpoch(), 1700000000000);
        QCOMPARE(user.value().createdAt.timeSpec(), Qt::UTC);
        QVERIFY(!user.value().lastSignInAt.isValid());
        QVERIFY(!user.value().isSuspended);
    }

    void wrongShapesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("createdAt string")
            << "[" + goodUser + "," + QByteArray(goodUser).replace("1700000000000", "\"2023\"") +
                   "]"
            << u"users[1].createdAt: expected a number"_s;
        QTest::newRow("id missing") << "[" + QByteArray(goodUser).replace("\"id\"", "\"ID\"") + "]"
                                    << u"users[0].id: missing"_s;
        QTest::newRow("id number")
            << "[" + QByteArray(goodUser).replace("\"u1abcdefghij\"", "7") + "]"
            << u"users[0].id: expected a string"_s;
        QTest::newRow("name object") << "[" + QByteArray(goodUser).replace("\"Ada\"", "{}") + "]"
                                     << u"users[0].name: expected a string or null"_s;
        QTest::newRow("isSuspended string")
            << "[" +
                   QByteArray(goodUser).replace("\"isSuspended\":false", "\"isSuspended\":\"no\"") +
                   "]"
            << u"users[0].isSuspended: expected true or false"_s;
        QTest::newRow("fractional time")
            << "[" + QByteArray(goodUser).replace("1700000001000", "1.5") + "]"
            << u"users[0].updatedAt: expected a number"_s;
        QTest::newRow("object not array") << goodUser << u"users: expected a JSON array"_s;
        QTest::newRow("element not object") << "[1]"_ba << u"users[0]: expected an object"_s;
        QTest::newRow("malformed") << "[{"_ba << u"users: not valid JSON"_s;
    }

    void wrongShapesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const auto users = ResponseParser::users(body);
        QVERIFY(!users.ok());
        QCOMPARE(users.error().kind(), ApiError::Kind::Parse);
        QVERIFY2(users.error().detail().startsWith(detail), qPrintable(users.error().detail()));
    }

    void userPageNeedsTotalNumber()
    {
        const QByteArray body = "[" + goodUser + "]";
        const auto page = ResponseParser::userPage(body, "41", 2, 20);
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 41);
        QCOMPARE(page.value().page, 2);
        QCOMPARE(page.value().users.size(), 1);
        QCOMPARE(ResponseParser::userPage(body, QByteArray(), 1, 20).error().detail(),
                 u"Total-Number header: missing"_s);
        QCOMPARE(ResponseParser::userPage(body, "many", 1, 20).error().kind(),
                 ApiError::Kind::Parse);
    }

    void tokensAreFingerprintedNotKept()
    {
        const auto tokens = ResponseParser::tokens("[" + goodToken + "]");
        QVERIFY(tokens.ok());
        const PersonalAccessToken &token = tokens.value().constFirst();
        QCOMPARE(token.name, u"ci / deploy #1"_s);
        QCOMPARE(token.fingerprint, TokenFingerprint::of("pat_0123456789abcdefghijABCDEFGHIJkl"));
        QCOMPARE(token.hint, u"IJkl"_s);
        QVERIFY(!token.expiresAt);
    }

    void tokenShapes()
    {
        const auto expiring = ResponseParser::token(
            QByteArray(goodToken).replace("\"expiresAt\":null", "\"expiresAt\":1800000000000"));
        QVERIFY(expiring.ok());
        QCOMPARE(expiring.value().expiresAt->toMSecsSinceEpoch(), 1800000000000);
        const auto badExpiry = ResponseParser::tokens(
            "[" + QByteArray(goodToken).replace("\"expiresAt\":null", "\"expiresAt\":\"never\"") +
            "]");
        QCOMPARE(badExpiry.error().detail(),
                 u"tokens[0].expiresAt: expected a number (epoch milliseconds) or null"_s);
        const auto noValue =
            ResponseParser::createdToken(QByteArray(goodToken).replace("\"value\"", "\"val\""));
        QCOMPARE(noValue.error().detail(), u"token.value: missing"_s);
    }

    // latchkey-gateway lists tokens without `value`, with its fingerprint and hint instead.
    void gatewayListsCarryFingerprintAndHint()
    {
        const QByteArray fingerprint = TokenFingerprint::of("pat_0123456789abcdefghijABCDEFGHIJkl");
        const QByteArray listed = QByteArray(goodToken).replace(
            "\"value\":\"pat_0123456789abcdefghijABCDEFGHIJkl\"",
            "\"fingerprint\":\"" + fingerprint + "\",\"hint\":\"IJkl\"");
        QVERIFY(!listed.contains("pat_"));
        const auto tokens = ResponseParser::tokens("[" + listed + "]");
        QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : tokens.error().detail()));
        QCOMPARE(tokens.value().constFirst().fingerprint, fingerprint);
        QCOMPARE(tokens.value().constFirst().hint, u"IJkl"_s);
        // The same token read from Logto's list (with its value) is the same token.
        QCOMPARE(tokens.value().constFirst(),
                 ResponseParser::tokens("[" + goodToken + "]").value().constFirst());
        const auto renamed = ResponseParser::token(listed);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed.value().fingerprint, fingerprint);

        // Neither a value nor a fingerprint; a fingerprint that is not lowercase SHA-256 hex;
        // a hint longer than a value's last four characters.
        const QByteArray bare = QByteArray(listed).replace("\"hint\":\"IJkl\"", "\"h\":1");
        QCOMPARE(ResponseParser::tokens("[" + bare + "]").error().detail(),
                 u"tokens[0].hint: missing"_s);
        const QByteArray upper = QByteArray(listed).replace(fingerprint, fingerprint.toUpper());
        QCOMPARE(ResponseParser::tokens("[" + upper + "]").error().detail(),
                 u"tokens[0].fingerprint: expected 64 lowercase hex digits"_s);
        const QByteArray longHint = QByteArray(listed).replace("IJkl", "HIJkl");
        QCOMPARE(ResponseParser::tokens("[" + longHint + "]").error().detail(),
                 u"tokens[0].hint: expected at most 4 characters"_s);

        // A create answer and a lost create's reconciliation need the value itself: a list
        // without values cannot stand in for it, so nothing is created twice.
        QCOMPARE(ResponseParser::createdToken(listed).error().detail(), u"token.value: missing"_s);
        QCOMPARE(
            ResponseParser::findToken("[" + listed + "]", u"ci / deploy #1"_s).error().detail(),
            u"tokens[0].value: missing"_s);
    }

    void createdTokenCarriesValue()
    {
        const auto created = ResponseParser::createdToken(goodToken);
        QVERIFY(created.ok());
        QCOMPARE(created.value().value.bytes(), "pat_0123456789abcdefghijABCDEFGHIJkl"_ba);
        QVERIFY(!created.value().reconciled);
    }

    void findTokenByExactName()
    {
        const QByteArray list =
            "[" + QByteArray(goodToken).replace("ci / deploy #1", "other") + "," + goodToken + "]";
        const auto found = ResponseParser::findToken(list, u"ci / deploy #1"_s);
        QVERIFY(found.ok() && found.value());
        QCOMPARE(found.value()->value.bytes(), "pat_0123456789abcdefghijABCDEFGHIJkl"_ba);
        const auto missing = ResponseParser::findToken(list, u"CI / deploy #1"_s);
        QVERIFY(missing.ok() && !missing.value());
    }

    void tokenEndpointAnswers()
    {
        const auto grant = ResponseParser::accessTokenGrant(
            R"({"access_token":"eyJ.a.b","expires_in":3600,"token_type":"Bearer","scope":"all"})");
        QVERIFY(grant.ok());
        QCOMPARE(grant.value().expiresIn, 3600);
        QCOMPARE(grant.value().accessToken.bytes(), "eyJ.a.b"_ba);
        QCOMPARE(ResponseParser::accessTokenGrant(R"({"access_token":"x","expires_in":"3600"})")
                     .error()
                     .detail(),
                 u"token response.expires_in: expected an integer"_s);
        const auto exchanged = ResponseParser::exchangedToken(
            R"({"access_token":"eyJ.a.b","expires_in":600,"token_type":"Bearer","scope":""})");
        QVERIFY(exchanged.ok());
        QCOMPARE(exchanged.value().tokenType, u"Bearer"_s);
        QCOMPARE(exchanged.value().expiresIn, 600);
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
