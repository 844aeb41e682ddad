// ProfileRig: saved connection profiles as the app keeps them (settings in a
// temporary file, secrets in the real test keyring under a service name unique
// to the test, the journal and offline snapshots in a temporary folder) and a
// SessionFactory over them, for the tests that open connections.
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/operations/rotationjournal.h"
#include "model/session/sessionfactory.h"
#include "model/settings/profilestore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace latchkey::test {

class ProfileRig
{
public:
    explicit ProfileRig(const QString &testName)
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , secrets(QStringLiteral("latchkey-%1-%2")
                      .arg(testName)
                      .arg(QCoreApplication::applicationPid()))
        , profiles(&settings, &secrets)
        , cache(&secrets)
        , journal(dir.filePath(QStringLiteral("journal")))
        , snapshots(dir.filePath(QStringLiteral("snapshots")))
        , factory(&profiles, &cache, &journal, &snapshots)
    {}

    // Every profile goes, with its secret: the shared test keyring stays small.
    ~ProfileRig()
    {
        for (const QString &name : profiles.names()) {
            bool answered = false;
            QObject context;
            profiles.remove(name, &context, [&](SecretStore::Outcome) { answered = true; });
            (void)QTest::qWaitFor([&] { return answered; }, 20000);
        }
    }

    // Saves a profile and its secret; false when the keychain refused or never answered.
    bool addProfile(const ConnectionProfile &profile, const QString &secret)
    {
        bool saved = false;
        bool answered = false;
        QObject context;
        profiles.add(profile, SecretBytes::fromString(secret), &context,
                     [&](SecretStore::Outcome outcome) {
                         saved = outcome.ok();
                         answered = true;
                     });
        return QTest::qWaitFor([&] { return answered; }, 20000) && saved;
    }

    // An admin profile for the sandbox's own app, as that user.
    static ConnectionProfile sandboxProfile(const SandboxServer &server, const QString &name,
                                            const QString &userId)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.endpoint = server.endpoint();
        profile.appId = server.appId();
        profile.apiIndicator = server.apiIndicator();
        profile.userId = userId;
        return profile;
    }

    QTemporaryDir dir;
    QSettings settings;
    KeychainSecretStore secrets;
    ProfileStore profiles;
    TokenCache cache;
    RotationJournal journal;
    OfflineSnapshot snapshots;
    SessionFactory factory;
};

} // namespace latchkey::test
