// AppSessionFactory: opens a saved connection for the window — reads its app
// secret from the keychain, builds the API client and the token service.
#include "app/latchkey/appsessionfactory.h"

#include "model/keychain/tokencache.h"
#include "model/operations/tokenbackend.h"
#include "model/operations/tokenservice.h"
#include "model/settings/profilestore.h"
#include "net/logtoclient.h"
#include "ui/connectionsession.h"

#include <QTimer>

namespace latchkey {

AppSessionFactory::AppSessionFactory(ProfileStore *profiles, TokenCache *cache,
                                     RotationJournal *journal)
    : m_profiles(profiles)
    , m_cache(cache)
    , m_journal(journal)
{}

void AppSessionFactory::open(const QString &profileName, QObject *context, Opened done)
{
    const auto profile = m_profiles->load(profileName);
    if (!profile) {
        QTimer::singleShot(0, context, [done, profileName] {
            done(nullptr, tr("There is no saved connection named “%1”.").arg(profileName));
        });
        return;
    }
    m_profiles->readSecret(
        profileName, context,
        [this, profile = *profile, done](SecretStore::Outcome outcome, SecretBytes secret) {
            if (!outcome.ok()) {
                done(nullptr, outcome.message);
                return;
            }
            QString error;
            auto config = profile.toClientConfig(std::move(secret), &error);
            if (!config) {
                done(nullptr, error);
                return;
            }
            auto *client = new LogtoClient(std::move(*config));
            TokenBackend backend;
            backend.client = client;
            backend.cache = m_cache;
            backend.journal = m_journal;
            backend.profile = profile.name;
            backend.endpoint = TokenCache::endpointKey(profile.endpoint);
            auto *tokens = new TokenService(backend);
            done(std::make_unique<ConnectionSession>(profile, client, tokens), QString());
        });
}

} // namespace latchkey
