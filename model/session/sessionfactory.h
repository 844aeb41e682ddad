// SessionFactory: opens a saved connection profile as a Session — reads its
// secret from the keychain and builds the client (with the bearer source its
// kind needs), the token service and the keeper. The one way the window,
// latchkeyctl and later the gateway open a connection.
#pragma once

#include "model/keychain/secretstore.h"
#include "model/session/sessionkind.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace latchkey {

struct ConnectionProfile;
class OfflineSnapshot;
class ProfileStore;
class RotationJournal;
class Session;
class TokenCache;

class SessionFactory
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::SessionFactory)

public:
    struct Error
    {
        enum class Kind {
            None,
            NoSuchProfile,
            Keychain, // the profile's secret could not be read; see keychain
            Config,   // the profile cannot be turned into a client (e.g. its CA file)
        };
        Kind kind = Kind::None;
        QString message; // translated, one sentence
        SecretStore::Outcome keychain;
    };
    using Opened = std::function<void(std::unique_ptr<Session>, Error)>;

    // Nothing is owned; all must outlive the factory and its sessions.
    // snapshots may be null (no offline copies kept).
    SessionFactory(ProfileStore *profiles, TokenCache *cache, RotationJournal *journal,
                   const OfflineSnapshot *snapshots);

    // Calls done once, later (never from inside open), with a session or why not;
    // not at all once context is destroyed.
    void open(const QString &profileName, QObject *context, Opened done);

    // How a saved profile authenticates.
    static SessionKind kindOf(const ConnectionProfile &profile);

    // The refresh lock of a developer profile: one file in the user's runtime
    // folder, named after the settings file and the profile, so that the app
    // and every latchkeyctl of this user agree on it.
    QString refreshLockPath(const QString &profileName) const;

private:
    void openAdmin(const ConnectionProfile &profile, QObject *context, Opened done);
    void openDeveloper(const ConnectionProfile &profile, QObject *context, Opened done);

    ProfileStore *m_profiles;
    TokenCache *m_cache;
    RotationJournal *m_journal;
    const OfflineSnapshot *m_snapshots;
};

} // namespace latchkey
