#include "app/latchkeyctl/ctlissuedreport.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/connectionkeeper.h"
#include "model/session/session.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlIssuedReport::finish(CtlContext &context, const TokenResult<IssuedToken> &result)
{
    if (!result) {
        context.fail(result.error().message);
        return;
    }
    const IssuedToken &issued = result.value();
    CtlSession &session = context.session();
    session.session()->keeper()->keepIssued(issued.token);
    if (context.json()) {
        QJsonObject object = CtlFormat::tokenJson(issued.token);
        object.insert(u"cached"_s, issued.cached);
        if (issued.replaced)
            object.insert(u"valueChanged"_s, true);
        if (issued.oldRevokedAt) {
            object.insert(u"oldName"_s, issued.oldAsideName);
            object.insert(u"oldRevokedAt"_s, CtlFormat::isoOrNull(issued.oldRevokedAt));
        }
        CtlOutput::jsonWithSecret(object, issued.value);
    } else {
        CtlOutput::secretLine(issued.value);
    }
    if (issued.oldRevokedAt)
        CtlOutput::note(QCoreApplication::translate(
                            "latchkeyctl",
                            "The token \"%1\" has a new value (printed above); the old value "
                            "keeps working as \"%2\" until %3, then the next latchkeyctl command "
                            "or Latchkey revokes it.")
                            .arg(issued.token.name, issued.oldAsideName,
                                 CtlFormat::localDate(issued.oldRevokedAt)));
    else if (issued.replaced)
        CtlOutput::note(QCoreApplication::translate(
                            "latchkeyctl", "The token \"%1\" has a new value (printed above); "
                                           "the old value no longer works.")
                            .arg(issued.token.name));
    if (!CtlOutput::stdoutOk()) {
        context.fail(
            issued.cached
                ? QCoreApplication::translate(
                      "latchkeyctl", "The value of \"%1\" could not be written to standard "
                                     "output; it is in the keychain: latchkeyctl copy \"%1\"")
                      .arg(issued.token.name)
                : QCoreApplication::translate(
                      "latchkeyctl", "The value of \"%1\" could not be written to standard "
                                     "output and is NOT in the keychain (%2): set a new expiry "
                                     "for a new value.")
                      .arg(issued.token.name, issued.cacheError));
        return;
    }
    if (!issued.cached)
        CtlOutput::note(QCoreApplication::translate("latchkeyctl",
                                                    "The value is NOT saved in the keychain (%1); "
                                                    "keep it now, it cannot be shown again.")
                            .arg(issued.cacheError));
    context.succeed();
}

} // namespace latchkey
