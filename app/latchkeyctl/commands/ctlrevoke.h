// CtlRevoke: "latchkeyctl revoke NAME" deletes a token; "revoke --all --user ID"
// deletes every token of a user (offboarding), one by one, with a line per
// token. Either asks on a terminal unless --yes, and refuses without one.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlContext;

class CtlRevoke : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;

private:
    void revokeAll(CtlContext &context);
    // --yes, or a "y" typed on a terminal; otherwise the command fails (refusal,
    // exit 2, when there is no terminal to ask on) and false is returned.
    bool confirm(CtlContext &context, const QString &refusal, const QString &question);
};

} // namespace latchkey
