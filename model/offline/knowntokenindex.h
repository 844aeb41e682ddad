// KnownTokenIndex: the tokens Latchkey knows (snapshots plus keychain cache),
// as the inspector's KnownToken list, without any token value.
#pragma once

#include "model/inspector/knowntoken.h"
#include "model/offline/offlinesnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace latchkey {

class TokenCache;

class KnownTokenIndex : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive the index.
    KnownTokenIndex(const OfflineSnapshot *snapshots, TokenCache *cache, QObject *parent = nullptr);

    // Which endpoint each connection uses, so that a snapshot's tokens can be
    // matched against that endpoint's keychain index.
    void setConnections(const QHash<QString, QString> &endpointByConnection);
    // Each connection's own user, so that their tokens are told apart as "yours".
    void setOwnUsers(const QHash<QString, QString> &userIdByConnection);

    // Reads the snapshots and every connection's keychain index, then emits
    // ready(). A locked keychain does not answer; after timeoutMs the list is
    // built from what is known, with those tokens marked not cached.
    void load(int timeoutMs = 5000);
    bool isReady() const { return m_ready; }
    QList<KnownToken> tokens() const { return m_tokens; }

    // Marks each snapshot entry cached when its connection's keychain index lists it.
    // A cached value no snapshot names is left out: without its name and expiry the
    // inspector's sentence would be wrong.
    // Marks mine the tokens of each connection's own user (ownUserByConnection).
    static QList<KnownToken> build(const QList<KnownToken> &snapshotTokens,
                                   const QHash<QString, QString> &endpointByConnection,
                                   const QHash<QString, QSet<QByteArray>> &cachedByEndpoint,
                                   const QHash<QString, QString> &ownUserByConnection = {});

signals:
    void ready();

private:
    void onIndexLoaded(const QString &endpoint);
    void finish();

    const OfflineSnapshot *m_snapshots;
    TokenCache *m_cache;
    QHash<QString, QString> m_endpoints;
    QHash<QString, QString> m_ownUsers;
    QSet<QString> m_waiting;
    QList<KnownToken> m_tokens;
    QTimer m_timeout;
    bool m_ready = false;
    int m_generation = 0;
};

} // namespace latchkey
