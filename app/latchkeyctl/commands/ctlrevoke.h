// CtlRevoke: "latchkeyctl revoke NAME": deletes a token, after asking on a
// terminal unless --yes.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlRevoke : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
