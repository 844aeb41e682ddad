#include "model/offline/knowntokenindex.h"

#include "model/keychain/tokencache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace latchkey {

KnownTokenIndex::KnownTokenIndex(const OfflineSnapshot *snapshots, TokenCache *cache,
                                 QObject *parent)
    : QObject(parent)
    , m_snapshots(snapshots)
    , m_cache(cache)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &KnownTokenIndex::finish);
    connect(m_cache, &TokenCache::indexLoaded, this, &KnownTokenIndex::onIndexLoaded);
}

void KnownTokenIndex::setConnections(const QHash<QString, QString> &endpointByConnection)
{
    m_endpoints = endpointByConnection;
}

void KnownTokenIndex::setOwnUsers(const QHash<QString, QString> &userIdByConnection)
{
    m_ownUsers = userIdByConnection;
}

void KnownTokenIndex::load(int timeoutMs)
{
    m_ready = false;
    m_waiting.clear();
    for (const QString &endpoint : std::as_const(m_endpoints)) {
        if (!m_cache->isIndexLoaded(endpoint))
            m_waiting.insert(endpoint);
    }
    if (m_waiting.isEmpty()) {
        // Keep the promise that ready() comes later, never from inside load().
        QTimer::singleShot(0, this, &KnownTokenIndex::finish);
        return;
    }
    m_timeout.start(timeoutMs);
    for (const QString &endpoint : QSet<QString>(m_waiting))
        m_cache->loadIndex(endpoint);
}

void KnownTokenIndex::onIndexLoaded(const QString &endpoint)
{
    if (!m_waiting.remove(endpoint) || !m_waiting.isEmpty())
        return;
    finish();
}

void KnownTokenIndex::finish()
{
    m_timeout.stop();
    m_waiting.clear();
    QHash<QString, QSet<QByteArray>> cached;
    for (const QString &endpoint : std::as_const(m_endpoints))
        cached.insert(endpoint, m_cache->cachedFingerprints(endpoint));
    // The snapshots are files (megabytes for big tenants): read them off the GUI
    // thread. Only the newest load's answer counts.
    const int generation = ++m_generation;
    QPointer<KnownTokenIndex> self(this);
    QThreadPool::globalInstance()->start([self, generation,
                                          snapshots = OfflineSnapshot(m_snapshots->directory()),
                                          endpoints = m_endpoints, owners = m_ownUsers, cached] {
        QList<KnownToken> tokens = build(snapshots.knownTokens(), endpoints, cached, owners);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, tokens = std::move(tokens)] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_tokens = tokens;
                self->m_ready = true;
                emit self->ready();
            },
            Qt::QueuedConnection);
    });
}

QList<KnownToken> KnownTokenIndex::build(const QList<KnownToken> &snapshotTokens,
                                         const QHash<QString, QString> &endpointByConnection,
                                         const QHash<QString, QSet<QByteArray>> &cachedByEndpoint,
                                         const QHash<QString, QString> &ownUserByConnection)
{
    QList<KnownToken> result;
    for (KnownToken token : snapshotTokens) {
        const QString endpoint = endpointByConnection.value(token.connectionName);
        token.cached = !endpoint.isEmpty() &&
                       cachedByEndpoint.value(endpoint).contains(token.fingerprint.toLower());
        const QString own = ownUserByConnection.value(token.connectionName);
        token.mine = !own.isEmpty() && own == token.userId;
        result.append(token);
    }
    return result;
}

} // namespace latchkey
