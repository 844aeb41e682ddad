#include "model/scan/scantokencollector.h"

#include "model/keychain/tokencache.h"
#include "model/offline/knowntokenindex.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace latchkey {

ScanTokenCollector::ScanTokenCollector(const OfflineSnapshot *snapshots, TokenCache *cache,
                                       const RetiredTokenLog *retired, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_retired(retired)
    , m_index(new KnownTokenIndex(snapshots, cache, this))
{
    connect(m_index, &KnownTokenIndex::ready, this, &ScanTokenCollector::onIndexReady);
}

ScanTokenCollector::~ScanTokenCollector() = default;

void ScanTokenCollector::setConnections(const QHash<QString, QString> &endpointByConnection)
{
    m_endpoints = endpointByConnection;
    m_index->setConnections(endpointByConnection);
}

void ScanTokenCollector::collect(int timeoutMs)
{
    m_index->load(timeoutMs);
}

void ScanTokenCollector::onIndexReady()
{
    QHash<QString, QSet<QByteArray>> cached;
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
        cached.insert(it.key(), m_cache->cachedFingerprints(it.value()));
    const int generation = ++m_generation;
    QPointer<ScanTokenCollector> self(this);
    // The retired list is a file: read it off the GUI thread, like the snapshots.
    QThreadPool::globalInstance()->start(
        [self, generation, known = m_index->tokens(), cached,
         retired = m_retired ? std::optional<RetiredTokenLog>(*m_retired) : std::nullopt] {
            QList<ScanToken> tokens = merge(
                known, cached, retired ? retired->entries() : QList<RetiredTokenLog::Entry>());
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, tokens = std::move(tokens)] {
                    if (self && generation == self->m_generation)
                        emit self->ready(tokens);
                },
                Qt::QueuedConnection);
        });
}

ScanToken ScanTokenCollector::fromList(const PersonalAccessToken &token, const QString &connection,
                                       const QString &userLabel)
{
    ScanToken scan;
    scan.fingerprint = token.fingerprint;
    scan.name = token.name;
    scan.connection = connection;
    scan.userLabel = userLabel.isEmpty() ? token.userId : userLabel;
    scan.expiresAt = token.expiresAt;
    scan.source = ScanToken::Source::List;
    return scan;
}

QList<ScanToken>
ScanTokenCollector::merge(const QList<KnownToken> &snapshotTokens,
                          const QHash<QString, QSet<QByteArray>> &cachedByConnection,
                          const QList<RetiredTokenLog::Entry> &retired)
{
    QList<ScanToken> tokens;
    QSet<QByteArray> named;
    for (const KnownToken &known : snapshotTokens) {
        ScanToken token;
        token.fingerprint = known.fingerprint.toLower();
        token.name = known.name;
        token.connection = known.connectionName;
        token.userLabel = known.userLabel;
        token.expiresAt = known.expiresAt;
        token.cached = known.cached;
        token.source = ScanToken::Source::Snapshot;
        named.insert(token.fingerprint);
        tokens.append(token);
    }
    for (const RetiredTokenLog::Entry &entry : retired) {
        ScanToken token;
        token.fingerprint = entry.fingerprint;
        token.name = entry.name;
        token.connection = entry.profile;
        token.userLabel = entry.userId;
        token.expiresAt = entry.expiresAt;
        token.retiredAt = entry.retiredAt;
        token.source = ScanToken::Source::Retired;
        named.insert(token.fingerprint);
        tokens.append(token);
    }
    // A value in the keychain that no list names is still a token of that connection.
    for (auto it = cachedByConnection.cbegin(); it != cachedByConnection.cend(); ++it) {
        for (const QByteArray &fingerprint : it.value()) {
            if (named.contains(fingerprint.toLower()))
                continue;
            ScanToken token;
            token.fingerprint = fingerprint.toLower();
            token.connection = it.key();
            token.cached = true;
            token.source = ScanToken::Source::Cache;
            tokens.append(token);
        }
    }
    return tokens;
}

} // namespace latchkey
