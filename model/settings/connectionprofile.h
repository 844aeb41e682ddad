// ConnectionProfile: one saved connection to a Logto tenant (everything but
// the app secret, which lives only in the SecretStore).
#pragma once

#include "net/clientconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace latchkey {

struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::ConnectionProfile)

public:
    QString name;
    QUrl endpoint;
    QString appId;
    QString apiIndicator; // empty = derived from the endpoint
    QString userId;       // "my user": whose tokens the main window shows
    QString caFile;       // extra PEM CA certificates, empty = system store only
    bool allowPlainHttp = false;
    // Made by `latchkey --sandbox` for its built-in server: rewritten at each start,
    // never a user's profile, and never the default connection.
    bool sandbox = false;

    bool operator==(const ConnectionProfile &) const = default;

    // An empty string when the profile can be saved, otherwise why not (translated).
    QString validationError() const;

    // The net client's configuration for this profile and its app secret.
    // Returns nullopt and sets errorMessage when the CA file cannot be used.
    std::optional<ClientConfig> toClientConfig(SecretBytes appSecret,
                                               QString *errorMessage = nullptr) const;
};

} // namespace latchkey
