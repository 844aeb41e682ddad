// Tests ErrorMapper and ApiError's sentences for Logto, OAuth and non-JSON error bodies.
#include "net/errormapper.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestErrorMapper : public QObject
{
    Q_OBJECT

private slots:
    void kindsByStatus()
    {
        QCOMPARE(ErrorMapper::kindForStatus(400), Kind::InvalidInput);
        QCOMPARE(ErrorMapper::kindForStatus(401), Kind::Unauthorized);
        QCOMPARE(ErrorMapper::kindForStatus(403), Kind::Forbidden);
        QCOMPARE(ErrorMapper::kindForStatus(404), Kind::NotFound);
        QCOMPARE(ErrorMapper::kindForStatus(422), Kind::Conflict);
        QCOMPARE(ErrorMapper::kindForStatus(429), Kind::RateLimited);
        QCOMPARE(ErrorMapper::kindForStatus(503), Kind::Server);
        QCOMPARE(ErrorMapper::kindForStatus(302), Kind::Http);
        QCOMPARE(ErrorMapper::kindForStatus(418), Kind::Http);
    }

    void logtoBody()
    {
        const ApiError error = ErrorMapper::fromResponse(
            422, R"({"code":"user.personal_access_token_name_exists","message":"Name exists."})",
            "application/json", HttpRequest::Endpoint::Api);
        QCOMPARE(error.kind(), Kind::Conflict);
        QCOMPARE(error.httpStatus(), 422);
        QCOMPARE(error.code(), u"user.personal_access_token_name_exists"_s);
        QCOMPARE(error.serverMessage(), u"Name exists."_s);
        QCOMPARE(error.userMessage(),
                 u"A token with this name already exists for this user. Choose another name."_s);
        QVERIFY(!error.isRetryable());
    }

    void oauthBody()
    {
        const ApiError error = ErrorMapper::fromResponse(
            400,
            R"({"code":"oidc.invalid_grant","message":"An OIDC error occurred: oidc.invalid_grant.","error":"invalid_grant","error_description":"grant request is invalid"})",
            "application/json", HttpRequest::Endpoint::Token);
        QCOMPARE(error.kind(), Kind::InvalidInput);
        QCOMPARE(error.code(), u"invalid_grant"_s);
        QVERIFY(error.isInvalidGrant());
        QCOMPARE(error.serverMessage(), u"grant request is invalid"_s);
        QCOMPARE(error.userMessage(),
                 u"This token is not valid: deleted, expired, or its user is suspended."_s);
    }

    void nonJsonBodyKeepsStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("logto body limit") << 404 << "Not Found"_ba << int(Kind::NotFound);
        QTest::newRow("gateway html")
            << 502 << "<html><body>Bad Gateway</body></html>"_ba << int(Kind::Server);
        QTest::newRow("empty") << 503 << QByteArray() << int(Kind::Server);
    }

    void nonJsonBodyKeepsStatus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const ApiError error =
            ErrorMapper::fromResponse(status, body, "text/html", HttpRequest::Endpoint::Api);
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(error.code().isEmpty());
        QVERIFY2(error.userMessage().contains(QString::number(status)),
                 qPrintable(error.userMessage()));
        QVERIFY(error.detail().contains(QString::number(status)));
    }

    void everyKindHasASentence()
    {
        for (int k = int(Kind::Network); k <= int(Kind::SignedOut); ++k) {
            const ApiError error(Kind(k), 0, {}, {}, u"detail"_s);
            QVERIFY2(error.userMessage().endsWith(u'.'), qPrintable(ApiError::kindName(Kind(k))));
            QVERIFY(!ApiError::kindName(Kind(k)).isEmpty());
        }
        QVERIFY(ApiError().userMessage().isEmpty());
    }

    void retryable()
    {
        QVERIFY(ApiError(Kind::Server, 503, {}, {}).isRetryable());
        QVERIFY(!ApiError(Kind::Server, 500, {}, {}).isRetryable());
        QVERIFY(ApiError(Kind::Network, 0, {}, {}).isRetryable());
        QVERIFY(ApiError(Kind::RateLimited, 429, {}, {}).isRetryable());
        QVERIFY(!ApiError(Kind::Tls, 0, {}, {}).isRetryable());
    }
};

QTEST_GUILESS_MAIN(TestErrorMapper)
#include "tst_errormapper.moc"
