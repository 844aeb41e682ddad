// FormEncoding: application/x-www-form-urlencoded bodies and HTTP Basic
// client credentials as OAuth (RFC 6749, section 2.3.1) wants them.
#pragma once

#include "net/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace latchkey {

class FormEncoding
{
public:
    // Percent-encodes everything but unreserved characters; space becomes '+'.
    static QByteArray encode(QByteArrayView value);
    // name=value&... ; values may be secrets, so the result is one too.
    static SecretBytes body(const QList<QPair<QByteArray, QByteArrayView>> &fields);
    // "Basic base64(encode(id):encode(secret))"
    static SecretBytes basicAuthorization(QByteArrayView clientId, QByteArrayView clientSecret);
};

} // namespace latchkey
