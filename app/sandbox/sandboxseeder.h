// SandboxSeeder: fills a fresh sandbox database with the "me" user, random or demo data.
#pragma once

#include <QString>

namespace latchkey {

class SandboxStore;

class SandboxSeeder
{
public:
    explicit SandboxSeeder(SandboxStore &store);

    // The signed-in "me" of the sandbox; returns its id (empty on failure).
    QString createPrimaryUser();
    bool seedRandom(int users, int tokens, const QString &primaryUserId);
    // About 250 believable people and a few dozen tokens with mixed expiries.
    bool seedDemoDirectory(const QString &primaryUserId);
    // Gives a user without tokens a few (a developer signing in has something to look at).
    bool ensureTokens(const QString &userId);

private:
    SandboxStore &m_store;
};

} // namespace latchkey
