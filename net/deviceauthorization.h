// DeviceAuthorization: the answer to a device authorization request (RFC 8628
// section 3.2): what the user types where, and what the device polls with.
#pragma once

#include "net/secretbytes.h"

#include <QString>
#include <QUrl>

namespace latchkey {

struct DeviceAuthorization
{
    SecretBytes deviceCode;
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // may be empty
    int expiresIn = 0;            // seconds
    // Logto sends no interval (docs/logto-api.md): then RFC 8628's 5 s.
    int interval = 5;
};

} // namespace latchkey
