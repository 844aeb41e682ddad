// CtlProfilesRemove: "latchkeyctl profiles remove NAME": a profile and its app
// secret in the keychain.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlProfilesRemove : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
