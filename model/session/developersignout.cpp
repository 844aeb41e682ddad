// DeveloperSignOut: signs the developer of an open session out.
#include "model/session/developersignout.h"

#include "model/items/tokenrows.h"
#include "model/keychain/tokencache.h"
#include "model/offline/connectionkeeper.h"
#include "model/session/session.h"

namespace latchkey {

DeveloperSignOut::DeveloperSignOut(Session *session, TokenCache *cache, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(cache)
{}

void DeveloperSignOut::start(bool forgetCached, Finished finished)
{
    m_finished = std::move(finished);
    const QString userId = m_session->profile().userId;
    if (!forgetCached || userId.isEmpty()) {
        signOut({});
        return;
    }
    // The list is read before signing out: afterwards nothing can be read.
    m_session->keeper()->listTokens(
        userId, this, [this, userId](Result<QList<PersonalAccessToken>> tokens) {
            if (tokens) {
                QList<QByteArray> fingerprints;
                for (const PersonalAccessToken &token : tokens.value())
                    fingerprints.append(token.fingerprint);
                forget(fingerprints, {});
                return;
            }
            m_session->keeper()->loadKeptList(
                userId, this, [this](std::optional<ConnectionKeeper::KeptList> kept) {
                    QList<QByteArray> fingerprints;
                    if (kept) {
                        for (const TokenRow &row : kept->rows.rows)
                            fingerprints.append(row.fingerprint.toHex());
                    }
                    forget(fingerprints, {});
                });
        });
}

void DeveloperSignOut::forget(QList<QByteArray> fingerprints, Outcome outcome)
{
    if (fingerprints.isEmpty()) {
        signOut(outcome);
        return;
    }
    const QByteArray fingerprint = fingerprints.takeLast();
    // Asked of the keychain itself, not the index: another process may have cached it.
    m_cache->forget(m_session->endpointKey(), fingerprint, this,
                    [this, fingerprints, outcome](SecretStore::Outcome forgotten) mutable {
                        if (forgotten.ok())
                            ++outcome.forgotten; // NotFound counts as done: nothing was kept
                        else
                            outcome.forgetProblem = forgotten.message.isEmpty()
                                                        ? SecretStore::messageFor(forgotten.status)
                                                        : forgotten.message;
                        forget(fingerprints, outcome);
                    });
}

void DeveloperSignOut::signOut(Outcome outcome)
{
    m_session->userSession()->signOut(this, [this, outcome](UserSession::SignOutOutcome out) {
        Outcome result = outcome;
        result.signOut = out;
        if (auto finished = std::exchange(m_finished, nullptr))
            finished(result);
    });
}

} // namespace latchkey
