// CtlLogout: "latchkeyctl logout [--forget-cached]": signs the developer of a
// developer connection out (revoked at Logto, deleted from the keychain); the
// cached token values stay unless --forget-cached.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlLogout : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
