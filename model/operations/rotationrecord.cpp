#include "model/operations/rotationrecord.h"

#include "net/jsonfields.h"

#include <QJsonValue>

#include <array>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
constexpr std::array StepNames = {"planned",       "created", "cached",        "old-deleted",
                                  "old-forgotten", "renamed", "old-set-aside", "revocation-due"};

QString kindName(RotationRecord::Kind kind)
{
    switch (kind) {
    case RotationRecord::Kind::Generate:
        return u"generate"_s;
    case RotationRecord::Kind::Revocation:
        return u"revocation"_s;
    case RotationRecord::Kind::Rotation:
        break;
    }
    return u"rotation"_s;
}
} // namespace

QString RotationRecord::stepName(Step step)
{
    return QLatin1StringView(StepNames.at(static_cast<std::size_t>(step)));
}

std::optional<RotationRecord::Step> RotationRecord::stepFromName(const QString &name)
{
    for (std::size_t i = 0; i < StepNames.size(); ++i) {
        if (name == QLatin1StringView(StepNames[i]))
            return static_cast<Step>(i);
    }
    return std::nullopt;
}

QJsonObject RotationRecord::toJson() const
{
    return QJsonObject{
        {u"version"_s, 1},
        {u"kind"_s, kindName(kind)},
        {u"id"_s, id},
        {u"profile"_s, profile},
        {u"endpoint"_s, endpoint},
        {u"userId"_s, userId},
        {u"oldName"_s, oldName},
        {u"oldFingerprint"_s, QString::fromLatin1(oldFingerprint)},
        {u"tempName"_s, tempName},
        {u"newFingerprint"_s, QString::fromLatin1(newFingerprint)},
        {u"newExpiresAt"_s, newExpiry ? QJsonValue(newExpiry->toMSecsSinceEpoch()) : QJsonValue()},
        {u"startedAt"_s, startedAt.toMSecsSinceEpoch()},
        {u"step"_s, stepName(step)},
        {u"revokeOldAt"_s,
         revokeOldAt ? QJsonValue(revokeOldAt->toMSecsSinceEpoch()) : QJsonValue()},
        {u"asideName"_s, asideName},
    };
}

std::optional<RotationRecord> RotationRecord::fromJson(const QJsonObject &object)
{
    RotationRecord record;
    // Records written before generates were journaled carry no kind.
    const QString kind = object.value(u"kind"_s).toString(u"rotation"_s);
    if (kind == u"generate"_s)
        record.kind = Kind::Generate;
    else if (kind == u"revocation"_s)
        record.kind = Kind::Revocation;
    else if (kind != u"rotation"_s)
        return std::nullopt;
    const std::optional<Step> step = stepFromName(object.value(u"step"_s).toString());
    record.id = object.value(u"id"_s).toString();
    record.profile = object.value(u"profile"_s).toString();
    record.endpoint = object.value(u"endpoint"_s).toString();
    record.userId = object.value(u"userId"_s).toString();
    record.oldName = object.value(u"oldName"_s).toString();
    record.oldFingerprint = object.value(u"oldFingerprint"_s).toString().toLatin1();
    record.tempName = object.value(u"tempName"_s).toString();
    record.newFingerprint = object.value(u"newFingerprint"_s).toString().toLatin1();
    const QJsonValue expires = object.value(u"newExpiresAt"_s);
    const std::optional<qint64> expiresMs = JsonFields::exactInteger(expires);
    if (expiresMs)
        record.newExpiry = QDateTime::fromMSecsSinceEpoch(*expiresMs, Qt::UTC);
    // The start time only orders records and ages them; a damaged one must not cost the
    // record (and with it a token value to recover).
    record.startedAt = QDateTime::fromMSecsSinceEpoch(
        JsonFields::exactInteger(object.value(u"startedAt"_s)).value_or(0), Qt::UTC);
    // Records written before overlaps existed carry neither field.
    const QJsonValue revokeAt = object.value(u"revokeOldAt"_s);
    const std::optional<qint64> revokeAtMs = JsonFields::exactInteger(revokeAt);
    if (revokeAtMs)
        record.revokeOldAt = QDateTime::fromMSecsSinceEpoch(*revokeAtMs, Qt::UTC);
    record.asideName = object.value(u"asideName"_s).toString();
    if (!step || record.id.isEmpty() || record.userId.isEmpty() || record.oldName.isEmpty() ||
        (record.kind == Kind::Rotation && record.tempName.isEmpty()) || record.endpoint.isEmpty() ||
        (!expiresMs && !expires.isNull()) ||
        (!revokeAtMs && !revokeAt.isNull() && !revokeAt.isUndefined()) ||
        (record.revokeOldAt && record.asideName.isEmpty()) ||
        (record.kind == Kind::Revocation &&
         (!record.revokeOldAt || record.oldFingerprint.isEmpty())))
        return std::nullopt;
    record.step = *step;
    return record;
}

} // namespace latchkey
