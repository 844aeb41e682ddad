// HttpResponse: what one attempt of an HttpRequest brought back.
#pragma once

#include "net/apierror.h"
#include "net/secretbytes.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace latchkey {

struct HttpResponse
{
    int status = 0;   // 0 when no HTTP answer arrived
    SecretBytes body; // may hold secrets (token values, access tokens)
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set when the attempt failed below HTTP: network, timeout, TLS, oversized, insecure.
    ApiError transportError;
    // The request went out completely: without an answer the server may have acted on it.
    bool requestSent = false;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool isSuccess() const { return !transportError.isError() && status >= 200 && status < 300; }
    // Sent but not answered: the server may or may not have done the work.
    bool isAmbiguous() const
    {
        return requestSent && (transportError.kind() == ApiError::Kind::Network ||
                               transportError.kind() == ApiError::Kind::Timeout);
    }
};

} // namespace latchkey
