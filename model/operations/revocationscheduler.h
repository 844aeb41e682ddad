// RevocationScheduler: while the app runs (the window closed to the tray too),
// performs each planned revocation of a rotation's old value when its time comes,
// through TokenService::resumePending, and says what happened.
#pragma once

#include "model/operations/resumeoutcome.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace latchkey {

class TokenService;

class RevocationScheduler : public QObject
{
    Q_OBJECT
public:
    // Not owned; the scheduler is meant to be the service's child.
    explicit RevocationScheduler(TokenService *service, QObject *parent = nullptr);

    // Looks at the journal again and sets the timer for the soonest revocation; runs
    // again by itself whenever the service's tokens change.
    void reschedule();
    // The longest the timer waits before it looks again (a suspended machine's clock
    // jumps; another process may have planned one).
    static constexpr std::chrono::hours LongestWait{1};

signals:
    // Due revocations were performed (or tried); each outcome says how it went.
    void performed(const QList<ResumeOutcome> &outcomes);

private:
    void performDue();

    TokenService *m_service;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace latchkey
