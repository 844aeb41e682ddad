#include "model/inspector/inspectionresult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace latchkey {

bool InspectionResult::hasFinding(Severity severity) const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [severity](const Finding &f) { return f.severity == severity; });
}

QString InspectionResult::field(const QString &id) const
{
    for (const DecodedField &f : fields) {
        if (f.id == id)
            return f.value;
    }
    return {};
}

const Claim *InspectionResult::claim(const QString &name) const
{
    for (const Claim &c : claims) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString InspectionResult::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return u"valid"_s;
    case Verdict::Invalid:
        return u"invalid"_s;
    case Verdict::Unrecognised:
        return u"unrecognised"_s;
    case Verdict::Warning:
        return u"warning"_s;
    }
    return {};
}

QString InspectionResult::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

QJsonObject InspectionResult::toJson() const
{
    QJsonArray findingArray;
    for (const Finding &f : findings)
        findingArray.append(
            QJsonObject{{u"severity"_s, severityId(f.severity)}, {u"message"_s, f.message}});

    QJsonArray fieldArray;
    for (const DecodedField &f : fields)
        fieldArray.append(
            QJsonObject{{u"id"_s, f.id}, {u"label"_s, f.label}, {u"value"_s, f.value}});

    QJsonArray claimArray;
    for (const Claim &c : claims) {
        QJsonObject o{{u"name"_s, c.name}, {u"value"_s, c.value}, {u"display"_s, c.display}};
        if (c.time)
            o.insert(u"time"_s, c.time->toUTC().toString(Qt::ISODate));
        claimArray.append(o);
    }

    QJsonObject json{
        {u"verdict"_s, verdictId(verdict)},
        {u"verdictText"_s, verdictText},
        {u"format"_s, QJsonObject{{u"id"_s, formatId}, {u"name"_s, formatName}}},
        {u"fingerprint"_s, QString::fromLatin1(fingerprint)},
        {u"length"_s, qint64(length)},
        {u"findings"_s, findingArray},
        {u"fields"_s, fieldArray},
        {u"claims"_s, claimArray},
        {u"signature"_s,
         QJsonObject{{u"checked"_s, signature.checked},
                     {u"ok"_s, signature.ok},
                     {u"algorithm"_s, signature.algorithm},
                     {u"keyId"_s, signature.keyId},
                     {u"reason"_s, signature.reason},
                     {u"warnings"_s, QJsonArray::fromStringList(signature.warnings)}}},
    };
    if (knownToken) {
        const KnownToken &t = knownToken->token;
        QJsonObject known{{u"name"_s, t.name},
                          {u"userLabel"_s, t.userLabel},
                          {u"connectionName"_s, t.connectionName},
                          {u"cached"_s, t.cached},
                          {u"sentence"_s, knownToken->sentence}};
        known.insert(u"expiresAt"_s, t.expiresAt
                                         ? QJsonValue(t.expiresAt->toUTC().toString(Qt::ISODate))
                                         : QJsonValue());
        json.insert(u"knownToken"_s, known);
    } else {
        json.insert(u"knownToken"_s, QJsonValue());
    }
    return json;
}

} // namespace latchkey
