#include "model/offline/offlinesnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr int kFormatVersion = 1;
constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// Epoch ms within years 1970..9999: anything else is not a time Logto sends.
constexpr double kMaxEpochMs = 253402300799999.0;

bool isFingerprint(const QString &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

std::optional<qint64> epochMs(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double ms = value.toDouble();
    if (!(ms >= 0 && ms <= kMaxEpochMs) || ms != double(qint64(ms)))
        return std::nullopt;
    return qint64(ms);
}

} // namespace

OfflineSnapshot::OfflineSnapshot(const QString &directory)
    : m_directory(directory)
{}

QString OfflineSnapshot::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/snapshots"_s;
}

// Named by a hash so that connection names and user ids never become paths.
QString OfflineSnapshot::fileFor(const QString &profile, const QString &userId) const
{
    const QByteArray key = profile.toUtf8() + '\n' + userId.toUtf8();
    return m_directory + u'/' +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()) +
           u".json"_s;
}

QByteArray OfflineSnapshot::serialize(const Data &data)
{
    QJsonArray tokens;
    for (const PersonalAccessToken &token : data.tokens) {
        QJsonObject t;
        t[u"name"_s] = token.name;
        t[u"createdAt"_s] = double(token.createdAt.toMSecsSinceEpoch());
        t[u"expiresAt"_s] = token.expiresAt
                                ? QJsonValue(double(token.expiresAt->toMSecsSinceEpoch()))
                                : QJsonValue(QJsonValue::Null);
        t[u"fingerprint"_s] = QString::fromLatin1(token.fingerprint);
        t[u"hint"_s] = token.hint;
        tokens.append(t);
    }
    QJsonObject root;
    root[u"version"_s] = kFormatVersion;
    root[u"profile"_s] = data.profile;
    root[u"endpoint"_s] = data.endpoint;
    root[u"userId"_s] = data.userId;
    root[u"userLabel"_s] = data.userLabel;
    root[u"takenAt"_s] = double(data.takenAt.toMSecsSinceEpoch());
    root[u"tokens"_s] = tokens;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<OfflineSnapshot::Data> OfflineSnapshot::parse(QByteArrayView json,
                                                            QString *errorMessage)
{
    auto fail = [errorMessage](const QString &why) -> std::optional<Data> {
        if (errorMessage)
            *errorMessage = tr("The offline copy of the token list is damaged (%1).").arg(why);
        return std::nullopt;
    };
    if (json.size() > MaxFileBytes)
        return fail(tr("too large"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (!document.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt(-1) != kFormatVersion)
        return fail(tr("unknown version"));
    const auto takenAt = epochMs(root.value(u"takenAt"_s));
    if (!takenAt)
        return fail(tr("no time of the snapshot"));
    for (const auto *key : {"profile", "endpoint", "userId", "userLabel"}) {
        if (!root.value(QLatin1StringView(key)).isString())
            return fail(tr("field %1 missing").arg(QLatin1StringView(key)));
    }
    if (!root.value(u"tokens"_s).isArray())
        return fail(tr("no token list"));

    Data data;
    data.profile = root.value(u"profile"_s).toString();
    data.endpoint = root.value(u"endpoint"_s).toString();
    data.userId = root.value(u"userId"_s).toString();
    data.userLabel = root.value(u"userLabel"_s).toString();
    data.takenAt = QDateTime::fromMSecsSinceEpoch(*takenAt, Qt::UTC);
    const QJsonArray tokens = root.value(u"tokens"_s).toArray();
    data.tokens.reserve(tokens.size());
    for (const QJsonValue &value : tokens) {
        const QJsonObject t = value.toObject();
        const QString fingerprint = t.value(u"fingerprint"_s).toString();
        const auto createdAt = epochMs(t.value(u"createdAt"_s));
        const QJsonValue expires = t.value(u"expiresAt"_s);
        const auto expiresAt = epochMs(expires);
        if (!value.isObject() || !t.value(u"name"_s).isString() || !t.value(u"hint"_s).isString() ||
            !isFingerprint(fingerprint) || !createdAt || (!expires.isNull() && !expiresAt) ||
            t.value(u"hint"_s).toString().size() > 8)
            return fail(tr("token %1 is malformed").arg(data.tokens.size() + 1));
        PersonalAccessToken token;
        token.userId = data.userId;
        token.name = t.value(u"name"_s).toString();
        token.createdAt = QDateTime::fromMSecsSinceEpoch(*createdAt, Qt::UTC);
        if (expiresAt)
            token.expiresAt = QDateTime::fromMSecsSinceEpoch(*expiresAt, Qt::UTC);
        token.fingerprint = fingerprint.toLatin1();
        token.hint = t.value(u"hint"_s).toString();
        data.tokens.append(token);
    }
    return data;
}

bool OfflineSnapshot::save(const Data &data, QString *errorMessage) const
{
    auto fail = [errorMessage](const QString &why) {
        if (errorMessage)
            *errorMessage =
                tr("The offline copy of the token list could not be saved: %1").arg(why);
        return false;
    };
    if (!QDir().mkpath(m_directory) || !QFile::setPermissions(m_directory, kOwnerOnlyDir))
        return fail(tr("cannot create %1").arg(m_directory));
    Data stamped = data;
    if (!stamped.takenAt.isValid())
        stamped.takenAt = QDateTime::currentDateTimeUtc();
    QSaveFile file(fileFor(data.profile, data.userId));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Before any byte is written: the temporary file must never be readable by others.
    if (!file.setPermissions(kOwnerOnlyFile))
        return fail(file.errorString());
    file.write(serialize(stamped));
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

std::optional<OfflineSnapshot::Data>
OfflineSnapshot::load(const QString &profile, const QString &userId, QString *errorMessage) const
{
    QFile file(fileFor(profile, userId));
    if (!file.exists()) {
        if (errorMessage)
            *errorMessage = tr("There is no offline copy of this token list yet.");
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage =
                tr("The offline copy of the token list cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        if (errorMessage)
            *errorMessage =
                tr("The offline copy of the token list is damaged (%1).").arg(tr("too large"));
        return std::nullopt;
    }
    auto data = parse(file.readAll(), errorMessage);
    // A file whose content names another connection or user is not this one's.
    if (data && (data->profile != profile || data->userId != userId)) {
        if (errorMessage)
            *errorMessage = tr("The offline copy of the token list belongs to another connection.");
        return std::nullopt;
    }
    return data;
}

bool OfflineSnapshot::remove(const QString &profile, const QString &userId) const
{
    return QFile::remove(fileFor(profile, userId));
}

QList<KnownToken> OfflineSnapshot::knownTokens() const
{
    QList<KnownToken> result;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.size() > MaxFileBytes || !file.open(QIODevice::ReadOnly))
            continue;
        const auto data = parse(file.readAll());
        if (!data)
            continue;
        for (const PersonalAccessToken &token : data->tokens) {
            KnownToken known;
            known.fingerprint = token.fingerprint;
            known.name = token.name;
            known.userLabel = data->userLabel.isEmpty() ? data->userId : data->userLabel;
            known.connectionName = data->profile;
            known.expiresAt = token.expiresAt;
            known.userId = data->userId;
            result.append(known);
        }
    }
    return result;
}

} // namespace latchkey
