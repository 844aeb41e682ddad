#include "model/operations/duerevocation.h"

#include "model/keychain/tokencache.h"
#include "model/operations/rotationjournal.h"
#include "net/logtoclient.h"

namespace latchkey {

DueRevocation::DueRevocation(const TokenBackend &backend, RotationRecord record,
                             std::unique_ptr<QLockFile> lock, QObject *parent)
    : JournalJob(backend, std::move(record), std::move(lock), parent)
{}

void DueRevocation::run()
{
    if (m_record.step == RotationRecord::Step::OldDeleted) {
        forgetOld(revokedMessage());
        return;
    }
    // Found by its value, not its name: the user may have renamed it meanwhile.
    m_backend.client->listTokens(
        m_record.userId, this, [this](Result<QList<PersonalAccessToken>> result) {
            if (!result) {
                failFromServer(result.error());
                return;
            }
            for (const PersonalAccessToken &token : result.value()) {
                if (token.fingerprint == m_record.oldFingerprint) {
                    deleteOld(token);
                    return;
                }
            }
            forgetOld(tr("The old value of \"%1\" was already revoked.").arg(m_record.oldName));
        });
}

void DueRevocation::deleteOld(const PersonalAccessToken &old)
{
    m_backend.client->deleteToken(
        m_record.userId, old.name, this, [this, old](Result<Done> result) {
            if (!result && result.error().kind() != ApiError::Kind::NotFound) {
                failFromServer(result.error());
                return;
            }
            m_backend.noteRetired(m_record.userId, old.name, old.fingerprint, old.expiresAt, true);
            if (record(RotationRecord::Step::OldDeleted))
                forgetOld(revokedMessage());
        });
}

QString DueRevocation::revokedMessage() const
{
    // Before its time only when the user asked for it.
    return m_record.isDue(QDateTime::currentDateTimeUtc())
               ? tr("The old value of \"%1\" was revoked as planned.").arg(m_record.oldName)
               : tr("The old value of \"%1\" was revoked.").arg(m_record.oldName);
}

void DueRevocation::forgetOld(const QString &message)
{
    m_backend.cache->forget(m_backend.endpoint, m_record.oldFingerprint, this,
                            [this, message](SecretStore::Outcome) {
                                // A value left behind opens nothing any more.
                                finish(ResumeOutcome::Kind::Finished, message, true);
                            });
}

void DueRevocation::failFromServer(const ApiError &error)
{
    // The record stays: the next run tries again, and the user keeps being told.
    finish(ResumeOutcome::Kind::Failed,
           tr("The old value of \"%1\" is due to be revoked, but that failed: %2")
               .arg(m_record.oldName, error.userMessage()),
           false);
}

} // namespace latchkey
