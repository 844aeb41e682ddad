// ConnectionSession: what the window works with while one connection is open —
// its profile, its API client and its token operations — owned together so
// that switching connections drops all of them at once.
#include "ui/connectionsession.h"

#include "model/keychain/tokencache.h"
#include "model/operations/tokenservice.h"
#include "net/logtoclient.h"

namespace latchkey {

ConnectionSession::ConnectionSession(const ConnectionProfile &profile, LogtoClient *client,
                                     TokenService *tokens, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(client)
    , m_tokens(tokens)
    , m_endpointKey(TokenCache::endpointKey(profile.endpoint))
{
    // Children are deleted in the order they were added: the service, which
    // uses the client, goes first.
    m_tokens->setParent(this);
    m_client->setParent(this);
}

ConnectionSession::~ConnectionSession() = default;

} // namespace latchkey
