// Test helpers for the sandbox: a small HTTP client over QNetworkAccessManager, a raw-socket
// exchange for what QNAM hides (repeated headers, resets, truncation), JWT verification with
// OpenSSL against the JWKS, and a checker for the subset of OpenAPI schemas Logto serves.
#pragma once

#include "tests/support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace Qt::StringLiterals;

namespace sandboxtest {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QString code() const { return object().value(u"code"_s).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

class HttpClient
{
public:
    explicit HttpClient(const QUrl &base)
        : m_base(base)
    {}

    void setBearer(const QByteArray &token) { m_bearer = token; }
    // Sent with every request from now on (e.g. the sandbox's hook key).
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        m_headers.append({name, value});
    }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    QNetworkAccessManager &manager() { return m_nam; }

    // rawTarget is sent exactly as given: percent escapes stay as they are.
    QNetworkRequest request(const QByteArray &rawTarget,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QNetworkRequest request(
            QUrl::fromEncoded(m_base.toEncoded() + rawTarget, QUrl::StrictMode));
        if (!m_bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_bearer);
        for (const auto &h : m_headers)
            request.setRawHeader(h.first, h.second);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        if (!m_ssl.isNull())
            request.setSslConfiguration(m_ssl);
        return request;
    }

    QNetworkReply *start(const QByteArray &method, const QByteArray &rawTarget,
                         const QByteArray &body = {}, const QByteArray &contentType = {},
                         const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest r = request(rawTarget, headers);
        if (!contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return m_nam.sendCustomRequest(r, method, body);
    }

    static HttpResult finish(QNetworkReply *reply, int timeoutMs = 15000)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(timeoutMs);
        }
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    HttpResult send(const QByteArray &method, const QByteArray &rawTarget,
                    const QByteArray &body = {}, const QByteArray &contentType = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return finish(start(method, rawTarget, body, contentType, headers));
    }

    HttpResult sendJson(const QByteArray &method, const QByteArray &rawTarget,
                        const QJsonValue &body)
    {
        const QByteArray bytes =
            body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        return send(method, rawTarget, bytes, "application/json");
    }

    HttpResult clientCredentials(
        const QString &appId, const QString &secret,
        const QByteArray &extraForm = "&resource=https%3A%2F%2Fdefault.logto.app%2Fapi&scope=all")
    {
        const QByteArray basic =
            (QUrl::toPercentEncoding(appId) + ':' + QUrl::toPercentEncoding(secret)).toBase64();
        const QByteArray savedBearer = m_bearer;
        m_bearer.clear();
        HttpResult r =
            send("POST", "/oidc/token", "grant_type=client_credentials" + extraForm,
                 "application/x-www-form-urlencoded", {{"Authorization", "Basic " + basic}});
        m_bearer = savedBearer;
        return r;
    }

    // Fetches a management token and uses it for the following calls.
    bool authenticate(const QString &appId, const QString &secret)
    {
        const HttpResult r = clientCredentials(appId, secret);
        m_bearer = r.object().value(u"access_token"_s).toString().toLatin1();
        return r.status == 200 && !m_bearer.isEmpty();
    }

private:
    QUrl m_base;
    QByteArray m_bearer;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
};

// Writes bytes on a fresh connection and collects the answer until the server closes the
// connection or timeoutMs pass; the event loop keeps running so an in-process server answers.
inline QByteArray rawExchange(quint16 port, const QByteArray &bytes, bool *closed = nullptr,
                              int timeoutMs = 5000)
{
    QTcpSocket socket;
    QByteArray received;
    bool wasClosed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { wasClosed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&] { wasClosed = true; });
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(bytes); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return wasClosed; }, timeoutMs);
    received += socket.readAll();
    if (closed)
        *closed = wasClosed;
    return received;
}

inline QByteArray rawRequest(const QByteArray &method, const QByteArray &target,
                             const QByteArray &bearer, const QByteArray &body = {},
                             bool close = true)
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!bearer.isEmpty())
        r += "Authorization: Bearer " + bearer + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    if (close)
        r += "Connection: close\r\n";
    return r + "\r\n" + body;
}

// Splits a raw HTTP/1.1 answer into status, headers (repeats kept) and body.
struct RawAnswer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QList<QByteArray> values(const QByteArray &name) const
    {
        QList<QByteArray> out;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                out.append(h.second);
        }
        return out;
    }
};

