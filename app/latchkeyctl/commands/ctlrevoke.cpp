#include "app/latchkeyctl/commands/ctlrevoke.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/connectionkeeper.h"
#include "model/session/session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace latchkey {

bool CtlRevoke::confirm(CtlContext &context, const QString &refusal, const QString &question)
{
    if (context.options().isSet(u"yes"_s))
        return true;
    if (context.inBatch() || !isatty(STDIN_FILENO)) {
        context.fail(refusal, CtlContext::Usage);
        return false;
    }
    std::fputs(qPrintable(question), stderr);
    std::fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer != u"y"_s && answer != u"yes"_s) {
        context.fail(QCoreApplication::translate("latchkeyctl", "Nothing was deleted."));
        return false;
    }
    return true;
}

void CtlRevoke::run(CtlContext &context)
{
    const bool all = context.options().isSet(u"all"_s);
    if (all != context.arguments().isEmpty()) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl",
                         "Usage: latchkeyctl revoke NAME, or latchkeyctl revoke --all --user ID"),
                     CtlContext::Usage);
        return;
    }
    if (all) {
        revokeAll(context);
        return;
    }
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    const QString name = context.argument(0);
    if (!confirm(
            context,
            QCoreApplication::translate("latchkeyctl",
                                        "Not deleting \"%1\" without confirmation: pass "
                                        "--yes when standard input is not a terminal.")
                .arg(name),
            QCoreApplication::translate("latchkeyctl", "Delete the token \"%1\" of user %2? [y/N] ")
                .arg(name, user)))
        return;
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

void CtlRevoke::revokeAll(CtlContext &context)
{
    // Offboarding: the user is named on purpose, never taken from the profile.
    if (!context.options().isSet(u"user"_s)) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl", "revoke --all needs the user named with --user ID."),
                     CtlContext::Usage);
        return;
    }
    const QString user = context.options().value(u"user"_s);
    if (!confirm(context,
                 QCoreApplication::translate("latchkeyctl",
                                             "Not deleting every token of user %1 without "
                                             "confirmation: pass --yes when standard input is "
                                             "not a terminal.")
                     .arg(user),
                 QCoreApplication::translate("latchkeyctl", "Delete EVERY token of user %1? [y/N] ")
                     .arg(user)))
        return;
    CtlSession &session = context.session();
    session.service()->revokeAll(
        user, this, [&context, &session, user](const QList<RevokeOutcome> &outcomes) {
            // One outcome without a name: the list could not be read, nothing was done.
            if (outcomes.size() == 1 && outcomes.first().name.isEmpty()) {
                context.fail(outcomes.first().error);
                return;
            }
            QJsonArray array;
            int failed = 0;
            for (const RevokeOutcome &outcome : outcomes) {
                if (outcome.revoked)
                    session.session()->keeper()->keepRemoved(user, outcome.name);
                const bool ok = outcome.revoked && outcome.forgotten;
                failed += ok ? 0 : 1;
                if (context.json()) {
                    array.append(
                        QJsonObject{{u"name"_s, outcome.name},
                                    {u"revoked"_s, outcome.revoked},
                                    {u"forgotten"_s, outcome.forgotten},
                                    {u"error"_s, ok ? QJsonValue() : QJsonValue(outcome.error)}});
                } else if (ok) {
                    CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Deleted \"%1\".")
                                        .arg(outcome.name));
                } else {
                    CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Failed \"%1\": %2")
                                        .arg(outcome.name, outcome.error));
                }
            }
            if (context.json())
                CtlOutput::json(array);
            if (failed > 0) {
                context.fail(QCoreApplication::translate("latchkeyctl",
                                                         "%1 of %n token(s) were not revoked.",
                                                         nullptr, int(outcomes.size()))
                                 .arg(failed));
                return;
            }
            if (!context.json())
                CtlOutput::note(QCoreApplication::translate("latchkeyctl",
                                                            "Revoked %n token(s) of user %1.",
                                                            nullptr, int(outcomes.size()))
                                    .arg(user));
            context.succeed();
        });
}

} // namespace latchkey
