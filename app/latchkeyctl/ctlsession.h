// CtlSession: what one latchkeyctl run works with: the GUI's settings, profiles,
// keychain, token cache and offline snapshots, and, once a profile is opened by
// the model's SessionFactory (as the window opens it), its Session.
#pragma once

#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/offline/retiredtokenlog.h"
#include "model/offline/tokennotes.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/tokenservice.h"
#include "model/session/session.h"
#include "model/session/sessionfactory.h"
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
    // The tokens Latchkey revoked or replaced, for the where-used scan.
    RetiredTokenLog &retired() { return m_retired; }
    // The users' notes on tokens, shared with the window.
    TokenNotes &notes() { return m_notes; }

    // Opens a profile (empty = the current one) as a Session. done gets an
    // error sentence, or an empty string on success.
    void open(const QString &profileName, std::function<void(QString)> done);

    // Valid once open() succeeded.
    Session *session() const { return m_session.get(); }
    const ConnectionProfile &profile() const { return m_session->profile(); }
    LogtoClient *client() const { return m_session->client(); }
    TokenCache *cache() { return &m_cache; }
    TokenService *service() const { return m_session->tokens(); }
    QString endpointKey() const { return m_session->endpointKey(); }

    // The keeper writes the offline copies on a worker, and the cache writes its
    // index after the value; a CLI that exits right away would lose them. done
    // runs once both hold what this run listed, issued and cached.
    void flush(std::function<void()> done);

private:
    QSettings m_settings;
    AppSettings m_appSettings;
    KeychainSecretStore m_secrets;
    ProfileStore m_profiles;
    OfflineSnapshot m_snapshots;
    RetiredTokenLog m_retired;
    TokenNotes m_notes;
    RotationJournal m_journal;
    TokenCache m_cache;
    SessionFactory m_sessions;
    std::unique_ptr<Session> m_session;
};

} // namespace latchkey
