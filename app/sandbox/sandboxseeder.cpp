// Seed data. Names come from a fixed-seed generator so the demo directory looks the same on
// every launch; ids and token values still come from the CSPRNG.
#include "app/sandbox/sandboxseeder.h"

#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxstore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const QStringList kGivenNames = {
    u"Olivia"_s,  u"Liam"_s,  u"Emma"_s,    u"Noah"_s,   u"Amelia"_s, u"Oliver"_s, u"Sophia"_s,
    u"Elijah"_s,  u"Mia"_s,   u"Lucas"_s,   u"Harper"_s, u"Mateo"_s,  u"Evelyn"_s, u"Levi"_s,
    u"Aria"_s,    u"Ezra"_s,  u"Chloé"_s,   u"Jonas"_s,  u"Léa"_s,    u"Mathis"_s, u"Anna"_s,
    u"Felix"_s,   u"Sofía"_s, u"Diego"_s,   u"Yuki"_s,   u"Haruto"_s, u"Mei"_s,    u"Wei"_s,
    u"Priya"_s,   u"Arjun"_s, u"Aisha"_s,   u"Omar"_s,   u"Zoë"_s,    u"Björn"_s,  u"Ingrid"_s,
    u"Mateusz"_s, u"Zofia"_s, u"Chinedu"_s, u"Amara"_s,  u"Kofi"_s,   u"Lucía"_s,  u"Tomás"_s,
    u"Nadia"_s,   u"Ivan"_s,  u"Elif"_s,    u"Emre"_s,   u"Sara"_s,   u"Ravi"_s,
};
const QStringList kFamilyNames = {
    u"Smith"_s,     u"Johnson"_s,  u"Garcia"_s,   u"Miller"_s,  u"Davis"_s,    u"Martinez"_s,
    u"Lopez"_s,     u"Wilson"_s,   u"Anderson"_s, u"Thomas"_s,  u"Moore"_s,    u"Martin"_s,
    u"Lee"_s,       u"Thompson"_s, u"White"_s,    u"Harris"_s,  u"Clark"_s,    u"Lewis"_s,
    u"Walker"_s,    u"Young"_s,    u"Müller"_s,   u"Schmidt"_s, u"Dubois"_s,   u"Lefèvre"_s,
    u"Rossi"_s,     u"Bianchi"_s,  u"Nakamura"_s, u"Tanaka"_s,  u"Chen"_s,     u"Wang"_s,
    u"Patel"_s,     u"Sharma"_s,   u"Okafor"_s,   u"Mensah"_s,  u"Kowalski"_s, u"Nowak"_s,
    u"Andersson"_s, u"Nilsson"_s,  u"Yilmaz"_s,   u"Kaya"_s,    u"Ivanova"_s,  u"Haddad"_s,
};
const QStringList kDomains = {u"example.com"_s, u"example.org"_s, u"acme.test"_s,
                              u"initech.example"_s, u"globex.example"_s};
const QStringList kTokenNames = {
    u"GitHub Actions deploy"_s,
    u"Laptop CLI"_s,
    u"Terraform"_s,
    u"Grafana dashboard"_s,
    u"Nightly backup job"_s,
    u"Staging smoke tests"_s,
    u"déploiement / CI #1"_s,
    u"部署令牌"_s,
    u"Jupyter notebook"_s,
    u"Zapier integration"_s,
    u"Desktop-CLI"_s,
    u"desktop-cli"_s,
    u"Data export (Q3)"_s,
    u"Backstage plugin"_s,
    u"Home server"_s,
    u"k8s operator"_s,
    u"Load test 50%"_s,
    u"Slack bot"_s,
    u"Old laptop"_s,
    u"Release pipeline"_s,
};

QString asciiFold(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded.toLower().replace(u"ø"_s, u"o"_s).replace(u"ß"_s, u"ss"_s);
}

SandboxToken token(const QString &userId, const QString &name, qint64 createdAt,
                   std::optional<qint64> expiresAt)
{
    return {userId, name, u"pat_"_s + sandboxRandomString(32, kSandboxAlphanumeric), createdAt,
            expiresAt};
}

// A demo token that has already expired was made a while before that.
qint64 demoCreatedAt(qint64 created, std::optional<qint64> expiresAt)
{
    return expiresAt ? std::min(created, *expiresAt - 30 * kDayMs) : created;
}

} // namespace

SandboxSeeder::SandboxSeeder(SandboxStore &store)
    : m_store(store)
{}

QString SandboxSeeder::createPrimaryUser()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SandboxUser me;
    me.id = sandboxRandomString(12, kSandboxLowerAlphanumeric);
    me.username = u"alex_developer"_s;
    me.primaryEmail = u"alex.developer@example.com"_s;
    me.primaryPhone = u"15555550100"_s;
    me.name = u"Alex Developer"_s;
    // Older than any seeded user would make "me" the last page; keep it at the top instead.
    me.createdAt = now;
    me.updatedAt = now;
    me.lastSignInAt = now - 3600 * 1000;
    bool ok = false;
    m_store.insertUser(me, &ok);
    return ok ? me.id : QString();
}

