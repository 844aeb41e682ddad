#include "app/latchkeyctl/commands/ctltokens.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/connectionkeeper.h"
#include "model/operations/tokenerror.h"
#include "model/session/session.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace latchkey {

void CtlTokens::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    CtlSession &session = context.session();
    // Through the keeper, which keeps the list for the offline view (either front's).
    session.session()->keeper()->listTokens(
        user, this, [this, &context, &session, user](Result<QList<PersonalAccessToken>> result) {
            if (!result) {
                context.fail(TokenError::fromApi(result.error(), user).message);
                return;
            }
            struct State
            {
                QList<PersonalAccessToken> tokens;
                QList<std::optional<bool>> cached;
                qsizetype open = 0;
                QString keychainProblem;
            };
            auto state = std::make_shared<State>();
            state->tokens = result.value();
            std::sort(state->tokens.begin(), state->tokens.end(),
                      [](const PersonalAccessToken &a, const PersonalAccessToken &b) {
                          return a.name < b.name;
                      });
            state->cached.resize(state->tokens.size());
            state->open = state->tokens.size();
            auto print = [&context, &session, state] {
                if (!state->keychainProblem.isEmpty())
                    CtlOutput::note(state->keychainProblem);
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const int soon = session.appSettings().expiringSoonDays();
                QJsonArray array;
                QList<QStringList> rows;
                for (qsizetype i = 0; i < state->tokens.size(); ++i) {
                    const PersonalAccessToken &token = state->tokens[i];
                    const QString status =
                        CtlFormat::statusName(tokenStatus(token.expiresAt, now, soon));
                    const std::optional<bool> cached = state->cached[i];
                    QJsonObject object = CtlFormat::tokenJson(token);
                    object.insert(u"status"_s, status);
                    object.insert(u"cached"_s, cached ? QJsonValue(*cached) : QJsonValue());
                    object.insert(u"fingerprint"_s, QString::fromLatin1(token.fingerprint));
                    array.append(object);
                    rows.append({token.name, status, CtlFormat::localDate(token.expiresAt),
                                 !cached   ? u"?"_s
                                 : *cached ? QCoreApplication::translate("latchkeyctl", "yes")
                                           : QCoreApplication::translate("latchkeyctl", "no"),
                                 QString::fromLatin1(token.fingerprint.left(12))});
                }
                if (context.json())
                    CtlOutput::json(array);
                else
                    CtlOutput::table({QCoreApplication::translate("latchkeyctl", "NAME"),
                                      QCoreApplication::translate("latchkeyctl", "STATUS"),
                                      QCoreApplication::translate("latchkeyctl", "EXPIRES"),
                                      QCoreApplication::translate("latchkeyctl", "CACHED"),
                                      QCoreApplication::translate("latchkeyctl", "FINGERPRINT")},
                                     rows);
                context.succeed();
            };
            if (state->tokens.isEmpty()) {
                print();
                return;
            }
            // Asking the keychain itself (not the cache's index) is the truth, and
            // repairs the index on the way; the values are wiped at once.
            for (qsizetype i = 0; i < state->tokens.size(); ++i) {
                session.cache()->fetch(
                    session.endpointKey(), state->tokens[i].fingerprint, this,
                    [state, i, print](SecretStore::Outcome outcome, SecretBytes value) {
                        value.clear();
                        if (outcome.ok())
                            state->cached[i] = true;
                        else if (outcome.status == SecretStore::Outcome::Status::NotFound)
                            state->cached[i] = false;
                        else
                            state->keychainProblem = outcome.message;
                        if (--state->open == 0)
                            print();
                    });
            }
        });
}

} // namespace latchkey
