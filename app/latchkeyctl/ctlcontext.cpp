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
    const ConnectionProfile &profile = session().profile();
    if (profile.isDeveloper()) {
        // Through the gateway a developer only ever reaches their own tokens.
        if (options().isSet(u"user"_s)) {
            fail(QCoreApplication::translate("latchkeyctl",
                                             "--user is not available for a developer "
                                             "connection: it always acts on your own tokens."),
                 Usage);
            return {};
        }
        if (profile.userId.isEmpty())
            fail(QCoreApplication::translate("latchkeyctl",
                                             "Not signed in to \"%1\": run \"latchkeyctl login\".")
                     .arg(profile.name));
        return profile.userId;
    }
    const QString user = userId();
    if (user.isEmpty())
        fail(QCoreApplication::translate("latchkeyctl", "No user given: pass --user ID or set "
                                                        "the profile's user."),
             Usage);
    return user;
}

} // namespace latchkey
