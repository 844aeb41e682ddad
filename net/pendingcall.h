// PendingCall: the ApiCall handle LogtoClient gives out. It guards the
// callback: at most once, never after abort() or the context's destruction.
#pragma once

#include "net/logtoclient.h"

#include <QPointer>

#include <functional>

namespace latchkey {

class PendingCall : public ApiCall
{
    Q_OBJECT
public:
    // context may be null: the callback is then guarded by abort() alone.
    PendingCall(QObject *context, QObject *parent);
    ~PendingCall() override;

    void abort() override;

    // Makes `step` the request in flight; aborting the call destroys it.
    void setStep(QObject *step);
    // Runs deliver (which calls the user's callback) unless the call ended
    // already or its context is gone, then deletes the call later.
    void finish(const std::function<void()> &deliver);
    bool isFinished() const { return m_finished; }
    bool contextAlive() const { return !m_hasContext || m_context; }

private:
    QPointer<QObject> m_context;
    QPointer<QObject> m_step;
    bool m_hasContext;
    bool m_finished = false;
};

} // namespace latchkey
