#include "model/keychain/memorysecretstore.h"

#include <QMetaObject>

#include <memory>

namespace latchkey {

MemorySecretStore::~MemorySecretStore()
{
    // SecretBytes wipes itself; clearing explicitly keeps the order obvious.
    m_secrets.clear();
}

void MemorySecretStore::write(const QString &key, const SecretBytes &secret, QObject *context,
                              Completion done)
{
    m_secrets.insert_or_assign(key, secret.clone());
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done(Outcome{}); }, Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCompletion done)
{
    const auto it = m_secrets.find(key);
    if (it == m_secrets.end()) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(makeOutcome(Outcome::Status::NotFound), {}); },
            Qt::QueuedConnection);
        return;
    }
    // The copy is taken now so that a remove() before the callback cannot change it;
    // shared_ptr because queued functors must be copyable.
    auto value = std::make_shared<SecretBytes>(it->second.clone());
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value] { done(Outcome{}, std::move(*value)); },
        Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &key, QObject *context, Completion done)
{
    const bool existed = m_secrets.erase(key) > 0;
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), existed] {
            done(existed ? Outcome{} : makeOutcome(Outcome::Status::NotFound));
        },
        Qt::QueuedConnection);
}

QString MemorySecretStore::backendName() const
{
    return tr("Memory (this session only)");
}

} // namespace latchkey
