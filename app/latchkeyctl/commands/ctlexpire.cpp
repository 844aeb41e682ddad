#include "app/latchkeyctl/commands/ctlexpire.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlissuedreport.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/domain/expiryspec.h"
#include "model/domain/overlapduration.h"

using namespace Qt::StringLiterals;

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
    std::optional<std::chrono::seconds> keepOld = std::chrono::seconds(0);
    if (context.options().isSet(u"keep-old"_s))
        keepOld = OverlapDuration::parse(context.options().value(u"keep-old"_s), &error);
    if (!keepOld) {
        context.fail(error, CtlContext::Usage);
        return;
    }
    context.session().service()->changeExpiry(user, context.argument(0), *expiry, *keepOld, this,
                                              [&context](const TokenResult<IssuedToken> &result) {
                                                  CtlIssuedReport::finish(context, result);
                                              });
}

} // namespace latchkey
