// SQLite storage for the sandbox; the UNIQUE/PRIMARY KEY constraints decide name races.
#include "app/sandbox/sandboxstore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

QAtomicInteger<quint64> connectionCounter;

QVariant nullable(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableLower(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text.toLower());
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString nullableText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

const QString kUserColumns = u"id, username, primary_email, primary_phone, name, avatar, "
                             "created_at, updated_at, last_sign_in_at, is_suspended"_s;

SandboxUser userFrom(const QSqlQuery &q)
{
    SandboxUser u;
    u.id = q.value(0).toString();
    u.username = nullableText(q.value(1));
    u.primaryEmail = nullableText(q.value(2));
    u.primaryPhone = nullableText(q.value(3));
    u.name = nullableText(q.value(4));
    u.avatar = nullableText(q.value(5));
    u.createdAt = q.value(6).toLongLong();
    u.updatedAt = q.value(7).toLongLong();
    u.lastSignInAt = optionalInt(q.value(8));
    u.isSuspended = q.value(9).toBool();
    return u;
}

SandboxToken tokenFrom(const QSqlQuery &q)
{
    SandboxToken t;
    t.userId = q.value(0).toString();
    t.name = q.value(1).toString();
    t.value = q.value(2).toString();
    t.createdAt = q.value(3).toLongLong();
    t.expiresAt = optionalInt(q.value(4));
    return t;
}

bool isUniqueViolation(const QSqlError &error)
{
    return error.databaseText().contains(u"UNIQUE constraint failed"_s) ||
           error.nativeErrorCode() == u"2067"_s || error.nativeErrorCode() == u"1555"_s;
}

bool isForeignKeyViolation(const QSqlError &error)
{
    return error.databaseText().contains(u"FOREIGN KEY constraint failed"_s) ||
           error.nativeErrorCode() == u"787"_s;
}

} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(u"latchkey_sandbox_%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// (case-sensitive column, lower-cased copy) for each searchable user field.
QPair<QString, QString> searchColumns(const QString &field)
{
    if (field == u"id"_s)
        return {u"id"_s, u"id"_s}; // ids are lower case already
    if (field == u"username"_s)
        return {u"username"_s, u"lc_username"_s};
    if (field == u"primaryEmail"_s)
        return {u"primary_email"_s, u"lc_primary_email"_s};
    if (field == u"primaryPhone"_s)
        return {u"primary_phone"_s, u"lc_primary_phone"_s};
    if (field == u"name"_s)
        return {u"name"_s, u"lc_name"_s};
    return {};
}

// A case-sensitive LIKE (Postgres `~~`) as SQLite GLOB: % and _ become * and ?, and GLOB's own
// wildcards are bracketed; a backslash escapes the next character as in Postgres.
QString likeToGlob(const QString &pattern)
{
    QString glob;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        QChar c = pattern[i];
        if (c == u'\\' && i + 1 < pattern.size()) {
            c = pattern[++i];
        } else if (c == u'%') {
            glob += u'*';
            continue;
        } else if (c == u'_') {
            glob += u'?';
            continue;
        }
        if (c == u'*' || c == u'?' || c == u'[')
            glob += u'[' + c + u']';
        else
            glob += c;
    }
    return glob;
}

} // namespace

// The database holds the signing key, app secrets and token values. SQLite
// creates its -wal and -shm files with the database file's mode, so a 0600
// database keeps them 0600 too; a database from an older run is tightened.
bool SandboxStore::restrictFiles(const QString &path, QString *errorMessage)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder,
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            if (errorMessage)
                *errorMessage = u"cannot create the folder %1"_s.arg(folder);
            return false;
        }
    }
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QFile database(path);
    if (!database.exists() &&
        !database.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        if (errorMessage)
            *errorMessage = database.errorString();
        return false;
    }
    database.close();
    for (const QString &file : {path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFile::exists(file) && !QFile::setPermissions(file, ownerOnly)) {
            if (errorMessage)
                *errorMessage = u"cannot restrict the permissions of %1"_s.arg(file);
            return false;
        }
    }
    return true;
}

bool SandboxStore::isSearchField(const QString &field)
{
    return !searchColumns(field).first.isEmpty();
}

