// ConnectionProfile: one saved connection to a Logto tenant, of either kind:
// an administrator's (an M2M app; its secret lives only in the SecretStore) or
// a developer's (signs in as themselves through latchkey-gateway; the refresh
// token lives only in the SecretStore). One format for both; a profile saved
// before there were kinds is an administrator's.
#pragma once

#include "model/session/sessionkind.h"
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
    SessionKind kind = SessionKind::Admin;
    QUrl endpoint; // the Logto tenant
    // Admin: the M2M app; Developer: the Native app signed in with.
    QString appId;
    // Admin: empty = derived from the endpoint; Developer: the gateway's resource.
    QString apiIndicator;
    QString userId; // "my user": whose tokens the main window shows (Developer: who signed in)
    QString caFile; // extra PEM CA certificates, empty = system store only
    bool allowPlainHttp = false;
    // Made by `latchkey --sandbox` for its built-in server: rewritten at each start,
    // never a user's profile, and never the default connection.
    bool sandbox = false;
    QUrl gateway;        // Developer: latchkey-gateway's URL
    QString deviceAppId; // Developer: the device-flow Native app (optional)

    bool isDeveloper() const { return kind == SessionKind::Developer; }

    bool operator==(const ConnectionProfile &) const = default;

    // An empty string when the profile can be saved, otherwise why not (translated).
    QString validationError() const;

    // The net client's configuration for this profile and its app secret (none
    // for a developer). Returns nullopt and sets errorMessage when the CA file
    // cannot be used.
    std::optional<ClientConfig> toClientConfig(SecretBytes appSecret,
                                               QString *errorMessage = nullptr) const;
};

} // namespace latchkey
