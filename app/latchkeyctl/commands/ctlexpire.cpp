#include "app/latchkeyctl/commands/ctlexpire.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlissuedreport.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/domain/expiryspec.h"

namespace latchkey {

void CtlExpire::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    QString error;
    const std::optional<ExpirySpec> expiry = ExpirySpec::parse(context.argument(1), &error);
    if (!expiry) {
        context.fail(error, CtlContext::Usage);
        return;
    }
    context.session().service()->changeExpiry(user, context.argument(0), *expiry, this,
                                              [&context](const TokenResult<IssuedToken> &result) {
                                                  CtlIssuedReport::finish(context, result);
                                              });
}

} // namespace latchkey