bool SandboxStore::open(const QString &path, QString *errorMessage)
{
    if (!path.isEmpty() && !restrictFiles(path, errorMessage))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
    if (!db.open()) {
        if (errorMessage)
            *errorMessage = db.lastError().text();
        return false;
    }
    const QStringList statements = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA foreign_keys=ON"_s,
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB)"_s,
        u"CREATE TABLE IF NOT EXISTS apps (id TEXT PRIMARY KEY, secret TEXT NOT NULL, "
        "management_api INTEGER NOT NULL, token_exchange INTEGER NOT NULL)"_s,
        // Tokens, codes, grants and sign-in interactions, one JSON payload each, as Logto's
        // oidc_model_instances keeps them; grant_id and user_code are the lookups besides the id.
        u"CREATE TABLE IF NOT EXISTS oidc_model_instances (model TEXT NOT NULL, id TEXT NOT NULL, "
        "payload TEXT NOT NULL, grant_id TEXT, user_code TEXT, expires_at INTEGER NOT NULL, "
        "consumed_at INTEGER, PRIMARY KEY (model, id))"_s,
        u"CREATE INDEX IF NOT EXISTS oidc_by_grant ON oidc_model_instances (grant_id)"_s,
        u"CREATE INDEX IF NOT EXISTS oidc_by_user_code ON oidc_model_instances (user_code)"_s,
        u"CREATE INDEX IF NOT EXISTS oidc_by_expiry ON oidc_model_instances (expires_at)"_s,
        u"CREATE TABLE IF NOT EXISTS users (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "id TEXT NOT NULL UNIQUE, username TEXT UNIQUE, primary_email TEXT UNIQUE, "
        "primary_phone TEXT UNIQUE, name TEXT, avatar TEXT, lc_username TEXT, "
        "lc_primary_email TEXT, lc_primary_phone TEXT, lc_name TEXT, created_at INTEGER NOT NULL, "
        "updated_at INTEGER NOT NULL, last_sign_in_at INTEGER, is_suspended INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX IF NOT EXISTS users_newest ON users (created_at DESC, seq DESC)"_s,
        u"CREATE TABLE IF NOT EXISTS personal_access_tokens ("
        "user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, name TEXT NOT NULL, "
        "value TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, expires_at INTEGER, "
        "UNIQUE (user_id, name))"_s,
        u"CREATE TABLE IF NOT EXISTS resources (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
        "indicator TEXT NOT NULL UNIQUE, access_token_ttl INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS scopes (id TEXT PRIMARY KEY, "
        "resource_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE, "
        "name TEXT NOT NULL, description TEXT, created_at INTEGER NOT NULL, "
        "UNIQUE (resource_id, name))"_s,
        u"CREATE TABLE IF NOT EXISTS roles (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
        "description TEXT NOT NULL, type TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS roles_scopes ("
        "role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE, "
        "scope_id TEXT NOT NULL REFERENCES scopes(id) ON DELETE CASCADE, "
        "PRIMARY KEY (role_id, scope_id))"_s,
        u"CREATE TABLE IF NOT EXISTS users_roles ("
        "user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
        "role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE, "
        "PRIMARY KEY (user_id, role_id))"_s,
    };
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (errorMessage)
                *errorMessage = q.lastError().text();
            return false;
        }
    }
    return upgradeApps(errorMessage);
}

bool SandboxStore::upgradeApps(QString *errorMessage)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery info(db);
    QStringList columns;
    if (info.exec(u"PRAGMA table_info(apps)"_s)) {
        while (info.next())
            columns.append(info.value(1).toString());
    }
    const QList<QPair<QString, QString>> added = {
        {u"type"_s, u"TEXT NOT NULL DEFAULT 'MachineToMachine'"_s},
        {u"name"_s, u"TEXT NOT NULL DEFAULT ''"_s},
        {u"description"_s, u"TEXT"_s},
        {u"redirect_uris"_s, u"TEXT NOT NULL DEFAULT '[]'"_s},
        {u"post_logout_redirect_uris"_s, u"TEXT NOT NULL DEFAULT '[]'"_s},
        {u"custom_client_metadata"_s, u"TEXT NOT NULL DEFAULT '{}'"_s},
        {u"created_at"_s, u"INTEGER NOT NULL DEFAULT 0"_s},
    };
    for (const auto &[column, definition] : added) {
        if (columns.contains(column))
            continue;
        QSqlQuery alter(db);
        if (!alter.exec(u"ALTER TABLE apps ADD COLUMN "_s + column + u' ' + definition)) {
            if (errorMessage)
                *errorMessage = alter.lastError().text();
            return false;
        }
    }
    return true;
}

QByteArray SandboxStore::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

bool SandboxStore::setMeta(const QString &key, const QByteArray &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QVariant &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toString().toUtf8()).array())
        list.append(v.toString());
    return list;
}

