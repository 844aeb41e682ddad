// CtlProfilesAdd: "latchkeyctl profiles add NAME": a connection profile, its app
// secret read from standard input into the keychain.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlProfilesAdd : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
