// Session: one open connection, what either front (window, latchkeyctl) and
// later the gateway work with.
#include "model/session/session.h"

#include "model/exchange/tokenexchanger.h"
#include "model/keychain/tokencache.h"
#include "model/offline/connectionkeeper.h"
#include "model/operations/tokenservice.h"
#include "model/session/keychainrefreshtokenstore.h"
#include "net/logtoclient.h"

namespace latchkey {

Session::Session(SessionKind kind, const ConnectionProfile &profile,
                 std::unique_ptr<LogtoClient> client, TokenCache *cache, RotationJournal *journal,
                 const OfflineSnapshot *snapshots,
                 std::unique_ptr<KeychainRefreshTokenStore> signInStore, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_profile(profile)
    , m_endpointKey(TokenCache::endpointKey(profile.endpoint))
    , m_signInStore(std::move(signInStore))
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
    if (UserSession *signIn = userSession())
        connect(signIn, &UserSession::stateChanged, this, &Session::signInStateChanged);
}

Session::~Session() = default;

void Session::setNotes(TokenNotes *notes)
{
    m_tokens->setNotes(notes);
}

TokenNotes *Session::notes() const
{
    return m_tokens->notes();
}

void Session::setRetiredLog(RetiredTokenLog *log)
{
    m_tokens->setRetiredLog(log);
    m_exchanger->setRetiredLog(log);
}

UserSession *Session::userSession() const
{
    return qobject_cast<UserSession *>(m_client->bearer());
}

void Session::setUserId(const QString &userId)
{
    m_profile.userId = userId;
}

void Session::loadPolicy()
{
    if (!isDeveloper())
        return;
    m_client->gatewayPolicy(this, [this](Result<TokenPolicy> policy) {
        if (!policy)
            return; // the dialogs fall back to the app's own limits
        m_policy = policy.value();
        emit policyChanged();
    });
}

} // namespace latchkey
