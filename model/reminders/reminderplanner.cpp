// ReminderPlanner: which expiry reminders are due now for one connection's tokens.
#include "model/reminders/reminderplanner.h"

#include "model/domain/tokenstatus.h"
#include "model/reminders/reminderledger.h"
#include "model/reminders/reminderthresholds.h"

namespace latchkey {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kExpired = 0;
} // namespace

ReminderPlanner::ReminderPlanner(ReminderLedger *ledger, Clock clock)
    : m_ledger(ledger)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

QDateTime ReminderPlanner::now() const
{
    return m_clock();
}

QList<Reminder> ReminderPlanner::takeDue(const QString &endpoint, const QString &userId,
                                         const QList<PersonalAccessToken> &tokens,
                                         const QList<int> &thresholdDays)
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    const QList<int> thresholds = ReminderThresholds::normalized(thresholdDays); // descending
    const ReminderLedger::ConnectionRecord previous = m_ledger->connection(endpoint, userId);
    const qint64 largest = thresholds.isEmpty() ? 0 : thresholds.first();
    const qint64 lookedAt = previous.checkedMs > 0 ? previous.checkedMs : nowMs - largest * kDayMs;

    ReminderLedger::ConnectionRecord next;
    next.checkedMs = nowMs;
    QList<Reminder> due;
    for (const PersonalAccessToken &token :
         thresholds.isEmpty() ? QList<PersonalAccessToken>() : tokens) {
        const qint64 expires = expiryMs(token.expiresAt);
        if (expires == NeverExpiresMs || token.fingerprint.isEmpty() ||
            next.tokens.contains(token.fingerprint))
            continue;
        ReminderLedger::TokenRecord record = previous.tokens.value(token.fingerprint);
        if (record.expiresMs != expires)
            record = {expires, {}}; // a new expiry: its thresholds are all ahead again

        // The nearest stage reached: expired, or the smallest threshold crossed.
        std::optional<int> stage;
        if (expires <= nowMs) {
            stage = kExpired;
        } else {
            for (int days : thresholds) {
                if (expires - nowMs <= days * kDayMs)
                    stage = days;
            }
        }
        if (stage && !record.done.contains(*stage)) {
            // An expiry before the last look was seen then (or is too old to announce).
            if (*stage != kExpired || expires > lookedAt)
                due.append({endpoint, userId, token, *stage, {}});
            for (int days : thresholds) {
                if ((*stage == kExpired || days >= *stage) && !record.done.contains(days))
                    record.done.append(days);
            }
            if (*stage == kExpired)
                record.done.append(kExpired);
        }
        if (!record.done.isEmpty())
            next.tokens.insert(token.fingerprint, record);
    }
    m_ledger->setConnection(endpoint, userId, next);
    return due;
}

} // namespace latchkey
