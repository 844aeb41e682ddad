// MemorySecretStore: a session-only SecretStore (for `latchkey --sandbox` on a
// machine without a Secret Service); everything is wiped when it is destroyed.
#pragma once

#include "model/keychain/secretstore.h"

#include <map>

namespace latchkey {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void write(const QString &key, const SecretBytes &secret, QObject *context,
               Completion done) override;
    void read(const QString &key, QObject *context, ReadCompletion done) override;
    void remove(const QString &key, QObject *context, Completion done) override;
    QString backendName() const override;
    bool isPersistent() const override { return false; }

    qsizetype size() const { return qsizetype(m_secrets.size()); }

private:
    std::map<QString, SecretBytes> m_secrets;
};

} // namespace latchkey
