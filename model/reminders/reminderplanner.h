// ReminderPlanner: which expiry reminders are due now for one connection's
// tokens — once per token and threshold, none repeated across runs (its
// ReminderLedger remembers), and "expired since you last looked" for tokens
// that expired after the previous check.
#pragma once

#include "model/reminders/reminder.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace latchkey {

class ReminderLedger;

class ReminderPlanner
{
public:
    using Clock = std::function<QDateTime()>;

    // The ledger is not owned and must outlive the planner; an empty clock is
    // the system's (tests pass a fake one).
    explicit ReminderPlanner(ReminderLedger *ledger, Clock clock = {});

    // The reminders due now, at most one per token (the nearest threshold
    // crossed; the farther ones count as done), recorded in the ledger (not
    // saved: the caller saves it once after all connections). A token whose
    // expiry changed starts afresh; a never-expiring one is never due. On the
    // first check of a connection, tokens that expired longer ago than the
    // largest threshold are taken as known, not announced. Tokens not listed
    // are forgotten. No thresholds: no reminders at all.
    QList<Reminder> takeDue(const QString &endpoint, const QString &userId,
                            const QList<PersonalAccessToken> &tokens,
                            const QList<int> &thresholdDays);

    QDateTime now() const;

private:
    ReminderLedger *m_ledger;
    Clock m_clock;
};

} // namespace latchkey
