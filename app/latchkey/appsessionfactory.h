// AppSessionFactory: opens a saved connection for the window — reads its app
// secret from the keychain, builds the API client and the token service.
#pragma once

#include "ui/sessionfactory.h"

#include <QCoreApplication>

namespace latchkey {

class ProfileStore;
class RotationJournal;
class TokenCache;

class AppSessionFactory : public SessionFactory
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::AppSessionFactory)

public:
    // Nothing is owned; all must outlive the factory and its sessions.
    AppSessionFactory(ProfileStore *profiles, TokenCache *cache, RotationJournal *journal);

    void open(const QString &profileName, QObject *context, Opened done) override;

private:
    ProfileStore *m_profiles;
    TokenCache *m_cache;
    RotationJournal *m_journal;
};

} // namespace latchkey
