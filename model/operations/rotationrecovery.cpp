#include "model/operations/rotationrecovery.h"

#include "model/keychain/tokencache.h"
#include "model/operations/rotationjournal.h"
#include "net/logtoclient.h"

#include <QLocale>

namespace latchkey {

RotationRecovery::RotationRecovery(const TokenBackend &backend, RotationRecord record,
                                   std::unique_ptr<QLockFile> lock, QObject *parent)
    : JournalJob(backend, std::move(record), std::move(lock), parent)
{}

bool RotationRecovery::createSurelyFailed(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::SignedOut: // never sent: no sign-in to send it with
    case ApiError::Kind::Tls:
        return true;
    default:
        return false;
    }
}

void RotationRecovery::run()
{
    m_backend.client->listTokens(m_record.userId, this,
                                 [this](Result<QList<PersonalAccessToken>> result) {
                                     if (!result) {
                                         failFromServer(result.error());
                                         return;
                                     }
                                     inspect(result.value());
                                 });
}

void RotationRecovery::inspect(const QList<PersonalAccessToken> &tokens)
{
    for (const PersonalAccessToken &token : tokens) {
        const bool isReplacement =
            token.name == m_record.tempName ||
            (!m_record.newFingerprint.isEmpty() && token.fingerprint == m_record.newFingerprint);
        if (isReplacement) {
            m_replacement = token;
        } else if (token.name == m_record.oldName ||
                   (m_record.hasOverlap() && token.name == m_record.asideName)) {
            m_oldExists = true;
            m_oldNameNow = token.name;
        }
    }

    if (!m_replacement) {
        // The value of a replacement that is gone opens nothing; drop it from the keychain.
        if (!m_record.newFingerprint.isEmpty())
            m_backend.cache->forget(m_backend.endpoint, m_record.newFingerprint, this,
                                    [](SecretStore::Outcome) {});
        if (m_oldExists) {
            finish(ResumeOutcome::Kind::RolledBack,
                   tr("Changing the expiry of \"%1\" was interrupted before a new token was "
                      "made; the token keeps its value and expiry.")
                       .arg(m_record.oldName),
                   true);
        } else {
            finish(ResumeOutcome::Kind::Failed,
                   tr("Changing the expiry of \"%1\" was interrupted, and the token no longer "
                      "exists on the server.")
                       .arg(m_record.oldName),
                   true);
        }
        return;
    }
    checkCached();
}

void RotationRecovery::checkCached()
{
    m_backend.cache->fetch(
        m_backend.endpoint, m_replacement->fingerprint, this,
        [this](SecretStore::Outcome outcome, SecretBytes value) {
            value.clear();
            if (outcome.ok()) {
                m_record.newFingerprint = m_replacement->fingerprint;
                retireOld();
            } else if (outcome.status == SecretStore::Outcome::Status::NotFound) {
                discardReplacement();
            } else {
                finish(ResumeOutcome::Kind::Failed,
                       tr("Changing the expiry of \"%1\" cannot be finished yet: %2")
                           .arg(m_record.oldName, SecretStore::messageFor(outcome.status)),
                       false);
            }
        });
}

// The run died after the server made the replacement but before its value
// reached the keychain: nobody has seen that value, so a fresh replacement
// serves as well, and its value comes from the create call, not from a list.
void RotationRecovery::discardReplacement()
{
    m_backend.client->deleteToken(
        m_record.userId, m_replacement->name, this, [this](Result<Done> result) {
            if (!result && result.error().kind() != ApiError::Kind::NotFound) {
                failFromServer(result.error());
                return;
            }
            m_replacement.reset();
            m_record.newFingerprint.clear();
            if (record(RotationRecord::Step::Planned))
                recreate();
        });
}

void RotationRecovery::recreate()
{
    m_backend.client->createToken(m_record.userId, m_record.tempName, m_record.newExpiry, this,
                                  [this](Result<CreatedToken> result) {
                                      if (!result) {
                                          if (createSurelyFailed(result.error()))
                                              rollBackOrFail(result.error().userMessage());
                                          else
                                              failFromServer(result.error());
                                          return;
                                      }
                                      CreatedToken created = std::move(result).value();
                                      m_replacement = created.token;
                                      m_recreatedValue = std::move(created.value);
                                      m_record.newFingerprint = created.token.fingerprint;
                                      if (record(RotationRecord::Step::Created))
                                          cacheRecreated();
                                  });
}

void RotationRecovery::cacheRecreated()
{
    m_backend.cache->store(
        m_backend.endpoint, m_replacement->fingerprint, m_recreatedValue, this,
        [this](SecretStore::Outcome outcome) {
            m_recreatedValue.clear();
            if (!outcome.ok()) {
                // Without the keychain the new value would be lost; the
                // next start discards this replacement and tries again.
                finish(ResumeOutcome::Kind::Failed,
                       tr("Changing the expiry of \"%1\" cannot be finished "
                          "yet: %2")
                           .arg(m_record.oldName, SecretStore::messageFor(outcome.status)),
                       false);
                return;
            }
            if (record(RotationRecord::Step::Cached))
                retireOld();
        });
}

