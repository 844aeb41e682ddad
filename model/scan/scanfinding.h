// ScanFinding: one place where the where-used scan found a token: the file,
// line and column, and which token (or which format, for one Latchkey does
// not know). Never the value.
#pragma once

#include "model/inspector/formatdetector.h"
#include "model/scan/scantoken.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace latchkey {

struct ScanFinding
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::ScanFinding)

public:
    QString path;   // as walked, absolute
    int line = 0;   // 1-based
    int column = 0; // 1-based, counted in characters (UTF-8 code points)
    bool known = false;
    ScanToken token;                                   // when known
    ScanToken::State state = ScanToken::State::Active; // when known, at scan time
    TokenFormat format = TokenFormat::Unknown;
    QByteArray fingerprint; // lowercase hex SHA-256; groups one token's copies

    // "deploy-bot (sandbox)", "a revoked token: deploy-bot (sandbox)", "an unknown GitHub
    // token", translated.
    QString describe() const;
    // The path with the home folder as "~", then ":line:column".
    QString location(const QString &home) const;
    // The state as a word for JSON and tables: active, expired, revoked, unknown.
    QString stateId() const;
    // A revoked or expired token still in a file: something will break, or leak.
    bool isDead() const { return known && state != ScanToken::State::Active; }
};

// Copies of one token by file, for confirmations: "~/.npmrc:3, ~/proj/.env:7".
QString describeLocations(const QList<ScanFinding> &findings, const QString &home, int max = 5);

} // namespace latchkey
