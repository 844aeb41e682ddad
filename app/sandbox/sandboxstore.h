// SandboxStore: the sandbox's SQLite database (apps, users, personal access tokens).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

// An application (Logto's `applications` table). The sandbox's own M2M apps have a secret;
// Native and SPA apps are public clients (no secret is ever checked for them).
struct SandboxApp
{
    QString id;
    QString secret;
    bool managementApi = false;
    bool tokenExchange = false; // customClientMetadata.allowTokenExchange for user apps
    QString type = QStringLiteral("MachineToMachine"); // or "Native", "SPA"
    QString name;
    QString description; // null QString = JSON null
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QJsonObject customClientMetadata;
    qint64 createdAt = 0;

    bool isPublic() const
    {
        return type == QLatin1String("Native") || type == QLatin1String("SPA");
    }
    bool isDeviceFlow() const
    {
        return type == QLatin1String("Native") &&
               customClientMetadata.value(QLatin1String("isDeviceFlow")).toBool();
    }
};

struct SandboxUser
{
    QString id;
    QString username, primaryEmail, primaryPhone, name, avatar; // null QString = JSON null
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> lastSignInAt;
    bool isSuspended = false;
};

// An API resource (Logto's `resources` table): its indicator is the audience of its tokens.
struct SandboxResource
{
    QString id;
    QString name;
    QString indicator;
    qint64 accessTokenTtl = 3600; // seconds
};

struct SandboxScope
{
    QString id;
    QString resourceId;
    QString name;
    QString description; // null QString = JSON null
    qint64 createdAt = 0;
};

struct SandboxRole
{
    QString id;
    QString name;
    QString description;
    QString type; // "User" or "MachineToMachine"
};

struct SandboxToken
{
    QString userId;
    QString name;
    QString value;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt;
};

class SandboxStore
{
public:
    enum class Write { Ok, NotFound, NameTaken, UserMissing, Failed };

    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // An empty path opens a private in-memory database.
    bool open(const QString &path, QString *errorMessage);

    QByteArray meta(const QString &key) const;
    bool setMeta(const QString &key, const QByteArray &value);

    bool insertApp(const SandboxApp &app);
    std::optional<SandboxApp> app(const QString &id) const;
    bool deleteApp(const QString &id);

    // Returns the name of the unique field already in use, or an empty string on success.
    QString insertUser(const SandboxUser &user, bool *ok);
    bool insertUsers(const QList<SandboxUser> &users);
    std::optional<SandboxUser> user(const QString &id) const;
    // Logto matches usernames without regard to case.
    std::optional<SandboxUser> userByUsername(const QString &username) const;
    bool deleteUser(const QString &id);
    bool setUserSuspended(const QString &id, bool suspended, qint64 now);

    // Logto's user search: each match is true when any of its fields matches; matches are
    // joined with AND or OR.
    struct UserMatch
    {
        QStringList fields; // API field names: id, username, primaryEmail, primaryPhone, name
        QStringList values; // one LIKE pattern, or any number of exact values
        bool exact = false;
    };
    struct UserQuery
    {
        int offset = 0;
        int limit = 20;
        QList<UserMatch> matches;
        bool joinWithAnd = false;
        bool caseSensitive = false;
    };
    QList<SandboxUser> users(const UserQuery &query, qint64 *total) const;

    QList<SandboxToken> tokens(const QString &userId) const;
    Write insertToken(const SandboxToken &token);
    bool insertTokens(const QList<SandboxToken> &tokens);
    Write renameToken(const QString &userId, const QString &currentName, const QString &newName,
                      SandboxToken *updated);
    Write deleteToken(const QString &userId, const QString &name);
    std::optional<SandboxToken> tokenByValue(const QString &value) const;

    static bool isSearchField(const QString &field);

    // API resources, their scopes, and user roles granting those scopes.
    bool insertResource(const SandboxResource &resource);
    std::optional<SandboxResource> resource(const QString &id) const;
    std::optional<SandboxResource> resourceByIndicator(const QString &indicator) const;
    QList<SandboxResource> resources() const;
    bool updateResource(const SandboxResource &resource);
    bool insertScope(const SandboxScope &scope);
    QList<SandboxScope> scopes(const QString &resourceId) const;
    // How many of the ids name existing scopes.
    int countScopes(const QStringList &scopeIds) const;
    Write insertRole(const SandboxRole &role, const QStringList &scopeIds);
    std::optional<SandboxRole> role(const QString &id) const;
    // Adds the roles the user does not hold yet; returns their ids.
    QStringList addUserRoles(const QString &userId, const QStringList &roleIds);
    // The names of the resource's scopes that the user's roles grant.
    QStringList grantedScopes(const QString &userId, const QString &resourceId) const;

    // The Qt SQL connection the database is open on (SandboxOidcStore shares it).
    QString connectionName() const { return m_connectionName; }

private:
    // Adds the columns that user applications brought to an older database's apps table.
    bool upgradeApps(QString *errorMessage);
    // Creates a missing folder (0700) and the file (0600); tightens an existing database.
    static bool restrictFiles(const QString &path, QString *errorMessage);

    QString m_connectionName;
};

} // namespace latchkey
