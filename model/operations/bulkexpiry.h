// BulkExpiry: gives several of one user's tokens a new expiry, one journaled
// rotation after the other (TokenService::changeExpiry), as the window's
// multi-select does: each token ends with its new value (handed over, cached or
// not) or with the reason it failed; a failure does not stop the rest, and
// progress is reported as it goes.
#pragma once

#include "model/domain/expiryspec.h"
#include "model/operations/issuedtoken.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace latchkey {

class TokenService;

struct ExpiryOutcome
{
    QString name;
    // The new token and its value (once: the caller shows it when not cached);
    // nullopt when this token kept its old value and expiry.
    std::optional<IssuedToken> issued;
    QString error; // translated; empty when issued
};

class BulkExpiry : public QObject
{
    Q_OBJECT
public:
    // Outcomes hold values, which are moved, never copied.
    using Completion = std::function<void(std::vector<ExpiryOutcome> &)>;

    // The service is not owned and must outlive the job.
    BulkExpiry(TokenService *service, const QString &userId, QObject *parent = nullptr);

    // done runs once with one outcome per name, in order (unless this object is
    // destroyed first).
    void start(const QStringList &names, const ExpirySpec &expiry, std::chrono::seconds keepOldFor,
               Completion done);

    // One line per failed token ("“name”: reason"), empty when every one changed.
    static QStringList problems(const std::vector<ExpiryOutcome> &outcomes);
    static int changedCount(const std::vector<ExpiryOutcome> &outcomes);

signals:
    // After each token: how many are done (changed or failed) of how many.
    void progress(int done, int total, const QString &lastName);

private:
    void next();

    TokenService *m_service;
    QString m_userId;
    QStringList m_names;
    ExpirySpec m_expiry;
    std::chrono::seconds m_keepOldFor{0};
    std::vector<ExpiryOutcome> m_outcomes;
    Completion m_done;
};

} // namespace latchkey
