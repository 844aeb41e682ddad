// CtlUsers: "latchkeyctl users": the users of the tenant, one page or --all.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"
#include "net/user.h"

namespace latchkey {

class CtlUsers : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;

private:
    void fetch(CtlContext &context, int page, QList<User> collected);
};

} // namespace latchkey
