#include "app/latchkeyctl/commands/ctlnote.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/connectionkeeper.h"
#include "model/operations/tokenerror.h"
#include "model/session/session.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlNote::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    const bool clear = context.options().isSet(u"clear"_s);
    const bool setting = context.arguments().size() > 1;
    if (clear && setting) {
        context.fail(
            QCoreApplication::translate("latchkeyctl", "Give a note or --clear, not both."),
            CtlContext::Usage);
        return;
    }
    CtlSession &session = context.session();
    const QString name = context.argument(0);
    // The note is keyed by the token's fingerprint, which the list gives.
    session.session()->keeper()->listTokens(
        user, this,
        [&context, &session, user, name, clear,
         setting](Result<QList<PersonalAccessToken>> listed) {
            if (!listed) {
                context.fail(TokenError::fromApi(listed.error(), user).message);
                return;
            }
            const auto token =
                std::find_if(listed.value().cbegin(), listed.value().cend(),
                             [&name](const PersonalAccessToken &t) { return t.name == name; });
            if (token == listed.value().cend()) {
                context.fail(QCoreApplication::translate("latchkeyctl",
                                                         "The user has no token named \"%1\".")
                                 .arg(name));
                return;
            }
            TokenNotes &notes = session.notes();
            const QString endpoint = session.endpointKey();
            if (clear || setting) {
                QString error;
                const QString text = clear ? QString() : context.argument(1);
                if (!notes.setNote(endpoint, user, token->fingerprint, text, &error)) {
                    context.fail(error);
                    return;
                }
            } else if (!notes.error().isEmpty()) {
                context.fail(notes.error());
                return;
            }
            const QString note = notes.note(endpoint, user, token->fingerprint);
            if (context.json())
                CtlOutput::json(
                    QJsonObject{{u"name"_s, name},
                                {u"note"_s, note.isEmpty() ? QJsonValue() : QJsonValue(note)}});
            else if (clear || (setting && note.isEmpty()))
                CtlOutput::line(
                    QCoreApplication::translate("latchkeyctl", "Removed the note on \"%1\".")
                        .arg(name));
            else if (setting)
                CtlOutput::line(
                    QCoreApplication::translate("latchkeyctl", "Saved the note on \"%1\".")
                        .arg(name));
            else if (!note.isEmpty())
                CtlOutput::line(note);
            context.succeed();
        });
}

} // namespace latchkey
