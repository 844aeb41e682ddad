// TokenBackend: the parts one profile's token operations work with, handed to
// the small jobs TokenService runs (rotation, recovery).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace latchkey {

class LogtoClient;
class RetiredTokenLog;
class RotationJournal;
class TokenCache;
class TokenNotes;

struct TokenBackend
{
    LogtoClient *client = nullptr;
    TokenCache *cache = nullptr;
    RotationJournal *journal = nullptr;
    QString profile;  // journal records belong to a profile
    QString endpoint; // cache keys are scoped by endpoint
    // Where deleted tokens are remembered, so that a copy left in a file can be
    // named (the where-used scan); null keeps no such list.
    RetiredTokenLog *retired = nullptr;
    // The users' notes on their tokens, carried to a rotation's replacement and
    // dropped with a revoked token; null keeps none.
    TokenNotes *notes = nullptr;

    // Notes a token this profile deleted on the server; a failure to write is
    // not worth stopping an operation for.
    void noteRetired(const QString &userId, const QString &name, const QByteArray &fingerprint,
                     const std::optional<QDateTime> &expiresAt, bool replaced) const;
    // Gives the note of a replaced token to its replacement; safe to run again
    // (a resumed rotation does). A failure costs the note's move, never a token.
    void carryNote(const QString &userId, const QByteArray &from, const QByteArray &to) const;
    // Drops the note of a token that is gone.
    void dropNote(const QString &userId, const QByteArray &fingerprint) const;
};

} // namespace latchkey