void RotationRecovery::retireOld()
{
    // An old token that is gone already needs no overlap.
    if (m_record.hasOverlap() && m_oldExists)
        setAsideOld();
    else
        deleteOld();
}

void RotationRecovery::setAsideOld()
{
    m_backend.carryNote(m_record.userId, m_record.oldFingerprint, m_record.newFingerprint);
    if (m_oldNameNow == m_record.asideName) {
        renameReplacement();
        return;
    }
    m_backend.client->renameToken(m_record.userId, m_oldNameNow, m_record.asideName, this,
                                  [this](Result<PersonalAccessToken> result) {
                                      if (!result) {
                                          failFromServer(result.error());
                                          return;
                                      }
                                      m_oldNameNow = m_record.asideName;
                                      if (record(RotationRecord::Step::OldSetAside))
                                          renameReplacement();
                                  });
}

void RotationRecovery::deleteOld()
{
    if (!m_oldExists) {
        forgetOld();
        return;
    }
    m_backend.client->deleteToken(m_record.userId, m_oldNameNow, this, [this](Result<Done> result) {
        if (!result && result.error().kind() != ApiError::Kind::NotFound) {
            failFromServer(result.error());
            return;
        }
        m_backend.noteRetired(m_record.userId, m_record.oldName, m_record.oldFingerprint,
                              std::nullopt, true);
        m_oldExists = false;
        if (record(RotationRecord::Step::OldDeleted))
            forgetOld();
    });
}

void RotationRecovery::forgetOld()
{
    // The old token is gone: its note belongs to the replacement from now on. Every
    // path to the name's rename passes here, a resumed one too.
    m_backend.carryNote(m_record.userId, m_record.oldFingerprint, m_record.newFingerprint);
    if (m_record.oldFingerprint.isEmpty() || m_record.oldFingerprint == m_record.newFingerprint) {
        renameReplacement();
        return;
    }
    m_backend.cache->forget(m_backend.endpoint, m_record.oldFingerprint, this,
                            [this](SecretStore::Outcome) {
                                if (record(RotationRecord::Step::OldForgotten))
                                    renameReplacement();
                            });
}

void RotationRecovery::renameReplacement()
{
    if (m_replacement->name == m_record.oldName) {
        finishRenamed();
        return;
    }
    m_backend.client->renameToken(m_record.userId, m_replacement->name, m_record.oldName, this,
                                  [this](Result<PersonalAccessToken> result) {
                                      if (!result) {
                                          failFromServer(result.error());
                                          return;
                                      }
                                      if (record(RotationRecord::Step::Renamed))
                                          finishRenamed();
                                  });
}

void RotationRecovery::finishRenamed()
{
    if (!m_record.hasOverlap() || !m_oldExists) {
        finish(ResumeOutcome::Kind::Finished,
               tr("An interrupted change of the expiry of \"%1\" was finished: the token has a "
                  "new value, which is in the keychain.")
                   .arg(m_record.oldName),
               true);
        return;
    }
    // The old token waits for its revocation, as the interrupted run meant it to.
    m_record.kind = RotationRecord::Kind::Revocation;
    if (!record(RotationRecord::Step::RevocationDue))
        return;
    finish(ResumeOutcome::Kind::Finished,
           tr("An interrupted change of the expiry of \"%1\" was finished: the token has a new "
              "value, which is in the keychain; the old value keeps working as \"%2\" until %3.")
               .arg(m_record.oldName, m_record.asideName,
                    QLocale().toString(m_record.revokeOldAt->toLocalTime(), QLocale::ShortFormat)),
           false);
}

void RotationRecovery::failFromServer(const ApiError &error)
{
    // Only trouble that may pass is worth another try at the next start.
    const bool keep = error.isRetryable() || error.kind() == ApiError::Kind::Unauthorized ||
                      error.kind() == ApiError::Kind::Server ||
                      error.kind() == ApiError::Kind::Cancelled;
    finish(ResumeOutcome::Kind::Failed,
           tr("Changing the expiry of \"%1\" cannot be finished: %2")
               .arg(m_record.oldName, error.userMessage()),
           !keep);
}

void RotationRecovery::rollBackOrFail(const QString &reason)
{
    if (m_oldExists) {
        finish(ResumeOutcome::Kind::RolledBack,
               tr("Changing the expiry of \"%1\" could not be finished (%2); the token keeps "
                  "its value and expiry.")
                   .arg(m_record.oldName, reason),
               true);
    } else {
        finish(ResumeOutcome::Kind::Failed,
               tr("The token \"%1\" was removed, and its replacement could not be made: %2")
                   .arg(m_record.oldName, reason),
               true);
    }
}

} // namespace latchkey
