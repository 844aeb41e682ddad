// KeychainSecretStore: SecretStore on the system keychain through QtKeychain
// (Secret Service on Linux), never with QtKeychain's plaintext-file fallback.
#pragma once

#include "model/keychain/secretstore.h"

namespace latchkey {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // Tests pass their own service name so that parallel runs never meet.
    explicit KeychainSecretStore(const QString &service = defaultService(),
                                 QObject *parent = nullptr);

    static QString defaultService();
    QString service() const { return m_service; }

    void write(const QString &key, const SecretBytes &secret, QObject *context,
               Completion done) override;
    void read(const QString &key, QObject *context, ReadCompletion done) override;
    void remove(const QString &key, QObject *context, Completion done) override;
    QString backendName() const override;

    // Writes, reads back and deletes a probe entry: Ok when a backend really
    // answers, so that the app can fall back to memory and say why otherwise.
    static void probe(QObject *context, Completion done, const QString &service = defaultService());

private:
    void confirmNotFound(QObject *context, const ReadCompletion &done);
    static QString lockProbeKey();

    QString m_service;
};

} // namespace latchkey
