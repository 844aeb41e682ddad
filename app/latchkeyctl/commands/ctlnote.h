// CtlNote: "latchkeyctl note NAME [TEXT|--clear]": shows, sets or removes the
// user's own note on a token (kept on this computer, shared with the window).
#pragma once

#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

class CtlNote : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;
};

} // namespace latchkey
