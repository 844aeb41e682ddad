#include "app/latchkeyctl/commands/ctlrevoke.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/connectionkeeper.h"
#include "model/session/session.h"

#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlRevoke::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    const QString name = context.argument(0);
    if (!context.options().isSet(u"yes"_s)) {
        if (context.inBatch() || !isatty(STDIN_FILENO)) {
            context.fail(QCoreApplication::translate(
                             "latchkeyctl", "Not deleting \"%1\" without confirmation: pass "
                                            "--yes when standard input is not a terminal.")
                             .arg(name),
                         CtlContext::Usage);
            return;
        }
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "latchkeyctl", "Delete the token \"%1\" of user %2? [y/N] ")
                                  .arg(name, user)),
                   stderr);
        std::fflush(stderr);
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"y"_s && answer != u"yes"_s) {
            context.fail(QCoreApplication::translate("latchkeyctl", "Nothing was deleted."));
            return;
        }
    }
    CtlSession &session = context.session();
    session.service()->revoke(
        user, {name}, this, [&context, &session, user](const QList<RevokeOutcome> &outcomes) {
            const RevokeOutcome outcome = outcomes.value(0);
            if (outcome.revoked)
                session.session()->keeper()->keepRemoved(user, outcome.name);
            if (!outcome.revoked || !outcome.forgotten) {
                context.fail(outcome.error);
                return;
            }
            if (context.json())
                CtlOutput::json(QJsonObject{{u"name"_s, outcome.name}, {u"revoked"_s, true}});
            else
                CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Deleted \"%1\".")
                                    .arg(outcome.name));
            context.succeed();
        });
}

} // namespace latchkey
