// Test helpers for the gateway: a sandbox playing Logto with a resource for the gateway,
// users with PATs exchanged for the gateway's access tokens, and forged tokens.
#pragma once

#include "app/gateway/gatewayserver.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtesthelpers.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>

namespace gatewaytest {

using namespace sandboxtest;

inline const QString kResource = u"https://gateway.latchkey.test/api"_s;

inline QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A sandbox (with test hooks: faults, request counts, forged tokens) and an admin client.
class LogtoFixture
{
public:
    bool start()
    {
        latchkey::SandboxOptions options;
        options.testHooks = true;
        QString error;
        if (!sandbox.start(options, &error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        admin = std::make_unique<HttpClient>(sandbox.endpoint());
        return admin->authenticate(sandbox.appId(), sandbox.appSecret()) &&
               !sandbox.ensureResource(kResource, u"Latchkey gateway"_s).isEmpty();
    }

    latchkey::GatewayConfig gatewayConfig() const
    {
        latchkey::GatewayConfig config;
        config.logtoEndpoint = sandbox.endpoint();
        config.appId = sandbox.appId();
        config.appSecret = latchkey::SecretBytes::fromString(sandbox.appSecret());
        config.resource = kResource;
        return config;
    }

    QString createUser(const QString &username)
    {
        return admin->sendJson("POST", "/api/users", QJsonObject{{u"username"_s, username}})
            .object()
            .value(u"id"_s)
            .toString();
    }

    QString createPat(const QString &userId, const QString &name)
    {
        return admin
            ->sendJson("POST", "/api/users/" + userId.toLatin1() + "/personal-access-tokens",
                       QJsonObject{{u"name"_s, name}})
            .object()
            .value(u"value"_s)
            .toString();
    }

    // Logto's answer to exchanging a PAT (form: resource, scope, ...).
    HttpResult exchange(const QString &pat, const QByteArray &extraForm)
    {
        HttpClient client(sandbox.endpoint());
        const QByteArray form =
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange"
            "&subject_token_type=urn%3Alogto%3Atoken-type%3Apersonal_access_token"
            "&subject_token=" +
            QUrl::toPercentEncoding(pat) + extraForm;
        const QByteArray basic =
            (sandbox.appId() + u':' + sandbox.appSecret()).toLatin1().toBase64();
        return client.send("POST", "/oidc/token", form, "application/x-www-form-urlencoded",
                           {{"Authorization", "Basic " + basic}});
    }

    // A developer's access token for the gateway, as the desktop would get it.
    QByteArray gatewayToken(const QString &pat, const QString &resource = kResource,
                            const QString &scope = {})
    {
        QByteArray form = "&resource=" + QUrl::toPercentEncoding(resource);
        if (!scope.isEmpty())
            form += "&scope=" + QUrl::toPercentEncoding(scope);
        return exchange(pat, form).object().value(u"access_token"_s).toString().toLatin1();
    }

    QJsonObject jwk()
    {
        return HttpClient(sandbox.endpoint())
            .send("GET", "/oidc/jwks")
            .object()[u"keys"_s][0]
            .toObject();
    }

    // Claims as Logto's for userId, which a test then spoils one at a time.
    QJsonObject claimsFor(const QString &userId) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{u"jti"_s, u"test-jti"_s},
                {u"sub"_s, userId},
                {u"iat"_s, double(now)},
                {u"exp"_s, double(now + 3600)},
                {u"client_id"_s, sandbox.appId()},
                {u"iss"_s, sandbox.endpoint().toString() + u"/oidc"_s},
                {u"aud"_s, kResource}};
    }

    QJsonObject headerWithKid(const QString &kid, const QString &typ = u"at+jwt"_s) const
    {
        return {{u"alg"_s, u"ES384"_s}, {u"typ"_s, typ}, {u"kid"_s, kid}};
    }

    QByteArray forge(const QJsonObject &header, const QJsonObject &claims) const
    {
        return sandbox.signWithSandboxKey(header, claims);
    }

    latchkey::SandboxServer sandbox;
    std::unique_ptr<HttpClient> admin;
};

// The same claims, unsigned (alg none) or HMAC-signed with the public key as the secret
// (the classic algorithm-confusion forgery).
inline QByteArray unsignedToken(const QJsonObject &claims, const QString &kid)
{
    const QJsonObject header{{u"alg"_s, u"none"_s}, {u"typ"_s, u"at+jwt"_s}, {u"kid"_s, kid}};
    return b64url(compact(header)) + '.' + b64url(compact(claims)) + '.';
}

inline QByteArray hmacWithPublicKey(const QJsonObject &claims, const QJsonObject &jwk)
{
    const QJsonObject header{{u"alg"_s, u"HS256"_s},
                             {u"typ"_s, u"at+jwt"_s},
                             {u"kid"_s, jwk.value(u"kid"_s).toString()}};
    const QByteArray input = b64url(compact(header)) + '.' + b64url(compact(claims));
    const QByteArray secret = compact(jwk);
    return input + '.' +
           b64url(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

} // namespace gatewaytest
