#include "model/keychain/pendingsecretstore.h"

namespace latchkey {

PendingSecretStore::PendingSecretStore(QObject *parent)
    : SecretStore(parent)
{}

PendingSecretStore::~PendingSecretStore() = default;

void PendingSecretStore::setBackend(std::unique_ptr<SecretStore> backend)
{
    if (m_backend || !backend)
        return;
    m_backend = std::move(backend);
    std::vector<Waiting> waiting;
    waiting.swap(m_waiting);
    for (Waiting &call : waiting) {
        if (!call.hasContext || call.context)
            call.call(*m_backend, call.context);
    }
}

void PendingSecretStore::write(const QString &key, const SecretBytes &secret, QObject *context,
                               Completion done)
{
    if (m_backend) {
        m_backend->write(key, secret, context, std::move(done));
        return;
    }
    // The waiting call keeps its own copy (wiped when it is done or dropped).
    auto kept = std::make_shared<SecretBytes>(secret.clone());
    m_waiting.push_back(
        {context, context != nullptr, [key, kept, done](SecretStore &store, QObject *ctx) {
             store.write(key, *kept, ctx, done);
             kept->clear();
         }});
}

void PendingSecretStore::read(const QString &key, QObject *context, ReadCompletion done)
{
    if (m_backend) {
        m_backend->read(key, context, std::move(done));
        return;
    }
    m_waiting.push_back(
        {context, context != nullptr,
         [key, done](SecretStore &store, QObject *ctx) { store.read(key, ctx, done); }});
}

void PendingSecretStore::remove(const QString &key, QObject *context, Completion done)
{
    if (m_backend) {
        m_backend->remove(key, context, std::move(done));
        return;
    }
    m_waiting.push_back(
        {context, context != nullptr,
         [key, done](SecretStore &store, QObject *ctx) { store.remove(key, ctx, done); }});
}

QString PendingSecretStore::backendName() const
{
    return m_backend ? m_backend->backendName() : tr("Keychain (waiting for it to answer)");
}

bool PendingSecretStore::isPersistent() const
{
    return !m_backend || m_backend->isPersistent();
}

} // namespace latchkey
