#include "model/operations/generaterecovery.h"

#include "model/keychain/tokencache.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/tokenerror.h"
#include "net/logtoclient.h"

using namespace std::chrono;

namespace latchkey {

namespace {
// Server and client clocks differ: a token the interrupted run made carries the
// server's time, so "created after the run started" allows this much skew.
constexpr milliseconds clockSkew = 2min;
} // namespace

GenerateRecovery::GenerateRecovery(const TokenBackend &backend, RotationRecord record,
                                   std::unique_ptr<QLockFile> lock, QObject *parent)
    : JournalJob(backend, std::move(record), std::move(lock), parent)
{}

void GenerateRecovery::run()
{
    m_backend.client->fetchTokenValue(
        m_record.userId, m_record.oldName, this, [this](Result<CreatedToken> result) {
            if (result) {
                inspect(std::move(result).value());
                return;
            }
            if (result.error().kind() == ApiError::Kind::NotFound) {
                finish(ResumeOutcome::Kind::RolledBack,
                       tr("Creating the token \"%1\" was interrupted before the server made "
                          "it; nothing was created.")
                           .arg(m_record.oldName),
                       true);
                return;
            }
            finish(ResumeOutcome::Kind::Failed,
                   tr("Creating the token \"%1\" was interrupted; whether the server made it "
                      "is checked again at the next start: %2")
                       .arg(m_record.oldName,
                            TokenError::fromApi(result.error(), m_record.userId).message),
                   false);
        });
}

void GenerateRecovery::inspect(CreatedToken found)
{
    const bool ours = m_record.newFingerprint.isEmpty()
                          ? found.token.createdAt.isValid() &&
                                found.token.createdAt.toMSecsSinceEpoch() >=
                                    m_record.startedAt.toMSecsSinceEpoch() - clockSkew.count()
                          : found.token.fingerprint == m_record.newFingerprint;
    if (!ours) {
        // An older token of that name: the interrupted create was refused or never sent.
        found.value.clear();
        finish(ResumeOutcome::Kind::RolledBack,
               tr("Creating the token \"%1\" was interrupted before the server made it; "
                  "nothing was created.")
                   .arg(m_record.oldName),
               true);
        return;
    }
    auto shared = std::make_shared<CreatedToken>(std::move(found));
    m_backend.cache->fetch(
        m_backend.endpoint, shared->token.fingerprint, this,
        [this, shared](SecretStore::Outcome outcome, SecretBytes cached) {
            cached.clear();
            if (outcome.ok()) {
                shared->value.clear();
                finish(ResumeOutcome::Kind::Finished,
                       tr("The token \"%1\" created before Latchkey stopped is in your "
                          "keychain.")
                           .arg(m_record.oldName),
                       true);
            } else if (outcome.status == SecretStore::Outcome::Status::NotFound) {
                save(shared);
            } else {
                shared->value.clear();
                finish(ResumeOutcome::Kind::Failed,
                       tr("The value of the token \"%1\", created before Latchkey stopped, "
                          "cannot be saved yet: %2")
                           .arg(m_record.oldName, SecretStore::messageFor(outcome.status)),
                       false);
            }
        });
}

void GenerateRecovery::save(std::shared_ptr<CreatedToken> found)
{
    m_backend.cache->store(
        m_backend.endpoint, found->token.fingerprint, found->value, this,
        [this, found](SecretStore::Outcome outcome) {
            found->value.clear();
            if (outcome.ok()) {
                finish(ResumeOutcome::Kind::Finished,
                       tr("Recovered: the token \"%1\" created before Latchkey stopped was "
                          "saved to your keychain.")
                           .arg(m_record.oldName),
                       true);
                return;
            }
            finish(ResumeOutcome::Kind::Failed,
                   tr("The value of the token \"%1\", created before Latchkey stopped, "
                      "cannot be saved yet: %2")
                       .arg(m_record.oldName, TokenError::fromKeychain(outcome).message),
                   false);
        });
}

} // namespace latchkey
