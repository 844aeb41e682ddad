#include "net/pendingcall.h"

namespace latchkey {

PendingCall::PendingCall(QObject *context, QObject *parent)
    : ApiCall(parent)
    , m_context(context)
    , m_hasContext(context != nullptr)
{
    if (context)
        connect(context, &QObject::destroyed, this, &PendingCall::abort);
}

PendingCall::~PendingCall()
{
    delete m_step;
}

void PendingCall::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    // Destroying the step aborts its network reply and drops its completion,
    // so no stale answer can reach the callback.
    delete m_step;
    deleteLater();
}

void PendingCall::setStep(QObject *step)
{
    if (m_step && m_step != step)
        m_step->deleteLater();
    m_step = step;
}

void PendingCall::finish(const std::function<void()> &deliver)
{
    if (m_finished)
        return;
    m_finished = true;
    deleteLater();
    if (contextAlive())
        deliver(); // may destroy this call (or the whole client): nothing after this line
}

} // namespace latchkey
