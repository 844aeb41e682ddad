#include "app/latchkeyctl/commands/ctlprofileslist.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlProfilesList::run(CtlContext &context)
{
    CtlSession &session = context.session();
    const QString current = session.appSettings().currentProfile();
    QJsonArray array;
    QList<QStringList> rows;
    for (const ConnectionProfile &profile : session.profiles().list()) {
        array.append(QJsonObject{{u"name"_s, profile.name},
                                 {u"endpoint"_s, profile.endpoint.toString()},
                                 {u"appId"_s, profile.appId},
                                 {u"apiIndicator"_s, CtlFormat::orNull(profile.apiIndicator)},
                                 {u"userId"_s, CtlFormat::orNull(profile.userId)},
                                 {u"current"_s, profile.name == current}});
        rows.append({profile.name == current ? u"*"_s : QString(), profile.name,
                     profile.endpoint.toString(), profile.appId, profile.userId});
    }
    if (context.json())
        CtlOutput::json(array);
    else
        CtlOutput::table({QString(), QCoreApplication::translate("latchkeyctl", "NAME"),
                          QCoreApplication::translate("latchkeyctl", "ENDPOINT"),
                          QCoreApplication::translate("latchkeyctl", "APP ID"),
                          QCoreApplication::translate("latchkeyctl", "USER")},
                         rows);
    context.succeed();
}

} // namespace latchkey
