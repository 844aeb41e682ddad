// CtlExchange: "latchkeyctl exchange NAME --resource URI": the token's cached
// value exchanged at Logto's token endpoint for a short-lived access token,
// printed (or as JSON); a refusal is one sentence that says why and what to do.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"
#include "model/exchange/tokenexchanger.h"

#include <optional>

namespace latchkey {

class CtlExchange : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;

    // What --resource, --scope and --organization ask for; nullopt after failing
    // with a usage error.
    static std::optional<ExchangeTarget> targetFrom(CtlContext &context, bool resourceRequired);
    // An exchanger for the session's profile.
    static TokenExchanger *exchangerFor(CtlContext &context, QObject *parent);
};

} // namespace latchkey