bool SandboxSeeder::seedRandom(int users, int tokens, const QString &primaryUserId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<SandboxUser> list;
    list.reserve(users);
    for (int i = 0; i < users; ++i) {
        SandboxUser u;
        u.id = sandboxRandomString(12, kSandboxLowerAlphanumeric);
        u.username = u"user_"_s + u.id;
        u.primaryEmail = u.id + u"@example.com"_s;
        u.name = u"Test User %1"_s.arg(i + 1);
        u.createdAt = u.updatedAt = now - qint64(i + 1) * 60'000;
        list.append(u);
    }
    if (!m_store.insertUsers(list))
        return false;
    QList<SandboxToken> patList;
    for (int i = 0; i < tokens; ++i) {
        // Most tokens belong to "me": that is the list Latchkey's user looks at first.
        const QString owner =
            (list.isEmpty() || i % 5 != 4) ? primaryUserId : list[i % list.size()].id;
        std::optional<qint64> expiresAt;
        if (i % 3 == 1)
            expiresAt = now + qint64(i + 1) * kDayMs;
        patList.append(
            token(owner, u"seed token %1"_s.arg(i + 1), now - qint64(i) * 1000, expiresAt));
    }
    return m_store.insertTokens(patList);
}

bool SandboxSeeder::seedDemoDirectory(const QString &primaryUserId)
{
    QRandomGenerator rng(20261127);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<SandboxUser> list;
    QSet<QString> usernames;
    for (int i = 0; list.size() < 250; ++i) {
        const QString given = kGivenNames[rng.bounded(int(kGivenNames.size()))];
        const QString family = kFamilyNames[rng.bounded(int(kFamilyNames.size()))];
        QString username = asciiFold(given) + u'_' + asciiFold(family);
        if (usernames.contains(username))
            username += QString::number(i);
        usernames.insert(username);
        SandboxUser u;
        u.id = sandboxRandomString(12, kSandboxLowerAlphanumeric);
        u.username = username;
        u.name = given + u' ' + family;
        u.primaryEmail = QString(username).replace(u'_', u'.') + u'@' +
                         kDomains[rng.bounded(int(kDomains.size()))];
        if (rng.bounded(3) != 0)
            u.primaryPhone = u"1555%1"_s.arg(1000000 + i * 37);
        u.createdAt = now - qint64(i + 1) * (kDayMs * 730 / 250) - rng.bounded(3600) * 1000LL;
        u.updatedAt = u.createdAt + rng.bounded(30) * kDayMs;
        if (rng.bounded(8) != 0)
            u.lastSignInAt = now - qint64(rng.bounded(90 * 24)) * 3600 * 1000;
        u.isSuspended = rng.bounded(40) == 0;
        list.append(u);
    }
    if (!m_store.insertUsers(list))
        return false;

    QList<SandboxToken> tokens;
    const std::optional<qint64> expiries[] = {
        now - 3 * kDayMs,  now - 40 * kDayMs,  now + 2 * kDayMs, now + 6 * kDayMs,
        now + 45 * kDayMs, now + 200 * kDayMs, std::nullopt,     std::nullopt,
    };
    for (int i = 0; i < kTokenNames.size(); ++i) {
        const std::optional<qint64> expiresAt = expiries[i % std::size(expiries)];
        tokens.append(token(primaryUserId, kTokenNames[i],
                            demoCreatedAt(now - qint64(i + 1) * 5 * kDayMs, expiresAt), expiresAt));
    }
    for (int i = 0; i < 24; ++i) {
        const SandboxUser &owner = list[(i * 7) % list.size()];
        const std::optional<qint64> expiresAt = expiries[(i + 3) % std::size(expiries)];
        tokens.append(token(owner.id, kTokenNames[(i * 3) % kTokenNames.size()],
                            demoCreatedAt(now - qint64(i + 2) * 3 * kDayMs, expiresAt), expiresAt));
    }
    return m_store.insertTokens(tokens);
}

bool SandboxSeeder::ensureTokens(const QString &userId)
{
    if (!m_store.tokens(userId).isEmpty())
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return m_store.insertTokens({
        token(userId, u"Laptop CLI"_s, now - 20 * kDayMs, std::nullopt),
        token(userId, u"GitHub Actions deploy"_s, now - 12 * kDayMs, now + 45 * kDayMs),
        token(userId, u"Grafana dashboard"_s, now - 3 * kDayMs, now + 6 * kDayMs),
    });
}

} // namespace latchkey
