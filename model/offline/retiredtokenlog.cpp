#include "model/offline/retiredtokenlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// About 200 bytes a line: a file past this has far more lines than are kept.
constexpr qint64 kCompactAbove = 4 * 1024 * 1024;
constexpr qint64 kMaxReadBytes = 16 * 1024 * 1024;
constexpr double kMaxEpochMs = 253402300799999.0;

bool isFingerprint(QByteArrayView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::optional<QDateTime> timeOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double ms = value.toDouble();
    if (!(ms >= 0 && ms <= kMaxEpochMs) || ms != double(qint64(ms)))
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
}

bool ensureDirectory(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return false;
    return QFile::setPermissions(directory, kOwnerOnlyDir);
}

} // namespace

RetiredTokenLog::RetiredTokenLog(const QString &path)
    : m_path(path)
{}

QString RetiredTokenLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/retired-tokens.jsonl"_s;
}

QByteArray RetiredTokenLog::serialize(const Entry &entry)
{
    const QJsonObject object{
        {u"fingerprint"_s, QString::fromLatin1(entry.fingerprint)},
        {u"name"_s, entry.name},
        {u"profile"_s, entry.profile},
        {u"userId"_s, entry.userId},
        {u"retiredAt"_s, double(entry.retiredAt.toMSecsSinceEpoch())},
        {u"expiresAt"_s, entry.expiresAt ? QJsonValue(double(entry.expiresAt->toMSecsSinceEpoch()))
                                         : QJsonValue(QJsonValue::Null)},
        {u"reason"_s, entry.reason == Entry::Reason::Revoked ? u"revoked"_s : u"replaced"_s}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<RetiredTokenLog::Entry> RetiredTokenLog::parse(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Entry entry;
    entry.fingerprint = object.value(u"fingerprint"_s).toString().toLatin1();
    entry.name = object.value(u"name"_s).toString();
    entry.profile = object.value(u"profile"_s).toString();
    entry.userId = object.value(u"userId"_s).toString();
    const std::optional<QDateTime> retiredAt = timeOf(object.value(u"retiredAt"_s));
    const QJsonValue expiresAt = object.value(u"expiresAt"_s);
    const QString reason = object.value(u"reason"_s).toString();
    if (!isFingerprint(entry.fingerprint) || !retiredAt ||
        !(expiresAt.isNull() || timeOf(expiresAt)) ||
        (reason != u"revoked"_s && reason != u"replaced"_s))
        return std::nullopt;
    entry.retiredAt = *retiredAt;
    if (!expiresAt.isNull())
        entry.expiresAt = timeOf(expiresAt);
    entry.reason = reason == u"revoked"_s ? Entry::Reason::Revoked : Entry::Reason::Replaced;
    return entry;
}

bool RetiredTokenLog::record(Entry entry, QString *errorMessage) const
{
    if (!entry.retiredAt.isValid())
        entry.retiredAt = QDateTime::currentDateTimeUtc();
    entry.fingerprint = entry.fingerprint.toLower();
    if (!ensureDirectory(QFileInfo(m_path).absolutePath())) {
        if (errorMessage)
            *errorMessage = tr("The folder for the list of revoked tokens cannot be made.");
        return false;
    }
    QFile file(m_path);
    QByteArray line = serialize(entry);
    if (file.open(QIODevice::ReadWrite | QIODevice::Append) && file.size() > 0) {
        // A line cut short (a crash mid-write) must not swallow this one.
        char last = '\n';
        if (file.seek(file.size() - 1) && file.getChar(&last) && last != '\n')
            line.prepend('\n');
    }
    if (!file.isOpen() || !file.setPermissions(kOwnerOnlyFile) || file.write(line) < 0) {
        if (errorMessage)
            *errorMessage =
                tr("The list of revoked tokens cannot be written: %1").arg(file.errorString());
        return false;
    }
    const qint64 size = file.size();
    file.close();
    if (size > kCompactAbove)
        compact();
    return true;
}

QList<RetiredTokenLog::Entry> RetiredTokenLog::entries() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = file.read(kMaxReadBytes);
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-MaxAgeDays);
    QList<Entry> entries;
    for (const QByteArray &line : content.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (std::optional<Entry> entry = parse(line); entry && entry->retiredAt >= oldest)
            entries.append(std::move(*entry));
    }
    if (entries.size() > MaxEntries)
        entries.remove(0, entries.size() - MaxEntries);
    return entries;
}

void RetiredTokenLog::compact() const
{
    QByteArray content;
    for (const Entry &entry : entries())
        content += serialize(entry);
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerOnlyFile) &&
        file.write(content) == content.size())
        file.commit();
}

} // namespace latchkey
