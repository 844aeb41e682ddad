// CtlSession: what one latchkeyctl run works with: the GUI's settings, profiles
// and keychain, and, once a profile is opened, its client, token cache and service.
#pragma once

#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/tokenservice.h"
#include "model/settings/appsettings.h"
#include "model/settings/connectionprofile.h"
#include "model/settings/profilestore.h"
#include "net/logtoclient.h"

#include <QCoreApplication>
#include <QObject>
#include <QSettings>

#include <functional>
#include <memory>

namespace latchkey {

class CtlSession : public QObject
{
    Q_OBJECT
public:
    explicit CtlSession(QObject *parent = nullptr);
    ~CtlSession() override;

    QSettings &settings() { return m_settings; }
    AppSettings &appSettings() { return m_appSettings; }
    ProfileStore &profiles() { return m_profiles; }
    // The GUI's offline snapshots: what latchkeyctl lists or issues goes there too,
    // so that "inspect" (here or in the app) recognises it offline.
    const OfflineSnapshot &snapshots() const { return m_snapshots; }

    // Opens a profile (empty = the current one): reads its app secret from the
    // keychain and builds the client, cache and token service. done gets an
    // error sentence, or an empty string on success.
    void open(const QString &profileName, std::function<void(QString)> done);

    const ConnectionProfile &profile() const { return m_profile; }
    LogtoClient *client() const { return m_client.get(); }
    TokenCache *cache() const { return m_cache.get(); }
    TokenService *service() const { return m_service.get(); }
    QString endpointKey() const;

    // The cache writes its index after the value; a CLI that exits right away
    // would lose it. done runs once the keychain's index holds what this run cached.
    void flush(std::function<void()> done);

private:
    void flushAttempt(int attemptsLeft, std::function<void()> done);

    QSettings m_settings;
    AppSettings m_appSettings;
    KeychainSecretStore m_secrets;
    ProfileStore m_profiles;
    OfflineSnapshot m_snapshots;
    RotationJournal m_journal;
    ConnectionProfile m_profile;
    std::unique_ptr<LogtoClient> m_client;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<TokenService> m_service;
};

} // namespace latchkey
