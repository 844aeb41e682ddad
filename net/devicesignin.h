// DeviceSignIn: signs a developer in where no browser can open (an SSH
// session) with the device authorization grant (RFC 8628): shows a code and a
// URL to open on any other device, then polls the token endpoint — every 5 s
// (Logto names no interval), 5 s more after each slow_down — until the user
// confirmed, refused, or the code expired. On Logto it needs a Native app
// created as a device-flow app (docs/logto-api.md).
#pragma once

#include "net/browsersignin.h"
#include "net/deviceauthorization.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace latchkey {

class ApiCall;
class OidcClient;

class DeviceSignIn : public QObject
{
    Q_OBJECT
public:
    using ShowCode = std::function<void(const DeviceAuthorization &authorization)>;
    using Finished = BrowserSignIn::Finished;

    // oidc must outlive the sign-in.
    explicit DeviceSignIn(OidcClient *oidc, QObject *parent = nullptr);
    ~DeviceSignIn() override;

    // showCode runs once the server handed out a code; finished runs once, later.
    void start(const QString &clientId, const QString &extraScope, ShowCode showCode,
               Finished finished);
    void cancel();

private:
    void poll();
    void finish(Result<SignInGrant> result);

    OidcClient *m_oidc;
    QString m_clientId;
    Finished m_finished;
    SecretBytes m_deviceCode;
    QString m_issuer;
    std::chrono::milliseconds m_interval{5000};
    QDeadlineTimer m_expiry;
    QTimer m_next;
    QPointer<ApiCall> m_call;
};

} // namespace latchkey
