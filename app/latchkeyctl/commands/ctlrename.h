// CtlRename: "latchkeyctl rename NAME NEWNAME": a token's new name.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlRename : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
