// CtlRun: "latchkeyctl run NAME --resource URI -- COMMAND [ARGS...]": runs a
// command with an access token for the resource (or, with --pat, the PAT) in
// its environment only: never on a command line, never in latchkeyctl's own
// environment or output. The command's standard streams are latchkeyctl's;
// its exit status and a signal that ends it are latchkeyctl's too, and
// TERM, HUP, USR1, USR2 and WINCH sent to latchkeyctl are passed on to it.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"
#include "net/secretbytes.h"

#include <QByteArrayList>
#include <QString>

namespace latchkey {

class CtlRun : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;

    static constexpr const char *DefaultVariable = "LATCHKEY_ACCESS_TOKEN";
    static bool isVariableName(const QString &name);

private:
    // Starts the command and waits for it; ends latchkeyctl as the command ended.
    void launch(CtlContext &context, SecretBytes token);
};

} // namespace latchkey
