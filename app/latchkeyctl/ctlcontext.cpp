#include "app/latchkeyctl/ctlcontext.h"

#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace latchkey {

QString CtlContext::userId()
{
    const QString given = options().value(u"user"_s);
    return given.isEmpty() ? session().profile().userId : given;
}

QString CtlContext::requireUserId()
{
    const QString user = userId();
    if (user.isEmpty())
        fail(QCoreApplication::translate("latchkeyctl", "No user given: pass --user ID or set "
                                                        "the profile's user."),
             Usage);
    return user;
}

} // namespace latchkey
