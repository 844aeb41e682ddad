// ReminderLedger: which reminders were already shown, remembered across runs so
// that none repeats.
#include "model/reminders/reminderledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
constexpr int kVersion = 1;
constexpr auto kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr auto kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}
} // namespace

ReminderLedger::ReminderLedger(const QString &file)
    : m_file(file)
{}

QString ReminderLedger::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/reminders.json"_s;
}

// Endpoint and user id joined by a character neither can hold.
QString ReminderLedger::keyOf(const QString &endpoint, const QString &userId)
{
    return endpoint + QChar(u'\n') + userId;
}

ReminderLedger::ConnectionRecord ReminderLedger::connection(const QString &endpoint,
                                                            const QString &userId) const
{
    return m_connections.value(keyOf(endpoint, userId));
}

void ReminderLedger::setConnection(const QString &endpoint, const QString &userId,
                                   const ConnectionRecord &record)
{
    m_connections.insert(keyOf(endpoint, userId), record);
}

bool ReminderLedger::load(QString *errorMessage)
{
    m_connections.clear();
    QFile file(m_file);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(errorMessage, file.errorString());
    if (file.size() > MaxFileBytes)
        return fail(errorMessage, tr("%1 is too large").arg(m_file));
    auto parsed = parse(file.readAll(), errorMessage);
    if (!parsed)
        return false;
    m_connections = std::move(*parsed);
    return true;
}

bool ReminderLedger::save(QString *errorMessage) const
{
    const QString dir = QFileInfo(m_file).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(errorMessage, tr("cannot create %1").arg(dir));
    QFile::setPermissions(dir, kOwnerOnlyDir);
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile))
        return fail(errorMessage, file.errorString());
    file.write(serialize());
    if (!file.commit())
        return fail(errorMessage, file.errorString());
    return true;
}

QByteArray ReminderLedger::serialize() const
{
    QJsonArray connections;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const qsizetype cut = it.key().indexOf(QChar(u'\n'));
        QJsonObject tokens;
        for (auto t = it->tokens.cbegin(); t != it->tokens.cend(); ++t) {
            QJsonArray done;
            for (int days : t->done)
                done.append(days);
            tokens.insert(QString::fromLatin1(t.key()),
                          QJsonObject{{u"expires"_s, t->expiresMs}, {u"done"_s, done}});
        }
        connections.append(QJsonObject{{u"endpoint"_s, it.key().left(cut)},
                                       {u"user"_s, it.key().mid(cut + 1)},
                                       {u"checked"_s, it->checkedMs},
                                       {u"tokens"_s, tokens}});
    }
    return QJsonDocument(QJsonObject{{u"version"_s, kVersion}, {u"connections"_s, connections}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QHash<QString, ReminderLedger::ConnectionRecord>>
ReminderLedger::parse(QByteArrayView json, QString *errorMessage)
{
    const auto refuse = [errorMessage](const QString &why) {
        fail(errorMessage, tr("the reminder record is damaged: %1").arg(why));
        return std::nullopt;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(error.errorString());
    const QJsonObject root = doc.object();
    if (root.value(u"version"_s).toInt() != kVersion)
        return refuse(tr("unknown version"));
    QHash<QString, ConnectionRecord> result;
    for (const QJsonValue &value : root.value(u"connections"_s).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonValue endpoint = object.value(u"endpoint"_s);
        const QJsonValue user = object.value(u"user"_s);
        if (!endpoint.isString() || !user.isString())
            return refuse(tr("a connection without endpoint or user"));
        ConnectionRecord record;
        record.checkedMs = qint64(object.value(u"checked"_s).toDouble());
        const QJsonObject tokens = object.value(u"tokens"_s).toObject();
        for (auto t = tokens.begin(); t != tokens.end(); ++t) {
            TokenRecord token;
            token.expiresMs = qint64(t->toObject().value(u"expires"_s).toDouble());
            for (const QJsonValue &days : t->toObject().value(u"done"_s).toArray())
                token.done.append(days.toInt());
            record.tokens.insert(t.key().toLatin1(), token);
        }
        result.insert(keyOf(endpoint.toString(), user.toString()), record);
    }
    return result;
}

} // namespace latchkey
