// CtlLogin: "latchkeyctl login [--device]": signs the developer of a developer
// connection in — in the browser ($BROWSER or xdg-open; the URL is printed on
// stderr too), or with a code typed on another device (--device).
#pragma once

#include "app/latchkeyctl/ctlcommand.h"
#include "model/session/developersignin.h"

#include <memory>

namespace latchkey {

class CtlLogin : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;
    ~CtlLogin() override;

    void run(CtlContext &context) override;

private:
    std::unique_ptr<DeveloperSignIn> m_signIn;
};

} // namespace latchkey
