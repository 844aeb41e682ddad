#include "model/keychain/tokencache.h"

#include <QPointer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace latchkey {

using Status = SecretStore::Outcome::Status;

TokenCache::TokenCache(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

TokenCache::~TokenCache() = default;

QString TokenCache::endpointKey(const QUrl &endpoint)
{
    QUrl url = endpoint.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                 QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if (url.path() == u"/"_s)
        url.setPath({});
    return url.toString();
}

QString TokenCache::secretKey(const QString &endpoint, const QByteArray &fingerprint)
{
    return u"token/"_s + endpoint + u'/' + QString::fromLatin1(fingerprint);
}

QString TokenCache::indexKey(const QString &endpoint)
{
    return u"index/"_s + endpoint;
}

bool TokenCache::isValidFingerprint(const QByteArray &fingerprint)
{
    return fingerprint.size() == 64 &&
           std::all_of(fingerprint.begin(), fingerprint.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool TokenCache::isIndexLoaded(const QString &endpoint) const
{
    const auto it = m_indexes.constFind(endpoint);
    return it != m_indexes.cend() && it->state == Index::State::Loaded;
}

bool TokenCache::isCached(const QString &endpoint, const QByteArray &fingerprint) const
{
    const auto it = m_indexes.constFind(endpoint);
    return it != m_indexes.cend() && it->fingerprints.contains(fingerprint);
}

QSet<QByteArray> TokenCache::cachedFingerprints(const QString &endpoint) const
{
    return m_indexes.value(endpoint).fingerprints;
}

bool TokenCache::isPending(const QString &endpoint, const QByteArray &fingerprint) const
{
    return std::any_of(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
        return p.endpoint == endpoint && p.fingerprint == fingerprint;
    });
}

void TokenCache::failLater(QObject *context, const std::function<void(SecretStore::Outcome)> &done)
{
    QMetaObject::invokeMethod(
        context,
        [done] {
            done({Status::Failed, tr("The token cannot be cached: its fingerprint is invalid.")});
        },
        Qt::QueuedConnection);
}

void TokenCache::loadIndex(const QString &endpoint)
{
    ensureLoaded(endpoint);
}

void TokenCache::ensureLoaded(const QString &endpoint)
{
    Index &index = m_indexes[endpoint];
    if (index.state != Index::State::Unloaded)
        return;
    index.state = Index::State::Loading;
    m_store->read(indexKey(endpoint), this,
                  [this, endpoint](SecretStore::Outcome outcome, SecretBytes content) {
                      Index &index = m_indexes[endpoint];
                      if (!outcome.ok() && outcome.status != Status::NotFound) {
                          // Locked or unavailable: keep what this session knows, try again later.
                          index.state = Index::State::Unloaded;
                          notifyWaiting(endpoint, outcome);
                          notifySettled(endpoint, true);
                          return;
                      }
                      QSet<QByteArray> stored;
                      for (const QByteArray &line : content.bytes().split('\n')) {
                          const QByteArray fingerprint = line.trimmed();
                          if (isValidFingerprint(fingerprint))
                              stored.insert(fingerprint);
                      }
                      const QSet<QByteArray> before = index.fingerprints;
                      QSet<QByteArray> merged =
                          (stored | index.addedUnloaded) - index.removedUnloaded;
                      const bool changedByUs = merged != stored;
                      index.fingerprints = merged;
                      index.addedUnloaded.clear();
                      index.removedUnloaded.clear();
                      index.state = Index::State::Loaded;
                      for (const QByteArray &fingerprint : merged) {
                          if (!before.contains(fingerprint))
                              emit cachedChanged(endpoint, fingerprint, true);
                      }
                      if (changedByUs || index.dirty)
                          flushIndex(endpoint);
                      emit indexLoaded(endpoint);
                      notifyWaiting(endpoint, {});
                      notifySettled(endpoint);
                  });
}

void TokenCache::whenIndexLoaded(const QString &endpoint, QObject *context,
                                 SecretStore::Completion done)
{
    if (isIndexLoaded(endpoint)) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_indexes[endpoint].waiting.emplace_back(context, std::move(done));
    ensureLoaded(endpoint);
}

void TokenCache::whenIndexSettled(const QString &endpoint, QObject *context,
                                  std::function<void()> done)
{
    m_indexes[endpoint].settling.emplace_back(context, std::move(done));
    // Never inside the call, even when already settled.
    QMetaObject::invokeMethod(
        this, [this, endpoint] { notifySettled(endpoint); }, Qt::QueuedConnection);
}

void TokenCache::notifySettled(const QString &endpoint, bool refused)
{
    Index &index = m_indexes[endpoint];
    const bool busy = index.state == Index::State::Loading || index.writing ||
                      (index.state == Index::State::Loaded && index.dirty);
    if (busy && !refused)
        return;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> settling;
    settling.swap(index.settling);
    for (const auto &[context, done] : settling) {
        if (context)
            done();
    }
}

void TokenCache::notifyWaiting(const QString &endpoint, const SecretStore::Outcome &outcome)
{
    std::vector<std::pair<QPointer<QObject>, SecretStore::Completion>> waiting;
    waiting.swap(m_indexes[endpoint].waiting);
    for (const auto &[context, done] : waiting) {
        if (context)
            done(outcome);
    }
}

void TokenCache::setCached(const QString &endpoint, const QByteArray &fingerprint, bool cached)
{
    Index &index = m_indexes[endpoint];
    const bool was = index.fingerprints.contains(fingerprint);
    if (was == cached)
        return;
    if (cached)
        index.fingerprints.insert(fingerprint);
    else
        index.fingerprints.remove(fingerprint);
    if (index.state != Index::State::Loaded) {
        (cached ? index.addedUnloaded : index.removedUnloaded).insert(fingerprint);
        (cached ? index.removedUnloaded : index.addedUnloaded).remove(fingerprint);
    }
    index.dirty = true;
    emit cachedChanged(endpoint, fingerprint, cached);
    flushIndex(endpoint);
}

void TokenCache::flushIndex(const QString &endpoint)
{
    Index &index = m_indexes[endpoint];
    if (index.state != Index::State::Loaded) {
        // Writing now would overwrite entries this session has not read yet.
        ensureLoaded(endpoint);
        return;
    }
    if (index.writing) {
        index.dirty = true;
        return;
    }
    index.dirty = false;
    index.writing = true;
    QList<QByteArray> sorted(index.fingerprints.begin(), index.fingerprints.end());
    std::sort(sorted.begin(), sorted.end());
    m_store->write(indexKey(endpoint), SecretBytes(sorted.join('\n')), this,
                   [this, endpoint](SecretStore::Outcome outcome) {
                       Index &index = m_indexes[endpoint];
                       index.writing = false;
                       if (!outcome.ok()) {
                           index.dirty = true;
                           emit indexWriteFailed(endpoint, outcome);
                           notifySettled(endpoint, true);
                           return;
                       }
                       if (index.dirty)
                           flushIndex(endpoint);
                       notifySettled(endpoint);
                   });
}

void TokenCache::dropPending(const QString &endpoint, const QByteArray &fingerprint)
{
    std::erase_if(m_pending, [&](const Pending &p) {
        return p.endpoint == endpoint && p.fingerprint == fingerprint;
    });
}

void TokenCache::store(const QString &endpoint, const QByteArray &fingerprint,
                       const SecretBytes &value, QObject *context, SecretStore::Completion done)
{
    if (!isValidFingerprint(fingerprint) || endpoint.isEmpty()) {
        failLater(context, done);
        return;
    }
    dropPending(endpoint, fingerprint);
    retryPending();
    ensureLoaded(endpoint);
    writeValue(endpoint, fingerprint, value.clone(), context, std::move(done));
}

void TokenCache::writeValue(const QString &endpoint, const QByteArray &fingerprint,
                            SecretBytes value, QObject *context, SecretStore::Completion done)
{
    // The value is kept until the write is known to have worked, so that a
    // failure can be queued for a retry; shared because callbacks are copied.
    auto kept = std::make_shared<SecretBytes>(std::move(value));
    m_store->write(secretKey(endpoint, fingerprint), *kept, this,
                   [this, endpoint, fingerprint, kept, ctx = QPointer<QObject>(context),
                    hasContext = context != nullptr, done](SecretStore::Outcome outcome) {
                       if (outcome.ok()) {
                           kept->clear();
                           setCached(endpoint, fingerprint, true);
                       } else if (!isPending(endpoint, fingerprint)) {
                           m_pending.push_back({endpoint, fingerprint, std::move(*kept)});
                           emit storeFailed(endpoint, fingerprint, outcome);
                       }
                       if (hasContext && ctx && done)
                           done(outcome);
                   });
}

void TokenCache::retryPending()
{
    std::vector<Pending> retry;
    retry.swap(m_pending);
    for (Pending &p : retry)
        writeValue(p.endpoint, p.fingerprint, std::move(p.value), nullptr, {});
}

void TokenCache::fetch(const QString &endpoint, const QByteArray &fingerprint, QObject *context,
                       SecretStore::ReadCompletion done)
{
    if (!isValidFingerprint(fingerprint) || endpoint.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done({Status::NotFound, SecretStore::messageFor(Status::NotFound)}, {});
            },
            Qt::QueuedConnection);
        return;
    }
    m_store->read(secretKey(endpoint, fingerprint), context,
                  [this, endpoint, fingerprint, guard = QPointer<TokenCache>(this),
                   done = std::move(done)](SecretStore::Outcome outcome, SecretBytes value) {
                      if (guard) {
                          if (outcome.ok())
                              setCached(endpoint, fingerprint, true);
                          else if (outcome.status == Status::NotFound)
                              setCached(endpoint, fingerprint, false);
                      }
                      done(outcome, std::move(value));
                  });
}

void TokenCache::forget(const QString &endpoint, const QByteArray &fingerprint, QObject *context,
                        SecretStore::Completion done)
{
    dropPending(endpoint, fingerprint);
    m_store->remove(secretKey(endpoint, fingerprint), this,
                    [this, endpoint, fingerprint, ctx = QPointer<QObject>(context),
                     done = std::move(done)](SecretStore::Outcome outcome) {
                        if (outcome.status == Status::NotFound)
                            outcome = {};
                        if (outcome.ok())
                            setCached(endpoint, fingerprint, false);
                        if (ctx && done)
                            done(outcome);
                    });
}

} // namespace latchkey
