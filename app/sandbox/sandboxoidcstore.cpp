// OIDC model instances in the sandbox's SQLite database (table oidc_model_instances, created
// by SandboxStore::open).
#include "app/sandbox/sandboxoidcstore.h"

#include "app/sandbox/sandboxstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr qint64 kPurgeAfterMs = 3600 * 1000;

const QString kColumns = u"model, id, payload, grant_id, user_code, expires_at, consumed_at"_s;

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

SandboxOidcInstance instanceFrom(const QSqlQuery &q)
{
    SandboxOidcInstance i;
    i.model = q.value(0).toString();
    i.id = q.value(1).toString();
    i.payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    i.grantId = q.value(3).toString();
    i.userCode = q.value(4).toString();
    i.expiresAt = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        i.consumedAt = q.value(6).toLongLong();
    return i;
}

} // namespace

SandboxOidcStore::SandboxOidcStore(const SandboxStore &store)
    : m_store(store)
{}

bool SandboxOidcStore::save(const SandboxOidcInstance &instance)
{
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    QSqlQuery purge(db);
    purge.prepare(u"DELETE FROM oidc_model_instances WHERE expires_at < ?"_s);
    purge.addBindValue(QDateTime::currentMSecsSinceEpoch() - kPurgeAfterMs);
    purge.exec();
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO oidc_model_instances ("_s + kColumns +
              u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(instance.model);
    q.addBindValue(instance.id);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(instance.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(nullableText(instance.grantId));
    q.addBindValue(nullableText(instance.userCode));
    q.addBindValue(instance.expiresAt);
    q.addBindValue(instance.consumedAt ? QVariant(*instance.consumedAt)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    return q.exec();
}

std::optional<SandboxOidcInstance> SandboxOidcStore::find(const QString &model,
                                                          const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT "_s + kColumns + u" FROM oidc_model_instances WHERE model = ? AND id = ?"_s);
    q.addBindValue(model);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return instanceFrom(q);
}

std::optional<SandboxOidcInstance> SandboxOidcStore::findByUserCode(const QString &userCode) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT "_s + kColumns +
              u" FROM oidc_model_instances WHERE model = 'DeviceCode' AND user_code = ?"_s);
    q.addBindValue(userCode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return instanceFrom(q);
}

bool SandboxOidcStore::consume(const QString &model, const QString &id, qint64 nowMs)
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"UPDATE oidc_model_instances SET consumed_at = ? WHERE model = ? AND id = ?"_s);
    q.addBindValue(nowMs);
    q.addBindValue(model);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool SandboxOidcStore::destroy(const QString &model, const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"DELETE FROM oidc_model_instances WHERE model = ? AND id = ?"_s);
    q.addBindValue(model);
    q.addBindValue(id);
    return q.exec();
}

void SandboxOidcStore::revokeGrant(const QString &grantId)
{
    if (grantId.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(
        u"DELETE FROM oidc_model_instances WHERE grant_id = ? OR (model = 'Grant' AND id = ?)"_s);
    q.addBindValue(grantId);
    q.addBindValue(grantId);
    q.exec();
}

} // namespace latchkey
