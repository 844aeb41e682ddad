#include "app/gateway/jwkscache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

JwksCache::JwksCache(Fetch fetch, std::chrono::milliseconds refetchInterval, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_interval(refetchInterval)
{}

bool JwksCache::mayRefresh() const
{
    // Without any key every request needs the set, so only the single flight limits fetches.
    return !m_keys || m_nextFetchAllowed.hasExpired();
}

void JwksCache::refresh(QObject *context, std::function<void()> ready)
{
    if (!m_fetching && !mayRefresh()) {
        QMetaObject::invokeMethod(
            context, [ready = std::move(ready)] { ready(); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({context, std::move(ready)});
    if (m_fetching)
        return;
    m_fetching = true;
    m_nextFetchAllowed.setRemainingTime(m_interval);
    m_fetch(this, [this](Result<QByteArray> document) {
        if (document)
            load(document.value());
        finishFetch();
    });
}

void JwksCache::finishFetch()
{
    m_fetching = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.ready();
    }
}

bool JwksCache::load(const QByteArray &json)
{
    // The signing keys only: a symmetric ("oct") key in a public key set would let anyone
    // who read the set sign tokens, and a key meant for encryption signs nothing.
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonArray kept;
    for (const QJsonValue &key : document.object().value(u"keys"_s).toArray()) {
        const QJsonObject jwk = key.toObject();
        const QString use = jwk.value(u"use"_s).toString(u"sig"_s);
        if (jwk.value(u"kty"_s).toString() == u"oct"_s || use != u"sig"_s)
            continue;
        kept.append(jwk);
    }
    VerificationKey keys = VerificationKey::fromJwks(
        QJsonDocument(QJsonObject{{u"keys"_s, kept}}).toJson(QJsonDocument::Compact));
    if (!keys.jwkSet() || keys.jwkSet()->keys().empty())
        return false;
    m_keys = std::move(keys);
    ++m_generation;
    m_nextFetchAllowed.setRemainingTime(m_interval);
    return true;
}

} // namespace latchkey
