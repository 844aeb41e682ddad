#include "model/operations/tokenrotation.h"

#include "model/domain/tokennamevalidator.h"
#include "model/keychain/tokencache.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/rotationrecovery.h"
#include "net/logtoclient.h"

using namespace Qt::StringLiterals;

namespace latchkey {

TokenRotation::TokenRotation(const TokenBackend &backend, RotationRecord record,
                             std::unique_ptr<QLockFile> lock, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_record(std::move(record))
    , m_lock(std::move(lock))
{}

TokenRotation::~TokenRotation() = default;

namespace {

// name with "(<word> <tag>)" after it, cut to fit Logto's limit, and changed until it
// is not among takenNames.
QString suffixedName(const QString &name, const QString &word, const QString &tag,
                     const QStringList &takenNames)
{
    for (int attempt = 0;; ++attempt) {
        const QString suffix = attempt == 0 ? u" (%1 %2)"_s.arg(word, tag)
                                            : u" (%1 %2-%3)"_s.arg(word, tag).arg(attempt);
        QString base = name.left(TokenNameValidator::MaxLength - suffix.size());
        // Never leave half of a surrogate pair at the cut.
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
        const QString candidate = base + suffix;
        if (!takenNames.contains(candidate))
            return candidate;
    }
}

} // namespace

QString TokenRotation::temporaryName(const QString &name, const QString &tag,
                                     const QStringList &takenNames)
{
    return suffixedName(name, u"rotating"_s, tag, takenNames);
}

QString TokenRotation::asideName(const QString &name, const QDate &day,
                                 const QStringList &takenNames)
{
    // The server's name, not the user's locale: the same for every reader.
    return suffixedName(name, u"replaced"_s, day.toString(Qt::ISODate), takenNames);
}

void TokenRotation::start(Completion done)
{
    m_done = std::move(done);
    if (!record(RotationRecord::Step::Planned))
        return;
    create();
}

bool TokenRotation::record(RotationRecord::Step step)
{
    const RotationRecord::Step previous = m_record.step;
    m_record.step = step;
    QString error;
    if (!m_backend.journal->write(m_record, &error)) {
        m_record.step = previous;
        if (step == RotationRecord::Step::Planned) {
            fail(TokenError::make(TokenError::Kind::Journal,
                                  tr("The expiry was not changed: %1").arg(error)));
        } else {
            stopHalfWay(error);
        }
        return false;
    }
    emit stepRecorded(RotationRecord::stepName(step), m_record.oldName);
    return true;
}

void TokenRotation::create()
{
    m_backend.client->createToken(
        m_record.userId, m_record.tempName, m_record.newExpiry, this,
        [this](Result<CreatedToken> result) {
            if (!result) {
                if (RotationRecovery::createSurelyFailed(result.error())) {
                    m_backend.journal->remove(m_record.id);
                    TokenError error =
                        TokenError::fromApi(result.error(), m_record.userId, m_record.tempName);
                    error.message = tr("The expiry was not changed: %1").arg(error.message);
                    fail(std::move(error));
                } else {
                    stopHalfWay(result.error().userMessage());
                }
                return;
            }
            CreatedToken created = std::move(result).value();
            m_issued.token = created.token;
            m_issued.value = std::move(created.value);
            m_issued.reconciled = created.reconciled;
            m_issued.replaced = true;
            m_record.newFingerprint = created.token.fingerprint;
            if (record(RotationRecord::Step::Created))
                cacheValue();
        });
}

void TokenRotation::cacheValue()
{
    m_backend.cache->store(m_backend.endpoint, m_issued.token.fingerprint, m_issued.value, this,
                           [this](SecretStore::Outcome outcome) {
                               m_issued.cached = outcome.ok();
                               if (!outcome.ok()) {
                                   // Going on is safe: the caller still gets the value.
                                   m_issued.cacheError = TokenError::fromKeychain(outcome).message;
                                   retireOld();
                               } else if (record(RotationRecord::Step::Cached)) {
                                   retireOld();
                               }
                           });
}

void TokenRotation::retireOld()
{
    if (m_record.hasOverlap())
        setAsideOld();
    else
        deleteOld();
}

void TokenRotation::setAsideOld()
{
    m_backend.client->renameToken(m_record.userId, m_record.oldName, m_record.asideName, this,
                                  [this](Result<PersonalAccessToken> result) {
                                      if (!result) {
                                          stopHalfWay(result.error().userMessage());
                                          return;
                                      }
                                      // The replacement takes the name and the purpose: the note
                                      // goes with it now.
                                      m_backend.carryNote(m_record.userId, m_record.oldFingerprint,
                                                          m_record.newFingerprint);
                                      if (record(RotationRecord::Step::OldSetAside))
                                          renameReplacement();
                                  });
}

void TokenRotation::deleteOld()
{
    m_backend.client->deleteToken(
        m_record.userId, m_record.oldName, this, [this](Result<Done> result) {
            // Already gone is what we wanted.
            if (!result && result.error().kind() != ApiError::Kind::NotFound) {
                stopHalfWay(result.error().userMessage());
                return;
            }
            m_backend.noteRetired(m_record.userId, m_record.oldName, m_record.oldFingerprint,
                                  std::nullopt, true);
            if (record(RotationRecord::Step::OldDeleted))
                forgetOld();
        });
}

void TokenRotation::forgetOld()
{
    // The old token is gone: its note belongs to the replacement from now on. Every
    // path to the name's rename passes here, a resumed one too.
    m_backend.carryNote(m_record.userId, m_record.oldFingerprint, m_record.newFingerprint);
    if (m_record.oldFingerprint.isEmpty() || m_record.oldFingerprint == m_record.newFingerprint) {
        if (record(RotationRecord::Step::OldForgotten))
            renameReplacement();
        return;
    }
    m_backend.cache->forget(m_backend.endpoint, m_record.oldFingerprint, this,
                            [this](SecretStore::Outcome outcome) {
                                // A value that stays behind belongs to a deleted token and
                                // no longer opens anything; not worth stopping for.
                                Q_UNUSED(outcome);
                                if (record(RotationRecord::Step::OldForgotten))
                                    renameReplacement();
                            });
}

void TokenRotation::renameReplacement()
{
    m_backend.client->renameToken(m_record.userId, m_record.tempName, m_record.oldName, this,
                                  [this](Result<PersonalAccessToken> result) {
                                      if (!result) {
                                          stopHalfWay(result.error().userMessage());
                                          return;
                                      }
                                      m_issued.token = result.value();
                                      if (record(RotationRecord::Step::Renamed))
                                          succeed();
                                  });
}

void TokenRotation::succeed()
{
    if (m_record.hasOverlap()) {
        // The record stays as the old token's revocation, due at revokeOldAt. Should this
        // write fail, the record at Renamed is turned into one by the next start.
        m_record.kind = RotationRecord::Kind::Revocation;
        m_record.step = RotationRecord::Step::RevocationDue;
        if (m_backend.journal->write(m_record))
            emit stepRecorded(RotationRecord::stepName(m_record.step), m_record.oldName);
        m_issued.oldRevokedAt = m_record.revokeOldAt;
        m_issued.oldAsideName = m_record.asideName;
    } else {
        m_backend.journal->remove(m_record.id);
    }
    m_lock.reset();
    if (m_done)
        std::exchange(m_done, nullptr)(std::move(m_issued));
}

void TokenRotation::fail(TokenError error)
{
    m_lock.reset();
    if (m_done)
        std::exchange(m_done, nullptr)(std::move(error));
}

void TokenRotation::stopHalfWay(const QString &reason)
{
    // The journal keeps the last step; RotationRecovery finishes from there.
    TokenError error = TokenError::make(
        TokenError::Kind::Incomplete,
        tr("Changing the expiry of \"%1\" stopped half way: %2 Latchkey will finish it the "
           "next time it starts.")
            .arg(m_record.oldName, reason));
    fail(std::move(error));
}

} // namespace latchkey
