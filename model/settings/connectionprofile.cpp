#include "model/settings/connectionprofile.h"

#include <QFileInfo>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace latchkey {

QString ConnectionProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return tr("The connection needs a name.");
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return tr("The endpoint must be a URL such as https://tenant.logto.app.");
    const QString scheme = endpoint.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return tr("The endpoint must start with https:// (or http:// for a local server).");
    if (isDeveloper()) {
        if (!gateway.isValid() || gateway.host().isEmpty() ||
            (gateway.scheme().toLower() != u"https"_s && gateway.scheme().toLower() != u"http"_s))
            return tr("The gateway must be a URL such as https://latchkey.example.com.");
        if (appId.trimmed().isEmpty())
            return tr("The connection needs the app ID of the Native application you sign in "
                      "with.");
        if (apiIndicator.trimmed().isEmpty())
            return tr("The connection needs the gateway's API resource indicator.");
        return {};
    }
    if (appId.trimmed().isEmpty())
        return tr("The connection needs the app ID of a machine-to-machine application.");
    return {};
}

std::optional<ClientConfig> ConnectionProfile::toClientConfig(SecretBytes appSecret,
                                                              QString *errorMessage) const
{
    ClientConfig config;
    config.endpoint = endpoint;
    config.appId = appId;
    config.appSecret = std::move(appSecret);
    config.apiIndicator = apiIndicator;
    config.allowPlainHttp = allowPlainHttp;
    if (isDeveloper())
        config.gateway = gateway;
    if (!caFile.isEmpty()) {
        if (!QFileInfo(caFile).isReadable()) {
            if (errorMessage)
                *errorMessage = tr("The CA certificate file %1 cannot be read.").arg(caFile);
            return std::nullopt;
        }
        config.extraCaCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (config.extraCaCertificates.isEmpty())
            config.extraCaCertificates = QSslCertificate::fromPath(caFile, QSsl::Der);
        if (config.extraCaCertificates.isEmpty()) {
            if (errorMessage)
                *errorMessage = tr("The file %1 holds no CA certificate (PEM or DER).").arg(caFile);
            return std::nullopt;
        }
    }
    return config;
}

} // namespace latchkey
