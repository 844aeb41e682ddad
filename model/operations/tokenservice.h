// TokenService: the safe token operations the window and latchkeyctl share:
// generate, rename, set expiry (a journaled rotation), revoke, copy, and
// finishing rotations that an earlier run left half done.
#pragma once

#include "model/domain/expiryspec.h"
#include "model/operations/bulkrevoke.h"
#include "model/operations/issuedtoken.h"
#include "model/operations/rotationrecovery.h"
#include "model/operations/tokenbackend.h"
#include "model/operations/tokenresult.h"
#include "net/logtoclient.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QLockFile;

namespace latchkey {

class TokenService : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(TokenResult<T>)>;

    // Nothing is owned; backend.client/cache/journal must outlive the service.
    explicit TokenService(const TokenBackend &backend, QObject *parent = nullptr);
    ~TokenService() override;

    // The longest lifetime a new expiry may have, in days; 0 = no limit.
    void setMaxLifetimeDays(int days) { m_maxLifetimeDays = days; }
    int maxLifetimeDays() const { return m_maxLifetimeDays; }
    // Tokens this service deletes (revoked, or replaced by a new expiry) are noted
    // there; not owned, may be null.
    void setRetiredLog(RetiredTokenLog *log) { m_backend.retired = log; }
    // Notes follow rotations and go with revoked tokens; not owned, may be null.
    void setNotes(TokenNotes *notes) { m_backend.notes = notes; }
    TokenNotes *notes() const { return m_backend.notes; }

    // Every callback runs once, later, and not at all once context is destroyed.

    // Creates a token and caches its value. A keychain failure still hands the
    // value over, with cached == false and the reason in cacheError.
    void generate(const QString &userId, const QString &name, const ExpirySpec &expiry,
                  QObject *context, Callback<IssuedToken> done);

    // The cached value stays with the token (it is keyed by fingerprint, not name).
    void rename(const QString &userId, const QString &currentName, const QString &newName,
                QObject *context, Callback<PersonalAccessToken> done);

    // Logto cannot change an expiry, so this replaces the token by a new one with
    // the same name and the new expiry; the result carries the new value (replaced).
    void changeExpiry(const QString &userId, const QString &name, const ExpirySpec &expiry,
                      QObject *context, Callback<IssuedToken> done);
    // The same with an overlap: the old token keeps working for keepOldFor, renamed
    // "NAME (replaced YYYY-MM-DD)", and is revoked by the first resumePending() after
    // that (the app's, or any latchkeyctl command's). Zero revokes it at once.
    void changeExpiry(const QString &userId, const QString &name, const ExpirySpec &expiry,
                      std::chrono::seconds keepOldFor, QObject *context,
                      Callback<IssuedToken> done);

    // Old tokens of this profile still working after a rotation with an overlap
    // (Revocation records), soonest first.
    QList<RotationRecord> plannedRevocations() const;
    // Revokes one of them now, whatever its time; or keeps it working for good
    // (drops the plan, the token stays under its "replaced" name).
    void revokeReplacedNow(const QString &recordId, QObject *context,
                           std::function<void(ResumeOutcome)> done);
    bool keepReplaced(const QString &recordId, QString *error = nullptr);

    // Deletes each token on the server, one at a time, then forgets its cached value
    // (BulkRevoke): one outcome per name, in order; a failure does not stop the rest.
    // revokeProgress() follows each token.
    void revoke(const QString &userId, const QStringList &names, QObject *context,
                std::function<void(QList<RevokeOutcome>)> done);
    // The same for every token the user has (offboarding). When the list cannot be
    // read, the one outcome has an empty name and says why.
    void revokeAll(const QString &userId, QObject *context,
                   std::function<void(QList<RevokeOutcome>)> done);

    // The cached value of a token (NotCached when there is none).
    void cachedValue(const QByteArray &fingerprint, QObject *context, Callback<SecretBytes> done);
    // The same, finding the token by name first.
    void cachedValue(const QString &userId, const QString &name, QObject *context,
                     Callback<SecretBytes> done);

    // Finishes (or undoes, when no replacement was made) every rotation of this
    // profile that a crash, kill or lost connection interrupted, and revokes the old
    // tokens whose overlap is over. Call at start, and when plannedRevocations() says.
    void resumePending(QObject *context, std::function<void(QList<ResumeOutcome>)> done);

signals:
    // The server's list of this user's tokens changed.
    void tokensChanged(const QString &userId);
    // Emitted right after the journal recorded a rotation step (RotationRecord::stepName).
    void rotationStepRecorded(const QString &step, const QString &tokenName);
    // A revoke of several tokens got through one more of them (done of total).
    void revokeProgress(const QString &userId, int done, int total, const QString &name);
    // Emitted right after the journal recorded a generate step ("planned", "created").
    void generateStepRecorded(const QString &step, const QString &tokenName);

private:
    void findToken(
        const QString &userId, const QString &name,
        std::function<void(TokenResult<PersonalAccessToken>, const QList<PersonalAccessToken> &)>
            done);
    void finishGenerate(const QString &userId, std::shared_ptr<RotationRecord> record,
                        std::shared_ptr<QLockFile> lock, Result<CreatedToken> result,
                        Callback<IssuedToken> reply);
    void startRevoke(const QString &userId, const std::optional<QStringList> &names,
                     QObject *context, std::function<void(QList<RevokeOutcome>)> done);
    void startRecovery(const RotationRecord &record, std::unique_ptr<QLockFile> lock,
                       std::function<void(ResumeOutcome)> done);
    void resumeNext(QList<RotationRecord> records, QList<ResumeOutcome> outcomes,
                    std::function<void(QList<ResumeOutcome>)> done);

    TokenBackend m_backend;
    int m_maxLifetimeDays = 0;
    QSet<QString> m_activeRotations; // journal ids this process is working on
};

} // namespace latchkey
