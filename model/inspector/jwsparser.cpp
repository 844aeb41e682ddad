#include "model/inspector/jwsparser.h"

#include "model/inspector/base64url.h"
#include "model/inspector/bytesplit.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

using namespace Qt::StringLiterals;

namespace latchkey {

JwsParseResult JwsParser::parse(QByteArrayView compact)
{
    JwsParseResult result;
    const QList<QByteArrayView> parts = splitView(compact, '.');
    if (parts.size() != 3) {
        result.error =
            tr("The token has %n part(s) separated by dots; a compact JWS has exactly 3.", nullptr,
               int(parts.size()));
        return result;
    }
    const std::optional<QByteArray> headerBytes = Base64Url::decode(parts[0]);
    if (!headerBytes || parts[0].isEmpty()) {
        result.error = tr("The header (part 1) is not valid base64url.");
        return result;
    }
    QJsonParseError error;
    const QJsonDocument headerJson = QJsonDocument::fromJson(*headerBytes, &error);
    if (error.error != QJsonParseError::NoError || !headerJson.isObject()) {
        result.error = tr("The header (part 1) is not a JSON object.");
        return result;
    }
    const std::optional<QByteArray> payload = Base64Url::decode(parts[1]);
    if (!payload) {
        result.error = tr("The payload (part 2) is not valid base64url.");
        return result;
    }
    std::optional<QByteArray> signature = Base64Url::decode(parts[2]);
    if (!signature) {
        result.error = tr("The signature (part 3) is not valid base64url.");
        return result;
    }

    ParsedJws jws;
    jws.signingInput =
        SecretBytes(compact.first(parts[0].size() + 1 + parts[1].size()).toByteArray());
    jws.header = headerJson.object();
    jws.payload = *payload;
    jws.signature = SecretBytes(std::move(*signature));
    const QJsonValue alg = jws.header.value(u"alg"_s);
    if (!alg.isString()) {
        result.error = tr("The header has no \"alg\" string.");
        return result;
    }
    jws.algorithm = alg.toString();
    jws.keyId = jws.header.value(u"kid"_s).toString();
    const QJsonDocument claims = QJsonDocument::fromJson(jws.payload, &error);
    if (error.error == QJsonParseError::NoError && claims.isObject())
        jws.claims = claims.object();
    result.jws = std::move(jws);
    return result;
}

} // namespace latchkey
