// SessionFactory: opens a saved connection profile as a Session.
#include "model/session/sessionfactory.h"

#include "model/session/keychainrefreshtokenstore.h"
#include "model/session/session.h"
#include "model/settings/profilestore.h"
#include "net/accesstokenprovider.h"
#include "net/logtoclient.h"
#include "net/usersession.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace latchkey {

SessionFactory::SessionFactory(ProfileStore *profiles, TokenCache *cache, RotationJournal *journal,
                               const OfflineSnapshot *snapshots)
    : m_profiles(profiles)
    , m_cache(cache)
    , m_journal(journal)
    , m_snapshots(snapshots)
{}

SessionKind SessionFactory::kindOf(const ConnectionProfile &profile)
{
    return profile.kind;
}

QString SessionFactory::refreshLockPath(const QString &profileName) const
{
    const QByteArray id = QCryptographicHash::hash(m_profiles->identity(profileName).toUtf8(),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .left(24);
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
           u"/latchkey/refresh-"_s + QString::fromLatin1(id) + u".lock"_s;
}

void SessionFactory::open(const QString &profileName, QObject *context, Opened done)
{
    const std::optional<ConnectionProfile> profile = m_profiles->load(profileName);
    if (!profile) {
        Error error;
        error.kind = Error::Kind::NoSuchProfile;
        error.message = tr("There is no saved connection named “%1”.").arg(profileName);
        QTimer::singleShot(0, context, [done = std::move(done), error] { done(nullptr, error); });
        return;
    }
    switch (kindOf(*profile)) {
    case SessionKind::Admin:
        openAdmin(*profile, context, std::move(done));
        return;
    case SessionKind::Developer:
        openDeveloper(*profile, context, std::move(done));
        return;
    }
}

void SessionFactory::openDeveloper(const ConnectionProfile &profile, QObject *context, Opened done)
{
    // Nothing to read first: the sign-in is read from the keychain when the
    // first request needs a token (and may be missing: then it is signed out).
    Error error;
    std::optional<ClientConfig> config = profile.toClientConfig({}, &error.message);
    if (!config) {
        error.kind = Error::Kind::Config;
        QTimer::singleShot(0, context, [done = std::move(done), error] { done(nullptr, error); });
        return;
    }
    auto store = std::make_unique<KeychainRefreshTokenStore>(m_profiles->secrets(), profile.name);
    auto client = std::make_unique<LogtoClient>(
        std::move(*config), UserSession::maker(store.get(), refreshLockPath(profile.name)));
    auto session = std::make_shared<std::unique_ptr<Session>>(
        std::make_unique<Session>(SessionKind::Developer, profile, std::move(client), m_cache,
                                  m_journal, m_snapshots, std::move(store)));
    QTimer::singleShot(0, context,
                       [done = std::move(done), session] { done(std::move(*session), Error()); });
}

void SessionFactory::openAdmin(const ConnectionProfile &profile, QObject *context, Opened done)
{
    m_profiles->readSecret(
        profile.name, context,
        [this, profile, done = std::move(done)](SecretStore::Outcome outcome, SecretBytes secret) {
            Error error;
            if (!outcome.ok()) {
                error.kind = Error::Kind::Keychain;
                error.keychain = outcome;
                error.message = outcome.message.isEmpty() ? SecretStore::messageFor(outcome.status)
                                                          : outcome.message;
                done(nullptr, error);
                return;
            }
            std::optional<ClientConfig> config =
                profile.toClientConfig(std::move(secret), &error.message);
            if (!config) {
                error.kind = Error::Kind::Config;
                done(nullptr, error);
                return;
            }
            auto client =
                std::make_unique<LogtoClient>(std::move(*config), AccessTokenProvider::maker());
            done(std::make_unique<Session>(SessionKind::Admin, profile, std::move(client), m_cache,
                                           m_journal, m_snapshots),
                 Error());
        });
}

} // namespace latchkey
