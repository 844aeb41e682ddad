#include "app/latchkeyctl/commands/ctlcopy.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"

namespace latchkey {

void CtlCopy::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    context.session().service()->cachedValue(user, context.argument(0), this,
                                             [&context](TokenResult<SecretBytes> result) {
                                                 if (!result) {
                                                     context.fail(result.error().message);
                                                     return;
                                                 }
                                                 CtlOutput::secretLine(result.value());
                                                 context.succeed();
                                             });
}

} // namespace latchkey