inline RawAnswer parseRaw(const QByteArray &raw)
{
    RawAnswer answer;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return answer;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    answer.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            answer.headers.append(
                {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    answer.body = raw.mid(end + 4);
    return answer;
}

inline QByteArray base64UrlDecode(const QByteArray &text)
{
    return QByteArray::fromBase64(text,
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QJsonObject jwtPart(const QByteArray &jwt, int index)
{
    return QJsonDocument::fromJson(base64UrlDecode(jwt.split('.').value(index))).object();
}

// Verifies an ES384 JWT against one JWK with OpenSSL: raw R||S -> ECDSA_SIG -> DER -> verify.
inline bool verifyEs384(const QByteArray &jwt, const QJsonObject &jwk)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray x = base64UrlDecode(jwk.value(u"x"_s).toString().toLatin1());
    const QByteArray y = base64UrlDecode(jwk.value(u"y"_s).toString().toLatin1());
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, "P-384", 0);
    OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                     size_t(point.size()));
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *fromData = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *key = nullptr;
    EVP_PKEY_fromdata_init(fromData);
    EVP_PKEY_fromdata(fromData, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(fromData);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    if (!key)
        return false;

    const QByteArray raw = base64UrlDecode(parts[2]);
    bool ok = false;
    if (raw.size() == 96) {
        ECDSA_SIG *sig = ECDSA_SIG_new();
        const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
        ECDSA_SIG_set0(sig, BN_bin2bn(bytes, 48, nullptr), BN_bin2bn(bytes + 48, 48, nullptr));
        unsigned char *der = nullptr;
        const int derLength = i2d_ECDSA_SIG(sig, &der);
        const QByteArray input = parts[0] + '.' + parts[1];
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha384(), nullptr, key) == 1 &&
             EVP_DigestVerify(ctx, der, size_t(derLength),
                              reinterpret_cast<const unsigned char *>(input.constData()),
                              size_t(input.size())) == 1;
        EVP_MD_CTX_free(ctx);
        OPENSSL_free(der);
        ECDSA_SIG_free(sig);
    }
    EVP_PKEY_free(key);
    return ok;
}

// The response schema Logto serves for one operation, from logto-openapi-users-pats.json.
inline QJsonObject responseSchema(const QString &path, const QString &method, const QString &status)
{
    static const QJsonObject spec = [] {
        QFile file(latchkey::test::TestPaths::source(
            u"tests/sandbox/data/logto-openapi-users-pats.json"_s));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return spec
        .value(u"paths"_s)[path][method][u"responses"_s][status][u"content"_s]
                          [u"application/json"_s][u"schema"_s]
        .toObject();
}

// Checks the subset of OpenAPI 3.0 these schemas use: type, nullable, required, properties,
// items, minLength/maxLength. Returns the first problem found, empty when valid.
inline QString schemaProblem(const QJsonValue &value, const QJsonObject &schema,
                             const QString &at = u"$"_s)
{
    if (value.isNull())
        return schema.value(u"nullable"_s).toBool() ? QString() : at + u": null is not allowed"_s;
    const QString type = schema.value(u"type"_s).toString();
    if (type == u"string"_s) {
        if (!value.isString())
            return at + u": expected a string"_s;
        const qsizetype length = value.toString().size();
        if (schema.contains(u"minLength"_s) && length < schema.value(u"minLength"_s).toInt())
            return at + u": shorter than minLength"_s;
        if (schema.contains(u"maxLength"_s) && length > schema.value(u"maxLength"_s).toInt())
            return at + u": longer than maxLength"_s;
    } else if (type == u"number"_s || type == u"integer"_s) {
        if (!value.isDouble())
            return at + u": expected a number"_s;
    } else if (type == u"boolean"_s) {
        if (!value.isBool())
            return at + u": expected a boolean"_s;
    } else if (type == u"array"_s) {
        if (!value.isArray())
            return at + u": expected an array"_s;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString problem =
                schemaProblem(array[i], schema.value(u"items"_s).toObject(), at + u"[%1]"_s.arg(i));
            if (!problem.isEmpty())
                return problem;
        }
    } else if (type == u"object"_s) {
        if (!value.isObject())
            return at + u": expected an object"_s;
        const QJsonObject object = value.toObject();
        for (const QJsonValue &required : schema.value(u"required"_s).toArray()) {
            if (!object.contains(required.toString()))
                return at + u": missing required property "_s + required.toString();
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!object.contains(it.key()))
                continue;
            const QString problem =
                schemaProblem(object.value(it.key()), it.value().toObject(), at + u'.' + it.key());
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace sandboxtest
