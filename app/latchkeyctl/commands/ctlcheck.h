// CtlCheck: "latchkeyctl check [--within DAYS] [--all-users]": the tokens that
// have expired or expire within DAYS, for cron and CI: exit 0 only when every
// token was checked and none is among them, 1 otherwise (a line on stderr says
// why when the check itself failed). --all-users pages through every user.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"
#include "net/personalaccesstoken.h"
#include "net/user.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>

namespace latchkey {

class CtlContext;

class CtlCheck : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;

    static constexpr int MaxDays = 100 * 365;

private:
    struct Owner
    {
        QString id;
        QString label;
    };

    void nextPage(int page);
    void nextUser();
    void report();

    CtlContext *m_context = nullptr;
    QDateTime m_now;
    QDateTime m_horizon;
    QList<Owner> m_pending; // users still to list
    int m_total = 0;        // users in the tenant, for progress
    int m_checked = 0;
    QList<std::pair<Owner, PersonalAccessToken>> m_found;
    QElapsedTimer m_clock;
    qint64 m_lastProgress = 0;
};

} // namespace latchkey
