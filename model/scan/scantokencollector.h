// ScanTokenCollector: gathers what the where-used scan looks for: every token
// of the offline snapshots (each front keeps its last lists there), the values
// in the keychain (by the cache's index; never read), and the tokens Latchkey
// revoked or replaced. A front adds the lists it has open as Source::List.
#pragma once

#include "model/inspector/knowntoken.h"
#include "model/offline/retiredtokenlog.h"
#include "model/scan/scantoken.h"
#include "net/personalaccesstoken.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace latchkey {

class KnownTokenIndex;
class OfflineSnapshot;
class TokenCache;

class ScanTokenCollector : public QObject
{
    Q_OBJECT
public:
    // Nothing is owned; all must outlive the collector. retired may be null.
    ScanTokenCollector(const OfflineSnapshot *snapshots, TokenCache *cache,
                       const RetiredTokenLog *retired, QObject *parent = nullptr);
    ~ScanTokenCollector() override;

    // Which endpoint each connection uses (its cache index is read).
    void setConnections(const QHash<QString, QString> &endpointByConnection);
    // Reads everything off the GUI thread and emits ready() once; a locked
    // keychain is waited for at most timeoutMs, then left out.
    void collect(int timeoutMs = 5000);

    static ScanToken fromList(const PersonalAccessToken &token, const QString &connection,
                              const QString &userLabel);
    static QList<ScanToken> merge(const QList<KnownToken> &snapshotTokens,
                                  const QHash<QString, QSet<QByteArray>> &cachedByConnection,
                                  const QList<RetiredTokenLog::Entry> &retired);

signals:
    void ready(const QList<latchkey::ScanToken> &tokens);

private:
    void onIndexReady();

    TokenCache *m_cache;
    const RetiredTokenLog *m_retired;
    KnownTokenIndex *m_index;
    QHash<QString, QString> m_endpoints;
    int m_generation = 0;
};

} // namespace latchkey