const QString kAppColumns = u"id, secret, management_api, token_exchange, type, name, description, "
                            "redirect_uris, post_logout_redirect_uris, custom_client_metadata, "
                            "created_at"_s;

} // namespace

bool SandboxStore::insertApp(const SandboxApp &app)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // A null QString binds as NULL: the sandbox's own apps have no name.
    q.prepare(u"INSERT INTO apps ("_s + kAppColumns +
              u") VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?)"_s);
    q.addBindValue(app.id);
    q.addBindValue(app.secret);
    q.addBindValue(app.managementApi ? 1 : 0);
    q.addBindValue(app.tokenExchange ? 1 : 0);
    q.addBindValue(app.type);
    q.addBindValue(app.name);
    q.addBindValue(nullable(app.description));
    q.addBindValue(jsonText(app.redirectUris));
    q.addBindValue(jsonText(app.postLogoutRedirectUris));
    q.addBindValue(jsonText(app.customClientMetadata));
    q.addBindValue(app.createdAt);
    return q.exec();
}

std::optional<SandboxApp> SandboxStore::app(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT "_s + kAppColumns + u" FROM apps WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SandboxApp app;
    app.id = q.value(0).toString();
    app.secret = q.value(1).toString();
    app.managementApi = q.value(2).toBool();
    app.tokenExchange = q.value(3).toBool();
    app.type = q.value(4).toString();
    app.name = q.value(5).toString();
    app.description = nullableText(q.value(6));
    app.redirectUris = stringList(q.value(7));
    app.postLogoutRedirectUris = stringList(q.value(8));
    app.customClientMetadata = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    app.createdAt = q.value(10).toLongLong();
    return app;
}

bool SandboxStore::deleteApp(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM apps WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

namespace {

bool bindAndInsertUser(QSqlQuery &q, const SandboxUser &u)
{
    q.addBindValue(u.id);
    q.addBindValue(nullable(u.username));
    q.addBindValue(nullable(u.primaryEmail));
    q.addBindValue(nullable(u.primaryPhone));
    q.addBindValue(nullable(u.name));
    q.addBindValue(nullable(u.avatar));
    q.addBindValue(nullableLower(u.username));
    q.addBindValue(nullableLower(u.primaryEmail));
    q.addBindValue(nullableLower(u.primaryPhone));
    q.addBindValue(nullableLower(u.name));
    q.addBindValue(u.createdAt);
    q.addBindValue(u.updatedAt);
    q.addBindValue(nullable(u.lastSignInAt));
    q.addBindValue(u.isSuspended ? 1 : 0);
    return q.exec();
}

const QString kInsertUser =
    u"INSERT INTO users (id, username, primary_email, primary_phone, name, avatar, lc_username, "
    "lc_primary_email, lc_primary_phone, lc_name, created_at, updated_at, last_sign_in_at, "
    "is_suspended) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

} // namespace

QString SandboxStore::insertUser(const SandboxUser &user, bool *ok)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(kInsertUser);
    *ok = bindAndInsertUser(q, user);
    if (*ok)
        return {};
    const QString text = q.lastError().databaseText();
    if (text.contains(u"users.username"_s))
        return u"username"_s;
    if (text.contains(u"users.primary_email"_s))
        return u"primaryEmail"_s;
    if (text.contains(u"users.primary_phone"_s))
        return u"primaryPhone"_s;
    if (text.contains(u"users.id"_s))
        return u"id"_s;
    return {};
}

