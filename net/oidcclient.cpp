// OidcClient: a Native app's calls to Logto's OIDC endpoints.
#include "net/oidcclient.h"

#include "net/apirequest.h"
#include "net/clientconfig.h"
#include "net/formencoding.h"
#include "net/netlog.h"
#include "net/pendingcall.h"
#include "net/responseparser.h"

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

const char kDeviceCodeGrant[] = "urn:ietf:params:oauth:grant-type:device_code";

ApiError notOffered(const QString &what)
{
    return ApiError(ApiError::Kind::NotFound, 0, u"latchkey.not_offered"_s, {},
                    u"the server's discovery document names no %1"_s.arg(what));
}

} // namespace

OidcClient::OidcClient(QNetworkAccessManager *manager, const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_config(config)
{}

OidcClient::~OidcClient()
{
    qDeleteAll(findChildren<PendingCall *>(Qt::FindDirectChildrenOnly));
}

QString OidcClient::signInScope(const QString &extraScope)
{
    // offline_access: a refresh token (Logto issues one to a Native app only
    // with prompt=consent too, docs/logto-api.md); profile: the user's name.
    QString scope = u"openid offline_access profile"_s;
    if (!extraScope.trimmed().isEmpty())
        scope += u' ' + extraScope.trimmed();
    return scope;
}

void OidcClient::withEndpoints(PendingCall *call, std::function<void(const OidcEndpoints &)> then,
                               std::function<void(const ApiError &)> failed)
{
    if (m_endpoints) {
        then(*m_endpoints);
        return;
    }
    HttpRequest request;
    request.method = "GET";
    request.url = m_config.endpointUrl(u"/oidc/.well-known/openid-configuration"_s);
    request.endpoint = HttpRequest::Endpoint::Other;
    request.repeatable = true;
    auto *step = new ApiRequest(m_manager, m_config, nullptr, std::move(request), call);
    call->setStep(step);
    step->start(
        [this, then = std::move(then), failed = std::move(failed)](ApiRequest::Outcome outcome) {
            if (outcome.error.isError()) {
                failed(outcome.error);
                return;
            }
            auto endpoints = ResponseParser::oidcEndpoints(outcome.response.body.view());
            if (!endpoints) {
                failed(endpoints.error());
                return;
            }
            m_endpoints = endpoints.value();
            then(*m_endpoints);
        });
}

template<typename T>
ApiCall *OidcClient::post(QObject *context, Callback<T> done,
                          std::function<QUrl(const OidcEndpoints &)> where, SecretBytes body,
                          bool repeatable, std::function<Result<T>(QByteArrayView)> parse)
{
    auto *call = new PendingCall(context, this);
    auto deliver = [call, done](Result<T> result) {
        call->finish([&] {
            if (done)
                done(std::move(result));
        });
    };
    auto form = std::make_shared<SecretBytes>(std::move(body));
    withEndpoints(
        call,
        [this, call, deliver, where = std::move(where), form, repeatable,
         parse = std::move(parse)](const OidcEndpoints &endpoints) {
            const QUrl url = where(endpoints);
            if (url.isEmpty()) {
                deliver(notOffered(u"endpoint for this"_s));
                return;
            }
            HttpRequest request;
            request.method = "POST";
            request.url = url;
            request.contentType = "application/x-www-form-urlencoded";
            request.body = std::move(*form);
            request.endpoint = HttpRequest::Endpoint::Token;
            request.repeatable = repeatable;
            auto *step = new ApiRequest(m_manager, m_config, nullptr, std::move(request), call);
            call->setStep(step);
            step->start([deliver, parse](ApiRequest::Outcome outcome) {
                if (outcome.error.isError())
                    deliver(outcome.error);
                else
                    deliver(parse(outcome.response.body.view()));
            });
        },
        [deliver](const ApiError &error) { deliver(error); });
    return call;
}

ApiCall *OidcClient::endpoints(QObject *context, Callback<OidcEndpoints> done)
{
    auto *call = new PendingCall(context, this);
    auto deliver = [call, done](Result<OidcEndpoints> result) {
        call->finish([&] {
            if (done)
                done(std::move(result));
        });
    };
    // Answered from the event loop even when kept, as every call is.
    QMetaObject::invokeMethod(
        call,
        [this, call, deliver] {
            withEndpoints(
                call, [deliver](const OidcEndpoints &endpoints) { deliver(endpoints); },
                [deliver](const ApiError &error) { deliver(error); });
        },
        Qt::QueuedConnection);
    return call;
}

ApiCall *OidcClient::redeemCode(const QString &clientId, QByteArrayView code,
                                QByteArrayView verifier, const QString &redirectUri,
                                QObject *context, Callback<UserTokenGrant> done)
{
    const QByteArray client = clientId.toUtf8();
    const QByteArray redirect = redirectUri.toUtf8();
    const QByteArray resource = m_config.effectiveApiIndicator().toUtf8();
    SecretBytes body = FormEncoding::body({{"grant_type", "authorization_code"},
                                           {"code", code},
                                           {"redirect_uri", redirect},
                                           {"code_verifier", verifier},
                                           {"client_id", client},
                                           {"resource", resource}});
    // A code is good once: redeeming it again revokes what the first gave
    // (docs/logto-api.md), so a lost answer is not retried.
    return post<UserTokenGrant>(
        context, std::move(done), [](const OidcEndpoints &e) { return e.token; }, std::move(body),
        false, &ResponseParser::userTokenGrant);
}

ApiCall *OidcClient::refresh(const QString &clientId, const SecretBytes &refreshToken,
                             QObject *context, Callback<UserTokenGrant> done)
{
    const QByteArray client = clientId.toUtf8();
    const QByteArray resource = m_config.effectiveApiIndicator().toUtf8();
    SecretBytes body = FormEncoding::body({{"grant_type", "refresh_token"},
                                           {"refresh_token", refreshToken.view()},
                                           {"client_id", client},
                                           {"resource", resource}});
    // Not repeated by the request runner: a refresh whose answer was lost may
    // have rotated the token, and only the next run can tell (it gets
    // invalid_grant and the user signs in again; nothing else is lost).
    return post<UserTokenGrant>(
        context, std::move(done), [](const OidcEndpoints &e) { return e.token; }, std::move(body),
        false, &ResponseParser::userTokenGrant);
}

ApiCall *OidcClient::revoke(const QString &clientId, const SecretBytes &refreshToken,
                            QObject *context, Callback<Done> done)
{
    const QByteArray client = clientId.toUtf8();
    SecretBytes body = FormEncoding::body({{"token", refreshToken.view()},
                                           {"token_type_hint", "refresh_token"},
                                           {"client_id", client}});
    return post<Done>(
        context, std::move(done), [](const OidcEndpoints &e) { return e.revocation; },
        std::move(body), true, [](QByteArrayView) { return Result<Done>(Done()); });
}

ApiCall *OidcClient::authorizeDevice(const QString &clientId, const QString &scope,
                                     QObject *context, Callback<DeviceAuthorization> done)
{
    const QByteArray client = clientId.toUtf8();
    const QByteArray scopes = scope.toUtf8();
    const QByteArray resource = m_config.effectiveApiIndicator().toUtf8();
    SecretBytes body =
        FormEncoding::body({{"client_id", client}, {"scope", scopes}, {"resource", resource}});
    return post<DeviceAuthorization>(
        context, std::move(done), [](const OidcEndpoints &e) { return e.deviceAuthorization; },
        std::move(body), true, &ResponseParser::deviceAuthorization);
}

ApiCall *OidcClient::pollDevice(const QString &clientId, const SecretBytes &deviceCode,
                                QObject *context, Callback<UserTokenGrant> done)
{
    const QByteArray client = clientId.toUtf8();
    const QByteArray resource = m_config.effectiveApiIndicator().toUtf8();
    SecretBytes body = FormEncoding::body({{"grant_type", kDeviceCodeGrant},
                                           {"device_code", deviceCode.view()},
                                           {"client_id", client},
                                           {"resource", resource}});
    // Polling again after success revokes the grant (docs/logto-api.md): no blind repeat.
    return post<UserTokenGrant>(
        context, std::move(done), [](const OidcEndpoints &e) { return e.token; }, std::move(body),
        false, &ResponseParser::userTokenGrant);
}

} // namespace latchkey
