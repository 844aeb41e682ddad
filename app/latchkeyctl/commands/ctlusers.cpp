#include "app/latchkeyctl/commands/ctlusers.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlUsers::run(CtlContext &context)
{
    if (context.session().profile().isDeveloper()) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl", "\"users\" is not available for a developer connection: "
                                        "it reaches only your own tokens."),
                     CtlContext::Usage);
        return;
    }
    fetch(context, 1, {});
}

void CtlUsers::fetch(CtlContext &context, int page, QList<User> collected)
{
    UserQuery query;
    query.search = context.options().value(u"search"_s);
    query.page = page;
    query.pageSize = 100;
    context.session().client()->listUsers(
        query, this, [this, &context, collected](Result<UserPage> result) mutable {
            if (!result) {
                context.fail(result.error().userMessage());
                return;
            }
            const UserPage &page = result.value();
            collected.append(page.users);
            const bool more = context.options().isSet(u"all"_s) && !page.users.isEmpty() &&
                              collected.size() < page.total;
            if (more) {
                fetch(context, page.page + 1, collected);
                return;
            }
            QJsonArray array;
            QList<QStringList> rows;
            for (const User &user : collected) {
                array.append(
                    QJsonObject{{u"id"_s, user.id},
                                {u"username"_s, CtlFormat::orNull(user.username)},
                                {u"name"_s, CtlFormat::orNull(user.name)},
                                {u"primaryEmail"_s, CtlFormat::orNull(user.primaryEmail)}});
                rows.append({user.id, user.username, user.name, user.primaryEmail});
            }
            if (context.json())
                CtlOutput::json(array);
            else
                CtlOutput::table({QCoreApplication::translate("latchkeyctl", "ID"),
                                  QCoreApplication::translate("latchkeyctl", "USERNAME"),
                                  QCoreApplication::translate("latchkeyctl", "NAME"),
                                  QCoreApplication::translate("latchkeyctl", "EMAIL")},
                                 rows);
            context.succeed();
        });
}

} // namespace latchkey