bool SandboxStore::insertUsers(const QList<SandboxUser> &users)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(kInsertUser);
    for (const SandboxUser &u : users) {
        if (!bindAndInsertUser(q, u)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

std::optional<SandboxUser> SandboxStore::user(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT "_s + kUserColumns + u" FROM users WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<SandboxUser> SandboxStore::userByUsername(const QString &username) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT "_s + kUserColumns + u" FROM users WHERE lc_username = ?"_s);
    q.addBindValue(username.toLower());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return userFrom(q);
}

bool SandboxStore::deleteUser(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM users WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool SandboxStore::setUserSuspended(const QString &id, bool suspended, qint64 now)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE users SET is_suspended = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(suspended ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<SandboxUser> SandboxStore::users(const UserQuery &query, qint64 *total) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QString where;
    QVariantList binds;
    for (const UserMatch &match : query.matches) {
        QStringList alternatives;
        for (const QString &field : match.fields) {
            const auto [column, lowerColumn] = searchColumns(field);
            if (match.exact) {
                const QString placeholders = QStringList(match.values.size(), u"?"_s).join(u',');
                alternatives.append((query.caseSensitive ? column : lowerColumn) + u" IN ("_s +
                                    placeholders + u')');
                for (const QString &value : match.values)
                    binds.append(query.caseSensitive ? value : value.toLower());
            } else if (query.caseSensitive) {
                alternatives.append(column + u" GLOB ?"_s);
                binds.append(likeToGlob(match.values.value(0)));
            } else {
                alternatives.append(lowerColumn + u" LIKE ? ESCAPE '\\'"_s);
                binds.append(match.values.value(0).toLower());
            }
        }
        if (!where.isEmpty())
            where += query.joinWithAnd ? u" AND "_s : u" OR "_s;
        where += u'(' + alternatives.join(u" OR "_s) + u')';
    }
    if (!where.isEmpty())
        where = u" WHERE "_s + where;
    auto bindConditions = [&binds](QSqlQuery &q) {
        for (const QVariant &value : binds)
            q.addBindValue(value);
    };
    QSqlQuery count(db);
    count.prepare(u"SELECT COUNT(*) FROM users"_s + where);
    bindConditions(count);
    *total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;

    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + kUserColumns + u" FROM users"_s + where +
              u" ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?"_s);
    bindConditions(q);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    QList<SandboxUser> result;
    if (q.exec()) {
        while (q.next())
            result.append(userFrom(q));
    }
    return result;
}

QList<SandboxToken> SandboxStore::tokens(const QString &userId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT user_id, name, value, created_at, expires_at FROM personal_access_tokens "
              "WHERE user_id = ? ORDER BY rowid"_s);
    q.addBindValue(userId);
    QList<SandboxToken> result;
    if (q.exec()) {
        while (q.next())
            result.append(tokenFrom(q));
    }
    return result;
}

namespace {

bool bindAndInsertToken(QSqlQuery &q, const SandboxToken &t)
{
    q.addBindValue(t.userId);
    q.addBindValue(t.name);
    q.addBindValue(t.value);
    q.addBindValue(t.createdAt);
    q.addBindValue(nullable(t.expiresAt));
    return q.exec();
}

const QString kInsertToken = u"INSERT INTO personal_access_tokens (user_id, name, value, "
                             "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"_s;

} // namespace

SandboxStore::Write SandboxStore::insertToken(const SandboxToken &token)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(kInsertToken);
    if (bindAndInsertToken(q, token))
        return db.commit() ? Write::Ok : Write::Failed;
    const QSqlError error = q.lastError();
    db.rollback();
    if (isForeignKeyViolation(error))
        return Write::UserMissing;
    if (isUniqueViolation(error))
        return Write::NameTaken;
    return Write::Failed;
}

bool SandboxStore::insertTokens(const QList<SandboxToken> &tokens)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(kInsertToken);
    for (const SandboxToken &t : tokens) {
        if (!bindAndInsertToken(q, t)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

SandboxStore::Write SandboxStore::renameToken(const QString &userId, const QString &currentName,
                                              const QString &newName, SandboxToken *updated)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery update(db);
    update.prepare(u"UPDATE personal_access_tokens SET name = ? WHERE user_id = ? AND name = ?"_s);
    update.addBindValue(newName);
    update.addBindValue(userId);
    update.addBindValue(currentName);
    if (!update.exec()) {
        const QSqlError error = update.lastError();
        db.rollback();
        return isUniqueViolation(error) ? Write::NameTaken : Write::Failed;
    }
    if (update.numRowsAffected() != 1) {
        db.rollback();
        return Write::NotFound;
    }
    QSqlQuery select(db);
    select.prepare(u"SELECT user_id, name, value, created_at, expires_at FROM "
                   "personal_access_tokens WHERE user_id = ? AND name = ?"_s);
    select.addBindValue(userId);
    select.addBindValue(newName);
    if (!select.exec() || !select.next()) {
        db.rollback();
        return Write::Failed;
    }
    *updated = tokenFrom(select);
    select.finish();
    return db.commit() ? Write::Ok : Write::Failed;
}

SandboxStore::Write SandboxStore::deleteToken(const QString &userId, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM personal_access_tokens WHERE user_id = ? AND name = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(name);
    if (!q.exec()) {
        db.rollback();
        return Write::Failed;
    }
    const bool found = q.numRowsAffected() == 1;
    if (!db.commit())
        return Write::Failed;
    return found ? Write::Ok : Write::NotFound;
}

std::optional<SandboxToken> SandboxStore::tokenByValue(const QString &value) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT user_id, name, value, created_at, expires_at FROM personal_access_tokens "
              "WHERE value = ?"_s);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return tokenFrom(q);
}

