// BulkRevoke: revokes a list of one user's tokens (or all of them) one by one,
// as the window's multi-select, the Users page's offboarding and latchkeyctl do:
// each token ends revoked or failed with the reason, a failure does not stop
// the rest, and progress is reported as it goes.
#pragma once

#include "model/operations/tokenbackend.h"
#include "net/personalaccesstoken.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace latchkey {

struct RevokeOutcome
{
    QString name;
    bool revoked = false;   // gone from the server
    bool forgotten = false; // no cached value left behind
    QString error;          // translated; empty when both are true
};

class BulkRevoke : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(QList<RevokeOutcome>)>;

    // Nothing is owned; backend.client/cache must outlive the job.
    BulkRevoke(const TokenBackend &backend, const QString &userId, QObject *parent = nullptr);
    ~BulkRevoke() override;

    // Lists the user's tokens once, then deletes the named ones (every one with
    // nullopt) in turn; done runs once with one outcome per token, in order
    // (unless this object is destroyed first).
    void start(const std::optional<QStringList> &names, Completion done);

    // One line per failed token ("“name”: reason"), empty when every one was revoked.
    static QStringList problems(const QList<RevokeOutcome> &outcomes);
    static int revokedCount(const QList<RevokeOutcome> &outcomes);

signals:
    // After each token: how many are done (revoked or failed) of how many.
    void progress(int done, int total, const QString &lastName);
    // The server's list changed (at least one token was deleted).
    void tokensChanged(const QString &userId);

private:
    struct Step
    {
        QString name;
        std::optional<PersonalAccessToken> token; // none: the list does not have it
    };

    void next();
    void forget(const PersonalAccessToken &token);
    void settle(RevokeOutcome outcome);

    TokenBackend m_backend;
    QString m_userId;
    QList<Step> m_steps;
    QList<RevokeOutcome> m_outcomes; // one per step done, in order
    bool m_changed = false;
    Completion m_done;
};

} // namespace latchkey
