// CtlExpire: "latchkeyctl expire NAME WHEN": a token's new expiry, a journaled
// rotation that prints the new value.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlExpire : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
