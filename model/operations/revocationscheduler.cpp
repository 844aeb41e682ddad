#include "model/operations/revocationscheduler.h"

#include "model/operations/tokenservice.h"

#include <QDateTime>

#include <algorithm>

namespace latchkey {

RevocationScheduler::RevocationScheduler(TokenService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    // Minutes late is fine; waking the machine for it is not.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RevocationScheduler::performDue);
    connect(m_service, &TokenService::tokensChanged, this, &RevocationScheduler::reschedule);
}

void RevocationScheduler::reschedule()
{
    if (m_running)
        return;
    const QList<RotationRecord> planned = m_service->plannedRevocations();
    std::chrono::milliseconds wait = LongestWait;
    if (!planned.isEmpty()) {
        const qint64 untilDue =
            QDateTime::currentDateTimeUtc().msecsTo(*planned.first().revokeOldAt);
        wait = std::clamp(std::chrono::milliseconds(untilDue), std::chrono::milliseconds(0),
                          std::chrono::milliseconds(LongestWait));
    }
    m_timer.start(wait);
}

void RevocationScheduler::performDue()
{
    const QList<RotationRecord> planned = m_service->plannedRevocations();
    if (planned.isEmpty() || !planned.first().isDue(QDateTime::currentDateTimeUtc())) {
        reschedule();
        return;
    }
    m_running = true;
    m_service->resumePending(this, [this](const QList<ResumeOutcome> &outcomes) {
        m_running = false;
        if (!outcomes.isEmpty())
            emit performed(outcomes);
        reschedule();
    });
}

} // namespace latchkey
