// CtlCommand: one latchkeyctl command. It is the context of its own callbacks,
// so that none reaches a command that is gone.
#pragma once

#include <QObject>

namespace latchkey {

class CtlContext;

class CtlCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CtlCommand() override;

    // Starts the command; it ends with exactly one of context.fail, succeed or finish.
    virtual void run(CtlContext &context) = 0;
};

} // namespace latchkey
