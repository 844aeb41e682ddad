#include "app/latchkeyctl/commands/ctlcreate.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlissuedreport.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/domain/expiryspec.h"

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlCreate::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    CtlSession &session = context.session();
    std::optional<ExpirySpec> expiry;
    if (context.options().isSet(u"expires"_s)) {
        QString error;
        expiry = ExpirySpec::parse(context.options().value(u"expires"_s), &error);
        if (!expiry) {
            context.fail(error, CtlContext::Usage);
            return;
        }
    } else {
        const int maxDays = session.appSettings().maxLifetimeDays();
        expiry = maxDays > 0 ? ExpirySpec::inDays(maxDays) : ExpirySpec::never();
    }
    session.service()->generate(user, context.argument(0), *expiry, this,
                                [&context](const TokenResult<IssuedToken> &result) {
                                    CtlIssuedReport::finish(context, result);
                                });
}

} // namespace latchkey
