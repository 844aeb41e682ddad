#include "app/gateway/tokenrequest.h"

#include "net/jsonfields.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

std::optional<QJsonObject> object(QByteArrayView body, TokenRequest *request)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        request->error = u"The request body must be a JSON object."_s;
        return std::nullopt;
    }
    return document.object();
}

bool readString(const QJsonObject &body, const QString &member, QString *out, TokenRequest *request)
{
    const QJsonValue value = body.value(member);
    if (!value.isString()) {
        request->error = u"`%1` must be a string."_s.arg(member);
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

TokenRequest TokenRequest::create(QByteArrayView body)
{
    TokenRequest request;
    const auto json = object(body, &request);
    if (!json || !readString(*json, u"name"_s, &request.name, &request))
        return request;
    const QJsonValue expires = json->value(u"expiresAt"_s);
    if (!expires.isUndefined() && !expires.isNull()) {
        request.expiresAt = JsonFields::exactInteger(expires);
        if (!request.expiresAt)
            request.error =
                u"`expiresAt` must be a time in epoch milliseconds, or null for never."_s;
    }
    return request;
}

TokenRequest TokenRequest::rename(QByteArrayView body)
{
    TokenRequest request;
    const auto json = object(body, &request);
    if (!json || !readString(*json, u"name"_s, &request.name, &request))
        return request;
    request.currentName = request.name;
    if (json->contains(u"currentName"_s))
        readString(*json, u"currentName"_s, &request.currentName, &request);
    return request;
}

TokenRequest TokenRequest::revoke(QByteArrayView body)
{
    TokenRequest request;
    if (const auto json = object(body, &request))
        readString(*json, u"name"_s, &request.name, &request);
    return request;
}

} // namespace latchkey
