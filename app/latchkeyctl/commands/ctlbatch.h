// CtlBatch: "latchkeyctl batch": many commands from standard input on one open
// profile: one keychain read of the app secret, one access token and one
// kept-alive connection for all of them.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlBatch : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
