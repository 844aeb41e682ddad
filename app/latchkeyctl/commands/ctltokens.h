// CtlTokens: "latchkeyctl tokens": a user's tokens, with whether the keychain
// holds each one's value.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlTokens : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
