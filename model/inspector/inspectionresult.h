// InspectionResult: everything the inspector found about one token, rendered by UI and CLI.
#pragma once

#include "model/inspector/knowntoken.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

enum class Verdict { Valid, Invalid, Unrecognised, Warning };
enum class Severity { Info, Warning, Error, Critical };

struct Finding
{
    Severity severity = Severity::Info;
    QString message;

    friend bool operator==(const Finding &, const Finding &) = default;
};

// One decoded value: id is stable (JSON key, tests), label is translated.
struct DecodedField
{
    QString id;
    QString label;
    QString value;
};

struct Claim
{
    QString name;                  // the claim name as in the token
    QJsonValue value;              // the raw JSON value
    QString display;               // human text; times get absolute UTC and relative text
    std::optional<QDateTime> time; // set for exp, nbf and iat
};

struct SignatureResult
{
    bool checked = false; // a verification was attempted (or refused, e.g. alg none)
    bool ok = false;
    QString algorithm;
    QString keyId;
    QString reason;       // why it failed or was not checked; empty when ok
    QStringList warnings; // a valid signature made with a key weaker than RFC 7518 allows
};

struct KnownTokenMatch
{
    KnownToken token;
    QString sentence; // "This is ci-deploy of alice@example.com on connection ..."
};

struct InspectionResult
{
    Verdict verdict = Verdict::Unrecognised;
    QString verdictText;
    QString formatId; // stable id, e.g. "github-classic", "jws", "unknown"
    QString formatName;
    QByteArray fingerprint; // lowercase hex SHA-256 of the normalised token
    qsizetype length = 0;
    QList<Finding> findings;
    QList<DecodedField> fields;
    QList<Claim> claims;
    SignatureResult signature;
    std::optional<KnownTokenMatch> knownToken;

    bool hasFinding(Severity severity) const;
    // The first field with this id, or an empty string.
    QString field(const QString &id) const;
    const Claim *claim(const QString &name) const;

    // For `latchkeyctl inspect --json`: never contains the token, only its fingerprint.
    QJsonObject toJson() const;

    static QString verdictId(Verdict verdict);
    static QString severityId(Severity severity);
};

} // namespace latchkey
