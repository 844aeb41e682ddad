// PendingSecretStore: a SecretStore whose backend is chosen later, once the
// keychain probe has answered (the window is up long before that). Calls made
// meanwhile wait, in order, and go to the chosen backend.
#pragma once

#include "model/keychain/secretstore.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace latchkey {

class PendingSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit PendingSecretStore(QObject *parent = nullptr);
    ~PendingSecretStore() override;

    // Takes the backend (once) and hands it every call that waited.
    void setBackend(std::unique_ptr<SecretStore> backend);
    SecretStore *backend() const { return m_backend.get(); }

    void write(const QString &key, const SecretBytes &secret, QObject *context,
               Completion done) override;
    void read(const QString &key, QObject *context, ReadCompletion done) override;
    void remove(const QString &key, QObject *context, Completion done) override;
    QString backendName() const override;
    bool isPersistent() const override;

private:
    // A waiting call: runs against the backend with its context, unless that went.
    struct Waiting
    {
        QPointer<QObject> context;
        bool hasContext = false; // a call without one (a retry) always runs
        std::function<void(SecretStore &, QObject *)> call;
    };

    std::unique_ptr<SecretStore> m_backend;
    std::vector<Waiting> m_waiting;
};

} // namespace latchkey
