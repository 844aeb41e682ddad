#include "net/errormapper.h"

#include "net/logredactor.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

ApiError::Kind ErrorMapper::kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400:
        return Kind::InvalidInput;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
    case 422:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        return status >= 500 && status <= 599 ? Kind::Server : Kind::Http;
    }
}

ApiError ErrorMapper::fromResponse(int status, QByteArrayView body, QByteArrayView contentType,
                                   HttpRequest::Endpoint endpoint)
{
    const ApiError::Kind kind = kindForStatus(status);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject object = doc.object();
        QString code = object.value("code"_L1).toString();
        QString message = object.value("message"_L1).toString();
        if (endpoint == HttpRequest::Endpoint::Token) {
            const QString oauthError = object.value("error"_L1).toString();
            const QString description = object.value("error_description"_L1).toString();
            const QString logtoCode = code;
            if (!oauthError.isEmpty())
                code = oauthError;
            if (!description.isEmpty())
                message = description;
            return ApiError(kind, status, code, LogRedactor::redact(message),
                            logtoCode.isEmpty() ? QString() : u"Logto code %1"_s.arg(logtoCode));
        }
        return ApiError(kind, status, code, LogRedactor::redact(message));
    }

    // Proxies, gateways and Logto's own body-size limit answer in plain text or HTML.
    QString excerpt = QString::fromUtf8(body.first(qMin<qsizetype>(body.size(), 160))).simplified();
    const QString type =
        contentType.isEmpty() ? u"no content type"_s : QString::fromLatin1(contentType);
    const QString detail = excerpt.isEmpty()
                               ? u"HTTP %1 with an empty body (%2)"_s.arg(status).arg(type)
                               : u"HTTP %1 with a non-JSON body (%2): %3"_s.arg(status).arg(
                                     type, LogRedactor::redact(excerpt));
    return ApiError(kind, status, {}, {}, detail);
}

} // namespace latchkey
