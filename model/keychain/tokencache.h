// TokenCache: "the plaintext is cached once in the keychain". Token values are
// kept under "token/<endpoint>/<fingerprint>" (a rename keeps them reachable),
// and an index entry "index/<endpoint>" remembers which fingerprints are there,
// because a keychain cannot list its entries.
#pragma once

#include "model/keychain/secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

namespace latchkey {

class TokenCache : public QObject
{
    Q_OBJECT
public:
    // The store is not owned and must outlive the cache.
    explicit TokenCache(SecretStore *store, QObject *parent = nullptr);
    ~TokenCache() override;

    // The endpoint as the cache's keys spell it: scheme://host[:port][/path], no
    // user info, no trailing slash. Callers pass this form to every other call.
    static QString endpointKey(const QUrl &endpoint);
    static QString secretKey(const QString &endpoint, const QByteArray &fingerprint);
    static QString indexKey(const QString &endpoint);

    // Reads the index of an endpoint; emits cachedChanged(.., true) for every
    // fingerprint it lists and then indexLoaded(). A locked keychain leaves the
    // endpoint unloaded (indexLoaded is not emitted); call again later.
    void loadIndex(const QString &endpoint);
    bool isIndexLoaded(const QString &endpoint) const;
    // Loads the index once (or not again when it is), then done(Ok), or the
    // keychain's failure (e.g. Locked) with the endpoint left unloaded. One read
    // answers "which of these tokens are cached" for a whole list; a value itself
    // is verified where it is needed (fetch).
    void whenIndexLoaded(const QString &endpoint, QObject *context, SecretStore::Completion done);
    // done runs once nothing is left to write to the endpoint's index (no read or
    // write under way, no change unwritten), or once the keychain refused it: a
    // process about to exit waits for this, or the index would lag behind the values.
    void whenIndexSettled(const QString &endpoint, QObject *context, std::function<void()> done);

    // What the cache believes the keychain holds; a copy always re-checks with fetch().
    bool isCached(const QString &endpoint, const QByteArray &fingerprint) const;
    QSet<QByteArray> cachedFingerprints(const QString &endpoint) const;

    // Caches a value. On failure the value waits in memory (never on disk) and is
    // retried on the next store() or retryPending(); storeFailed() tells the user.
    void store(const QString &endpoint, const QByteArray &fingerprint, const SecretBytes &value,
               QObject *context, SecretStore::Completion done);
    // Reads a cached value; NotFound also drops the fingerprint from the index.
    void fetch(const QString &endpoint, const QByteArray &fingerprint, QObject *context,
               SecretStore::ReadCompletion done);
    // Removes a cached value (after a delete or rotation); NotFound counts as done.
    void forget(const QString &endpoint, const QByteArray &fingerprint, QObject *context,
                SecretStore::Completion done);

    // False when the store forgets at quit (memory): cached, but not saved.
    bool isPersistent() const { return m_store->isPersistent(); }

    void retryPending();
    int pendingCount() const { return int(m_pending.size()); }
    bool isPending(const QString &endpoint, const QByteArray &fingerprint) const;

signals:
    void cachedChanged(const QString &endpoint, const QByteArray &fingerprint, bool cached);
    void indexLoaded(const QString &endpoint);
    // A value could not be cached; it is retried later. outcome.message is for the user.
    void storeFailed(const QString &endpoint, const QByteArray &fingerprint,
                     const SecretStore::Outcome &outcome);
    // The index entry could not be written; it is rewritten on the next change.
    void indexWriteFailed(const QString &endpoint, const SecretStore::Outcome &outcome);

private:
    struct Index
    {
        enum class State { Unloaded, Loading, Loaded };
        State state = State::Unloaded;
        QSet<QByteArray> fingerprints;
        // Changes made while the index could not be read, merged in once it is.
        QSet<QByteArray> addedUnloaded;
        QSet<QByteArray> removedUnloaded;
        bool writing = false;
        bool dirty = false;
        // whenIndexLoaded() callers waiting for the read under way.
        std::vector<std::pair<QPointer<QObject>, SecretStore::Completion>> waiting;
        // whenIndexSettled() callers.
        std::vector<std::pair<QPointer<QObject>, std::function<void()>>> settling;
    };
    struct Pending
    {
        QString endpoint;
        QByteArray fingerprint;
        SecretBytes value;
    };

    void writeValue(const QString &endpoint, const QByteArray &fingerprint, SecretBytes value,
                    QObject *context, SecretStore::Completion done);
    void setCached(const QString &endpoint, const QByteArray &fingerprint, bool cached);
    void ensureLoaded(const QString &endpoint);
    void notifyWaiting(const QString &endpoint, const SecretStore::Outcome &outcome);
    // Calls the whenIndexSettled() callers when nothing is under way (or refused is set).
    void notifySettled(const QString &endpoint, bool refused = false);
    void flushIndex(const QString &endpoint);
    void dropPending(const QString &endpoint, const QByteArray &fingerprint);
    static bool isValidFingerprint(const QByteArray &fingerprint);
    void failLater(QObject *context, const std::function<void(SecretStore::Outcome)> &done);

    SecretStore *m_store;
    QHash<QString, Index> m_indexes;
    std::vector<Pending> m_pending;
};

} // namespace latchkey
