#include "model/operations/bulkrevoke.h"

#include "model/keychain/tokencache.h"
#include "model/operations/tokenerror.h"
#include "net/logtoclient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

BulkRevoke::BulkRevoke(const TokenBackend &backend, const QString &userId, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_userId(userId)
{}

BulkRevoke::~BulkRevoke() = default;

QStringList BulkRevoke::problems(const QList<RevokeOutcome> &outcomes)
{
    QStringList lines;
    for (const RevokeOutcome &outcome : outcomes) {
        if (!outcome.error.isEmpty())
            lines.append(tr("“%1”: %2").arg(outcome.name, outcome.error));
    }
    return lines;
}

int BulkRevoke::revokedCount(const QList<RevokeOutcome> &outcomes)
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [](const RevokeOutcome &outcome) { return outcome.revoked; }));
}

void BulkRevoke::start(const std::optional<QStringList> &names, Completion done)
{
    m_done = std::move(done);
    // One list gives every fingerprint (for the keychain and the notes) and says
    // which names exist; the deletes then go one at a time.
    m_backend.client->listTokens(
        m_userId, this, [this, names](Result<QList<PersonalAccessToken>> listed) {
            if (!listed) {
                const QString message = TokenError::fromApi(listed.error(), m_userId).message;
                for (const QString &name : names.value_or(QStringList()))
                    m_outcomes.append({name, false, false, message});
                // Revoking "all" of an unlistable user: nothing is known, and the
                // caller must hear that nothing was done.
                if (!names)
                    m_outcomes.append({QString(), false, false, message});
                std::exchange(m_done, nullptr)(m_outcomes);
                return;
            }
            if (!names) {
                for (const PersonalAccessToken &token : listed.value())
                    m_steps.append({token.name, token});
            } else {
                for (const QString &name : *names) {
                    Step step{name, std::nullopt};
                    for (const PersonalAccessToken &token : listed.value()) {
                        if (token.name == name)
                            step.token = token;
                    }
                    m_steps.append(step);
                }
            }
            next();
        });
}

void BulkRevoke::next()
{
    const qsizetype at = m_outcomes.size();
    if (at == m_steps.size()) {
        if (m_changed)
            emit tokensChanged(m_userId);
        if (m_done)
            std::exchange(m_done, nullptr)(m_outcomes);
        return;
    }
    const Step &step = m_steps.at(at);
    if (!step.token) {
        settle({step.name, false, false, tr("The user has no token named \"%1\".").arg(step.name)});
        return;
    }
    const PersonalAccessToken token = *step.token;
    m_backend.client->deleteToken(m_userId, token.name, this, [this, token](Result<Done> deleted) {
        // Listed a moment ago and gone now (an earlier attempt whose answer was
        // lost, another client): what was asked for.
        if (!deleted && deleted.error().kind() != ApiError::Kind::NotFound) {
            settle({token.name, false, false,
                    TokenError::fromApi(deleted.error(), m_userId, token.name).message});
            return;
        }
        m_changed = true;
        m_backend.noteRetired(m_userId, token.name, token.fingerprint, token.expiresAt, false);
        m_backend.dropNote(m_userId, token.fingerprint);
        forget(token);
    });
}

void BulkRevoke::forget(const PersonalAccessToken &token)
{
    if (token.fingerprint.isEmpty()) {
        settle({token.name, true, true, {}}); // nothing of it can be in the keychain
        return;
    }
    m_backend.cache->forget(
        m_backend.endpoint, token.fingerprint, this,
        [this, name = token.name](SecretStore::Outcome forgotten) {
            RevokeOutcome outcome{name, true, true, {}};
            outcome.forgotten =
                forgotten.ok() || forgotten.status == SecretStore::Outcome::Status::NotFound;
            if (!outcome.forgotten)
                outcome.error = tr("The token was deleted, but its value stays in the "
                                   "keychain: %1")
                                    .arg(TokenError::fromKeychain(forgotten).message);
            settle(std::move(outcome));
        });
}

void BulkRevoke::settle(RevokeOutcome outcome)
{
    const QString name = outcome.name;
    m_outcomes.append(std::move(outcome));
    emit progress(int(m_outcomes.size()), int(m_steps.size()), name);
    // Queued: a long list of missing names must not recurse.
    QMetaObject::invokeMethod(this, &BulkRevoke::next, Qt::QueuedConnection);
}

} // namespace latchkey
