// CtlCopy: "latchkeyctl copy NAME": a token's cached value from the keychain on
// standard output.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlCopy : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
