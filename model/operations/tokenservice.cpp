#include "model/operations/tokenservice.h"

#include "model/domain/tokennamevalidator.h"
#include "model/keychain/tokencache.h"
#include "model/operations/duerevocation.h"
#include "model/operations/generaterecovery.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/tokenrotation.h"

#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// Wraps a caller's callback so that it never runs once the caller's context is gone.
template<typename Fn> auto guarded(QObject *context, Fn fn)
{
    return [guard = QPointer<QObject>(context), fn = std::move(fn)](auto &&...args) {
        if (guard)
            fn(std::forward<decltype(args)>(args)...);
    };
}
} // namespace

TokenService::TokenService(const TokenBackend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

TokenService::~TokenService() = default;

void TokenService::generate(const QString &userId, const QString &name, const ExpirySpec &expiry,
                            QObject *context, Callback<IssuedToken> done)
{
    auto reply = guarded(context, std::move(done));
    const TokenNameValidator::Verdict verdict = TokenNameValidator::check(name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expiryError = expiry.check(now, m_maxLifetimeDays);
    if (!verdict.ok() || !expiryError.isEmpty()) {
        const QString message = verdict.ok() ? expiryError : verdict.error;
        QMetaObject::invokeMethod(
            this,
            [reply, message] { reply(TokenError::make(TokenError::Kind::InvalidInput, message)); },
            Qt::QueuedConnection);
        return;
    }

    auto record = std::make_shared<RotationRecord>();
    record->kind = RotationRecord::Kind::Generate;
    record->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record->profile = m_backend.profile;
    record->endpoint = m_backend.endpoint;
    record->userId = userId;
    record->oldName = name;
    record->newExpiry = expiry.resolve(now);
    record->startedAt = now;
    // Written before the POST: a run killed after the server's answer leaves
    // this behind, and the next start saves the value nobody kept.
    std::shared_ptr<QLockFile> lock = m_backend.journal->claim(record->id);
    if (!lock || !m_backend.journal->write(*record)) {
        const QString message = tr("The token was not created: the journal in %1 cannot be "
                                   "used.")
                                    .arg(m_backend.journal->directory());
        QMetaObject::invokeMethod(
            this, [reply, message] { reply(TokenError::make(TokenError::Kind::Journal, message)); },
            Qt::QueuedConnection);
        return;
    }
    m_activeRotations.insert(record->id);
    emit generateStepRecorded(RotationRecord::stepName(RotationRecord::Step::Planned), name);

    m_backend.client->createToken(userId, name, record->newExpiry, this,
                                  [this, reply, userId, record, lock](Result<CreatedToken> result) {
                                      finishGenerate(userId, record, lock, std::move(result),
                                                     reply);
                                  });
}

void TokenService::finishGenerate(const QString &userId, std::shared_ptr<RotationRecord> record,
                                  std::shared_ptr<QLockFile> lock, Result<CreatedToken> result,
                                  Callback<IssuedToken> reply)
{
    const QString name = record->oldName;
    if (!result) {
        TokenError error = TokenError::fromApi(result.error(), userId, name);
        // The client already looked for the token by listing; when even that
        // failed, the user must hear that an unseen token may be left behind.
        const ApiError::Kind kind = result.error().kind();
        const bool mayExist = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout ||
                              kind == ApiError::Kind::Parse;
        if (mayExist) {
            error.tokenMayExist = true;
            error.message += u' ' + tr("The server may have created the token \"%1\" "
                                       "anyway. If it appears in the list, revoke it: "
                                       "its value cannot be shown again.")
                                        .arg(name);
        } else {
            // The record stays only when the token may exist: the next start
            // then saves its value if the server made it after all.
            m_backend.journal->remove(record->id);
        }
        m_activeRotations.remove(record->id);
        reply(std::move(error));
        return;
    }
    auto issued = std::make_shared<IssuedToken>();
    CreatedToken createdToken = std::move(result).value();
    issued->token = createdToken.token;
    issued->value = std::move(createdToken.value);
    issued->reconciled = createdToken.reconciled;
    record->newFingerprint = issued->token.fingerprint;
    record->step = RotationRecord::Step::Created;
    // Should this write fail, the planned record still leads a later start to the token.
    m_backend.journal->write(*record);
    emit generateStepRecorded(RotationRecord::stepName(RotationRecord::Step::Created), name);
    emit tokensChanged(userId);
    m_backend.cache->store(
        m_backend.endpoint, issued->token.fingerprint, issued->value, this,
        [this, reply, issued, record, lock](SecretStore::Outcome outcome) mutable {
            const bool cached = outcome.ok();
            issued->cached = cached;
            if (!cached)
                issued->cacheError = TokenError::fromKeychain(outcome).message;
            // The record goes only once the value reached the keychain, or the
            // caller (who prints or shows it before returning); a kill before
            // that leaves the record, and the next start saves the value.
            if (cached)
                m_backend.journal->remove(record->id);
            reply(std::move(*issued));
            if (!cached)
                m_backend.journal->remove(record->id);
            m_activeRotations.remove(record->id);
            lock.reset();
        });
}

void TokenService::rename(const QString &userId, const QString &currentName, const QString &newName,
                          QObject *context, Callback<PersonalAccessToken> done)
{
    auto reply = guarded(context, std::move(done));
    TokenNameValidator::Verdict verdict = TokenNameValidator::check(newName, {currentName});
    if (newName == currentName)
        verdict.error = tr("The token is already named \"%1\".").arg(newName);
    if (!verdict.ok()) {
        QMetaObject::invokeMethod(
            this,
            [reply, message = verdict.error] {
                reply(TokenError::make(TokenError::Kind::InvalidInput, message));
            },
            Qt::QueuedConnection);
        return;
    }
    m_backend.client->renameToken(
        userId, currentName, newName, this,
        [this, reply, userId, currentName, newName](Result<PersonalAccessToken> result) {
            if (!result) {
                // 422 is about the new name, 404 about the current one.
                reply(TokenError::fromApi(
                    result.error(), userId,
                    result.error().kind() == ApiError::Kind::Conflict ? newName : currentName));
                return;
            }
            emit tokensChanged(userId);
            reply(result.value());
        });
}

void TokenService::findToken(
    const QString &userId, const QString &name,
    std::function<void(TokenResult<PersonalAccessToken>, const QList<PersonalAccessToken> &)> done)
{
    m_backend.client->listTokens(
        userId, this, [userId, name, done](Result<QList<PersonalAccessToken>> result) {
            if (!result) {
                done(TokenError::fromApi(result.error(), userId), {});
                return;
            }
            for (const PersonalAccessToken &token : result.value()) {
                if (token.name == name) {
                    done(token, result.value());
                    return;
                }
            }
            done(TokenError::make(TokenError::Kind::NoSuchToken,
                                  tr("The user has no token named \"%1\".").arg(name)),
                 result.value());
        });
}

void TokenService::changeExpiry(const QString &userId, const QString &name,
                                const ExpirySpec &expiry, QObject *context,
                                Callback<IssuedToken> done)
{
    changeExpiry(userId, name, expiry, std::chrono::seconds(0), context, std::move(done));
}

void TokenService::changeExpiry(const QString &userId, const QString &name,
                                const ExpirySpec &expiry, std::chrono::seconds keepOldFor,
                                QObject *context, Callback<IssuedToken> done)
{
    auto reply = guarded(context, std::move(done));
    const QString expiryError = expiry.check(QDateTime::currentDateTimeUtc(), m_maxLifetimeDays);
    if (!expiryError.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [reply, expiryError] {
                reply(TokenError::make(TokenError::Kind::InvalidInput, expiryError));
            },
            Qt::QueuedConnection);
        return;
    }

    findToken(
        userId, name,
        [this, reply, expiry, keepOldFor, userId](TokenResult<PersonalAccessToken> found,
                                                  const QList<PersonalAccessToken> &all) {
            if (!found) {
                reply(found.error());
                return;
            }
            const PersonalAccessToken &old = found.value();
            for (const RotationRecord &pending : m_backend.journal->pending(m_backend.profile)) {
                if (pending.kind == RotationRecord::Kind::Rotation && pending.userId == userId &&
                    pending.oldName == old.name) {
                    reply(TokenError::make(
                        TokenError::Kind::Busy,
                        tr("An earlier change of the expiry of \"%1\" is not finished yet; it "
                           "is finished the next time Latchkey starts.")
                            .arg(old.name)));
                    return;
                }
            }

            RotationRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.profile = m_backend.profile;
            record.endpoint = m_backend.endpoint;
            record.userId = userId;
            record.oldName = old.name;
            record.oldFingerprint = old.fingerprint;
            QStringList taken;
            for (const PersonalAccessToken &token : all)
                taken.append(token.name);
            record.tempName = TokenRotation::temporaryName(old.name, record.id.left(8), taken);
            // Resolved now, so that a resumed rotation asks for the same moment.
            record.newExpiry = expiry.resolve(QDateTime::currentDateTimeUtc());
            record.startedAt = QDateTime::currentDateTimeUtc();
            if (keepOldFor.count() > 0) {
                record.revokeOldAt = record.startedAt.addSecs(keepOldFor.count());
                taken.append(record.tempName);
                record.asideName = TokenRotation::asideName(old.name, QDate::currentDate(), taken);
            }

            std::unique_ptr<QLockFile> lock = m_backend.journal->claim(record.id);
            if (!lock) {
                reply(TokenError::make(TokenError::Kind::Journal,
                                       tr("The expiry was not changed: the rotation journal "
                                          "in %1 cannot be used.")
                                           .arg(m_backend.journal->directory())));
                return;
            }
            auto *rotation = new TokenRotation(m_backend, record, std::move(lock), this);
            m_activeRotations.insert(record.id);
            connect(rotation, &TokenRotation::stepRecorded, this,
                    &TokenService::rotationStepRecorded);
            rotation->start(
                [this, rotation, reply, userId, id = record.id](TokenResult<IssuedToken> result) {
                    m_activeRotations.remove(id);
                    rotation->deleteLater();
                    emit tokensChanged(userId);
                    reply(std::move(result));
                });
        });
}

void TokenService::revoke(const QString &userId, const QStringList &names, QObject *context,
                          std::function<void(QList<RevokeOutcome>)> done)
{
    startRevoke(userId, names, context, std::move(done));
}

void TokenService::revokeAll(const QString &userId, QObject *context,
                             std::function<void(QList<RevokeOutcome>)> done)
{
    startRevoke(userId, std::nullopt, context, std::move(done));
}

void TokenService::startRevoke(const QString &userId, const std::optional<QStringList> &names,
                               QObject *context, std::function<void(QList<RevokeOutcome>)> done)
{
    auto reply = guarded(context, std::move(done));
    auto *job = new BulkRevoke(m_backend, userId, this);
    connect(job, &BulkRevoke::tokensChanged, this, &TokenService::tokensChanged);
    connect(job, &BulkRevoke::progress, this,
            [this, userId](int done, int total, const QString &name) {
                emit revokeProgress(userId, done, total, name);
            });
    job->start(names, [job, reply](QList<RevokeOutcome> outcomes) {
        job->deleteLater();
        reply(std::move(outcomes));
    });
}

void TokenService::cachedValue(const QByteArray &fingerprint, QObject *context,
                               Callback<SecretBytes> done)
{
    auto reply = guarded(context, std::move(done));
    m_backend.cache->fetch(m_backend.endpoint, fingerprint, this,
                           [reply](SecretStore::Outcome outcome, SecretBytes value) {
                               if (!outcome.ok()) {
                                   TokenError error = TokenError::fromKeychain(outcome);
                                   if (error.kind == TokenError::Kind::NotCached)
                                       error.message =
                                           tr("The keychain holds no value for this token; only "
                                              "values of tokens made with Latchkey are kept.");
                                   reply(std::move(error));
                                   return;
                               }
                               reply(std::move(value));
                           });
}

void TokenService::cachedValue(const QString &userId, const QString &name, QObject *context,
                               Callback<SecretBytes> done)
{
    QPointer<QObject> guard(context);
    findToken(userId, name,
              [this, guard, done](TokenResult<PersonalAccessToken> found,
                                  const QList<PersonalAccessToken> &) {
                  if (!guard)
                      return;
                  if (!found) {
                      done(found.error());
                      return;
                  }
                  cachedValue(found.value().fingerprint, guard, done);
              });
}

QList<RotationRecord> TokenService::plannedRevocations() const
{
    QList<RotationRecord> planned;
    for (const RotationRecord &record : m_backend.journal->pending(m_backend.profile)) {
        if (record.kind == RotationRecord::Kind::Revocation &&
            record.endpoint == m_backend.endpoint)
            planned.append(record);
    }
    std::sort(planned.begin(), planned.end(), [](const RotationRecord &a, const RotationRecord &b) {
        return *a.revokeOldAt < *b.revokeOldAt;
    });
    return planned;
}

void TokenService::revokeReplacedNow(const QString &recordId, QObject *context,
                                     std::function<void(ResumeOutcome)> done)
{
    auto reply = guarded(context, std::move(done));
    const QList<RotationRecord> planned = plannedRevocations();
    const auto it = std::find_if(planned.cbegin(), planned.cend(),
                                 [&](const RotationRecord &r) { return r.id == recordId; });
    std::unique_ptr<QLockFile> lock;
    if (it != planned.cend() && !m_activeRotations.contains(recordId))
        lock = m_backend.journal->claim(recordId);
    if (!lock) {
        ResumeOutcome busy{ResumeOutcome::Kind::Skipped,
                           {},
                           {},
                           tr("That revocation is no longer planned, or is in progress "
                              "elsewhere.")};
        QMetaObject::invokeMethod(
            this, [reply, busy] { reply(busy); }, Qt::QueuedConnection);
        return;
    }
    startRecovery(*it, std::move(lock), reply);
}

bool TokenService::keepReplaced(const QString &recordId, QString *error)
{
    // Claimed first: a revocation running in another process must not be cut off.
    std::unique_ptr<QLockFile> lock =
        m_activeRotations.contains(recordId) ? nullptr : m_backend.journal->claim(recordId);
    if (!lock) {
        if (error)
            *error = tr("The old token is being revoked right now.");
        return false;
    }
    return m_backend.journal->remove(recordId, error);
}

void TokenService::resumePending(QObject *context, std::function<void(QList<ResumeOutcome>)> done)
{
    auto reply = guarded(context, std::move(done));
    QStringList problems;
    const QList<RotationRecord> records = m_backend.journal->pending(m_backend.profile, &problems);
    QList<ResumeOutcome> outcomes;
    for (const QString &problem : problems)
        outcomes.append({ResumeOutcome::Kind::Failed, {}, {}, problem});
    QMetaObject::invokeMethod(
        this, [this, records, outcomes, reply] { resumeNext(records, outcomes, reply); },
        Qt::QueuedConnection);
}

void TokenService::resumeNext(QList<RotationRecord> records, QList<ResumeOutcome> outcomes,
                              std::function<void(QList<ResumeOutcome>)> done)
{
    if (records.isEmpty()) {
        done(outcomes);
        return;
    }
    const RotationRecord record = records.takeFirst();
    std::unique_ptr<QLockFile> lock;
    // An overlap not over yet, or one another process is ending, is nothing to report.
    const bool revocation = record.kind == RotationRecord::Kind::Revocation;
    if (revocation &&
        (!record.isDue(QDateTime::currentDateTimeUtc()) || record.endpoint != m_backend.endpoint)) {
        resumeNext(records, outcomes, done);
        return;
    }
    if (!m_activeRotations.contains(record.id))
        lock = m_backend.journal->claim(record.id);
    if (revocation && !lock) {
        resumeNext(records, outcomes, done);
        return;
    }
    if (!lock || record.endpoint != m_backend.endpoint) {
        const bool generate = record.kind == RotationRecord::Kind::Generate;
        outcomes.append(
            {ResumeOutcome::Kind::Skipped, record.userId, record.oldName,
             generate && lock ? tr("Creating the token \"%1\" was started on another server "
                                   "address; it is left alone.")
                                    .arg(record.oldName)
             : generate
                 ? tr("Creating the token \"%1\" is in progress elsewhere.").arg(record.oldName)
             : lock ? tr("Changing the expiry of \"%1\" was started on another server "
                         "address; it is left alone.")
                          .arg(record.oldName)
                    : tr("Changing the expiry of \"%1\" is in progress elsewhere.")
                          .arg(record.oldName)});
        resumeNext(records, outcomes, done);
        return;
    }
    startRecovery(record, std::move(lock),
                  [records, outcomes, done, this](ResumeOutcome outcome) mutable {
                      outcomes.append(outcome);
                      resumeNext(records, outcomes, done);
                  });
}

void TokenService::startRecovery(const RotationRecord &record, std::unique_ptr<QLockFile> lock,
                                 std::function<void(ResumeOutcome)> done)
{
    JournalJob *job = nullptr;
    switch (record.kind) {
    case RotationRecord::Kind::Generate:
        job = new GenerateRecovery(m_backend, record, std::move(lock), this);
        break;
    case RotationRecord::Kind::Revocation:
        job = new DueRevocation(m_backend, record, std::move(lock), this);
        break;
    case RotationRecord::Kind::Rotation:
        job = new RotationRecovery(m_backend, record, std::move(lock), this);
        break;
    }
    m_activeRotations.insert(record.id);
    connect(job, &JournalJob::stepRecorded, this, &TokenService::rotationStepRecorded);
    job->start([this, job, done, record](ResumeOutcome outcome) {
        m_activeRotations.remove(record.id);
        job->deleteLater();
        // A rotation that was looked at may have changed the list even when it failed.
        if (outcome.kind == ResumeOutcome::Kind::Finished ||
            (record.kind == RotationRecord::Kind::Rotation &&
             outcome.kind != ResumeOutcome::Kind::Skipped))
            emit tokensChanged(record.userId);
        done(std::move(outcome));
    });
}

} // namespace latchkey
