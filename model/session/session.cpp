// Session: one open connection, what either front (window, latchkeyctl) and
// later the gateway work with.
#include "model/session/session.h"

#include "model/exchange/tokenexchanger.h"
#include "model/keychain/tokencache.h"
#include "model/offline/connectionkeeper.h"
#include "model/operations/tokenservice.h"
#include "net/logtoclient.h"

namespace latchkey {

Session::Session(SessionKind kind, const ConnectionProfile &profile,
                 std::unique_ptr<LogtoClient> client, TokenCache *cache, RotationJournal *journal,
                 const OfflineSnapshot *snapshots, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_profile(profile)
    , m_endpointKey(TokenCache::endpointKey(profile.endpoint))
    , m_client(std::move(client))
{
    TokenBackend backend;
    backend.client = m_client.get();
    backend.cache = cache;
    backend.journal = journal;
    backend.profile = profile.name;
    backend.endpoint = m_endpointKey;
    m_tokens = std::make_unique<TokenService>(backend);
    m_keeper =
        std::make_unique<ConnectionKeeper>(m_client.get(), profile.name, m_endpointKey, snapshots);
    m_exchanger = std::make_unique<TokenExchanger>(
        backend, TokenExchanger::clientFor(profile, m_client.get()), snapshots);
}

Session::~Session() = default;

void Session::setRetiredLog(RetiredTokenLog *log)
{
    m_tokens->setRetiredLog(log);
    m_exchanger->setRetiredLog(log);
}

} // namespace latchkey
