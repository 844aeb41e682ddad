#include "model/operations/bulkexpiry.h"

#include "model/operations/tokenservice.h"

#include <algorithm>

namespace latchkey {

BulkExpiry::BulkExpiry(TokenService *service, const QString &userId, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_userId(userId)
{}

void BulkExpiry::start(const QStringList &names, const ExpirySpec &expiry,
                       std::chrono::seconds keepOldFor, Completion done)
{
    m_names = names;
    m_expiry = expiry;
    m_keepOldFor = keepOldFor;
    m_done = std::move(done);
    QMetaObject::invokeMethod(this, &BulkExpiry::next, Qt::QueuedConnection);
}

void BulkExpiry::next()
{
    if (m_outcomes.size() == std::size_t(m_names.size())) {
        if (m_done)
            std::exchange(m_done, nullptr)(m_outcomes);
        return;
    }
    const QString name = m_names.at(qsizetype(m_outcomes.size()));
    // One at a time: each is a rotation of its own, journaled and resumable.
    m_service->changeExpiry(m_userId, name, m_expiry, m_keepOldFor, this,
                            [this, name](TokenResult<IssuedToken> result) {
                                ExpiryOutcome outcome{name, std::nullopt, {}};
                                if (result)
                                    outcome.issued.emplace(std::move(result).value());
                                else
                                    outcome.error = result.error().message;
                                m_outcomes.push_back(std::move(outcome));
                                emit progress(int(m_outcomes.size()), int(m_names.size()), name);
                                QMetaObject::invokeMethod(this, &BulkExpiry::next,
                                                          Qt::QueuedConnection);
                            });
}

QStringList BulkExpiry::problems(const std::vector<ExpiryOutcome> &outcomes)
{
    QStringList lines;
    for (const ExpiryOutcome &outcome : outcomes) {
        if (!outcome.issued)
            lines.append(tr("“%1”: %2").arg(outcome.name, outcome.error));
        else if (!outcome.issued->cached)
            lines.append(tr("“%1”: changed, but its new value is not in the keychain (%2); "
                            "it is shown now, once.")
                             .arg(outcome.name, outcome.issued->cacheError));
    }
    return lines;
}

int BulkExpiry::changedCount(const std::vector<ExpiryOutcome> &outcomes)
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ExpiryOutcome &outcome) {
        return outcome.issued.has_value();
    }));
}

} // namespace latchkey
