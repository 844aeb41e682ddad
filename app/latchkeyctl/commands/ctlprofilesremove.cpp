#include "app/latchkeyctl/commands/ctlprofilesremove.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlProfilesRemove::run(CtlContext &context)
{
    CtlSession &session = context.session();
    const QString name = context.argument(0);
    if (!session.profiles().contains(name)) {
        context.fail(QCoreApplication::translate("latchkeyctl",
                                                 "There is no connection profile named \"%1\".")
                         .arg(name));
        return;
    }
    session.profiles().remove(name, this, [&context, &session, name](SecretStore::Outcome outcome) {
        if (session.appSettings().currentProfile() == name) {
            const QStringList rest = session.profiles().names();
            session.appSettings().setCurrentProfile(rest.value(0));
        }
        if (!outcome.ok()) {
            context.fail(QCoreApplication::translate("latchkeyctl",
                                                     "Removed profile \"%1\", but its app "
                                                     "secret stays in the keychain: %2")
                             .arg(name, outcome.message));
            return;
        }
        if (!context.json())
            CtlOutput::line(
                QCoreApplication::translate("latchkeyctl", "Removed profile \"%1\".").arg(name));
        else
            CtlOutput::json(QJsonObject{{u"name"_s, name}, {u"removed"_s, true}});
        context.succeed();
    });
}

} // namespace latchkey