namespace {

const QString kResourceColumns = u"id, name, indicator, access_token_ttl"_s;

SandboxResource resourceFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong()};
}

} // namespace

bool SandboxStore::insertResource(const SandboxResource &resource)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT INTO resources ("_s + kResourceColumns + u") VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(resource.id);
    q.addBindValue(resource.name);
    q.addBindValue(resource.indicator);
    q.addBindValue(resource.accessTokenTtl);
    return q.exec();
}

std::optional<SandboxResource> SandboxStore::resource(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT "_s + kResourceColumns + u" FROM resources WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return resourceFrom(q);
}

std::optional<SandboxResource> SandboxStore::resourceByIndicator(const QString &indicator) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT "_s + kResourceColumns + u" FROM resources WHERE indicator = ?"_s);
    q.addBindValue(indicator);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return resourceFrom(q);
}

QList<SandboxResource> SandboxStore::resources() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    QList<SandboxResource> result;
    if (q.exec(u"SELECT "_s + kResourceColumns + u" FROM resources ORDER BY rowid"_s)) {
        while (q.next())
            result.append(resourceFrom(q));
    }
    return result;
}

bool SandboxStore::updateResource(const SandboxResource &resource)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE resources SET name = ?, access_token_ttl = ? WHERE id = ?"_s);
    q.addBindValue(resource.name);
    q.addBindValue(resource.accessTokenTtl);
    q.addBindValue(resource.id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool SandboxStore::insertScope(const SandboxScope &scope)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT INTO scopes (id, resource_id, name, description, created_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(scope.id);
    q.addBindValue(scope.resourceId);
    q.addBindValue(scope.name);
    q.addBindValue(nullable(scope.description));
    q.addBindValue(scope.createdAt);
    return q.exec();
}

QList<SandboxScope> SandboxStore::scopes(const QString &resourceId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT id, resource_id, name, description, created_at FROM scopes "
              "WHERE resource_id = ? ORDER BY rowid"_s);
    q.addBindValue(resourceId);
    QList<SandboxScope> result;
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           nullableText(q.value(3)), q.value(4).toLongLong()});
    }
    return result;
}

int SandboxStore::countScopes(const QStringList &scopeIds) const
{
    int found = 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT 1 FROM scopes WHERE id = ?"_s);
    for (const QString &id : scopeIds) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            ++found;
    }
    return found;
}

SandboxStore::Write SandboxStore::insertRole(const SandboxRole &role, const QStringList &scopeIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO roles (id, name, description, type) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(role.id);
    q.addBindValue(role.name);
    q.addBindValue(role.description);
    q.addBindValue(role.type);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        db.rollback();
        return isUniqueViolation(error) ? Write::NameTaken : Write::Failed;
    }
    QSqlQuery link(db);
    link.prepare(u"INSERT OR IGNORE INTO roles_scopes (role_id, scope_id) VALUES (?, ?)"_s);
    for (const QString &scopeId : scopeIds) {
        link.addBindValue(role.id);
        link.addBindValue(scopeId);
        if (!link.exec()) {
            const QSqlError error = link.lastError();
            db.rollback();
            return isForeignKeyViolation(error) ? Write::NotFound : Write::Failed;
        }
    }
    return db.commit() ? Write::Ok : Write::Failed;
}

std::optional<SandboxRole> SandboxStore::role(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT id, name, description, type FROM roles WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SandboxRole{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()};
}

QStringList SandboxStore::addUserRoles(const QString &userId, const QStringList &roleIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QStringList added;
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT OR IGNORE INTO users_roles (user_id, role_id) VALUES (?, ?)"_s);
    for (const QString &roleId : roleIds) {
        q.addBindValue(userId);
        q.addBindValue(roleId);
        if (q.exec() && q.numRowsAffected() == 1)
            added.append(roleId);
    }
    db.commit();
    return added;
}

QStringList SandboxStore::grantedScopes(const QString &userId, const QString &resourceId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT DISTINCT s.name FROM users_roles ur "
              "JOIN roles_scopes rs ON rs.role_id = ur.role_id "
              "JOIN scopes s ON s.id = rs.scope_id "
              "WHERE ur.user_id = ? AND s.resource_id = ? ORDER BY s.rowid"_s);
    q.addBindValue(userId);
    q.addBindValue(resourceId);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

} // namespace latchkey
