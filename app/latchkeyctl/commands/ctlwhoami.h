// CtlWhoami: "latchkeyctl whoami": who this connection acts as — the signed-in
// developer (asked of the gateway), or an administrator's app and user.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlWhoami : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
