// OidcClient: a Native app's (public client's) calls to Logto's OIDC endpoints:
// discovery, redeeming an authorization code, refreshing, revoking, and the
// device authorization grant. Every call answers once, later, on the context's
// thread, and not at all once the context is gone (like LogtoClient's).
#pragma once

#include "net/deviceauthorization.h"
#include "net/logtoclient.h"
#include "net/oidcendpoints.h"
#include "net/result.h"
#include "net/usertokengrant.h"

#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace latchkey {

class PendingCall;
struct ClientConfig;

class OidcClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    // manager and config must outlive the client. The resource asked for is the
    // config's API indicator (a developer's: the gateway's).
    OidcClient(QNetworkAccessManager *manager, const ClientConfig &config,
               QObject *parent = nullptr);
    ~OidcClient() override;

    // "openid offline_access profile", plus the gateway's own scope when it has one.
    static QString signInScope(const QString &extraScope);

    // The discovery document, fetched once and kept.
    ApiCall *endpoints(QObject *context, Callback<OidcEndpoints> done);
    // Code redemption (RFC 6749 section 4.1.3 + RFC 7636 section 4.5), with
    // resource, so that the access token is a JWT for the gateway.
    ApiCall *redeemCode(const QString &clientId, QByteArrayView code, QByteArrayView verifier,
                        const QString &redirectUri, QObject *context,
                        Callback<UserTokenGrant> done);
    // The refresh_token grant. Never repeated after a lost answer: Logto rotates
    // the refresh token on every use.
    ApiCall *refresh(const QString &clientId, const SecretBytes &refreshToken, QObject *context,
                     Callback<UserTokenGrant> done);
    // RFC 7009 revocation of a refresh token (200 even for an unknown token).
    ApiCall *revoke(const QString &clientId, const SecretBytes &refreshToken, QObject *context,
                    Callback<Done> done);
    // RFC 8628: the device authorization request, then one poll of the token endpoint.
    ApiCall *authorizeDevice(const QString &clientId, const QString &scope, QObject *context,
                             Callback<DeviceAuthorization> done);
    ApiCall *pollDevice(const QString &clientId, const SecretBytes &deviceCode, QObject *context,
                        Callback<UserTokenGrant> done);

    const ClientConfig &config() const { return m_config; }

private:
    // Runs `then` with the endpoints (fetching them first when needed) as a step of call.
    void withEndpoints(PendingCall *call, std::function<void(const OidcEndpoints &)> then,
                       std::function<void(const ApiError &)> failed);
    // POSTs the form `body` to the endpoint `where` picks, and parses a 2xx answer.
    template<typename T>
    ApiCall *post(QObject *context, Callback<T> done,
                  std::function<QUrl(const OidcEndpoints &)> where, SecretBytes body,
                  bool repeatable, std::function<Result<T>(QByteArrayView)> parse);

    QNetworkAccessManager *m_manager;
    const ClientConfig &m_config;
    std::optional<OidcEndpoints> m_endpoints;
};

} // namespace latchkey
