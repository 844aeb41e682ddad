// CtlProfilesList: "latchkeyctl profiles list": the connection profiles, the
// current one marked.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlProfilesList : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
