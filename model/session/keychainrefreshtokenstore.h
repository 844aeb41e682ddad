// KeychainRefreshTokenStore: a developer profile's refresh token, in the
// SecretStore (the system keychain) under "refreshtoken/<profile>", with the id
// of the app it was issued to. Nowhere else: not in the settings, not on disk.
#pragma once

#include "net/refreshtokenstore.h"

#include <QObject>
#include <QString>

namespace latchkey {

class SecretStore;

class KeychainRefreshTokenStore : public QObject, public RefreshTokenStore
{
    Q_OBJECT
public:
    // secrets must outlive the store.
    KeychainRefreshTokenStore(SecretStore *secrets, const QString &profileName,
                              QObject *parent = nullptr);

    void read(QObject *context, ReadDone done) override;
    void write(const Grant &grant, QObject *context, Done done) override;
    void remove(QObject *context, Done done) override;

    QString key() const { return m_key; }

    // "<clientId>\n<refresh token>", the one value kept (both change together).
    static SecretBytes encode(const Grant &grant);
    static std::optional<Grant> decode(const SecretBytes &value);

private:
    SecretStore *m_secrets;
    QString m_key;
};

} // namespace latchkey
