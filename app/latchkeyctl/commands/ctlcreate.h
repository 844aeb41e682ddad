// CtlCreate: "latchkeyctl create NAME": a new token, its value printed once and
// cached in the keychain.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlCreate : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
