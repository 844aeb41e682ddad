// ProfileStore: the saved connections. Metadata in QSettings (group
// "profiles/<name>"); an admin's app secret only in the SecretStore
// ("appsecret/<name>"), a developer's refresh token too ("refreshtoken/<name>").
#pragma once

#include "model/keychain/secretstore.h"
#include "model/settings/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class QSettings;

namespace latchkey {

class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // Neither settings nor secrets are owned; both must outlive the store.
    ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    QStringList names() const; // sorted
    QList<ConnectionProfile> list() const;
    std::optional<ConnectionProfile> load(const QString &name) const;
    bool contains(const QString &name) const;

    static QString secretKey(const QString &profileName);
    static QString refreshTokenKey(const QString &profileName);
    // The same string in every process that works with this profile of these
    // settings (the app and each latchkeyctl): it names the refresh lock.
    QString identity(const QString &profileName) const;
    // Where the secrets of the profiles are kept.
    SecretStore *secrets() const { return m_secrets; }

    // Adds a new profile: the secret goes to the keychain first, and only when it
    // is there is the profile written to the settings (no half-saved connection).
    // A developer's profile has no secret (appSecret is ignored).
    void add(const ConnectionProfile &profile, const SecretBytes &appSecret, QObject *context,
             SecretStore::Completion done);
    // Replaces the metadata of an existing profile of the same name; the secret stays.
    // Returns false (nothing written) when there is no such profile or it is invalid.
    bool update(const ConnectionProfile &profile);
    void setSecret(const QString &name, const SecretBytes &appSecret, QObject *context,
                   SecretStore::Completion done);
    void readSecret(const QString &name, QObject *context, SecretStore::ReadCompletion done);
    // Removes the settings and the keychain entries (app secret, refresh token);
    // missing ones are fine.
    void remove(const QString &name, QObject *context, SecretStore::Completion done);

signals:
    void profilesChanged();

private:
    void writeSettings(const ConnectionProfile &profile);
    static QString groupOf(const QString &name);
    static QString legacyGroupOf(const QString &name);
    // The group the settings hold for name: this version's, else an earlier one's.
    QString storedGroupOf(const QString &name) const;

    QSettings *m_settings;
    SecretStore *m_secrets;
};

} // namespace latchkey
