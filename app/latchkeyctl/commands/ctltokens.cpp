#include "app/latchkeyctl/commands/ctltokens.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/offline/connectionkeeper.h"
#include "model/operations/tokenerror.h"
#include "model/operations/tokenservice.h"
#include "model/session/session.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// cachedKnown: the index could be read; otherwise the CACHED column says "?".
void print(CtlContext &context, CtlSession &session, const QString &user,
           const QList<PersonalAccessToken> &tokens, bool cachedKnown)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int soon = session.appSettings().expiringSoonDays();
    const QString endpoint = session.endpointKey();
    const QHash<QByteArray, QString> notes = session.notes().notesOf(endpoint, user);
    // Old values a rotation with an overlap keeps working for a while.
    QHash<QByteArray, QDateTime> revokeAt;
    for (const RotationRecord &planned : session.service()->plannedRevocations()) {
        if (planned.userId == user)
            revokeAt.insert(planned.oldFingerprint, *planned.revokeOldAt);
    }
    if (!session.notes().error().isEmpty())
        CtlOutput::note(session.notes().error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const PersonalAccessToken &token : tokens) {
        const std::optional<QDateTime> revoked =
            revokeAt.contains(token.fingerprint)
                ? std::optional<QDateTime>(revokeAt.value(token.fingerprint))
                : std::nullopt;
        const QString status = revoked
                                   ? u"replaced"_s
                                   : CtlFormat::statusName(tokenStatus(token.expiresAt, now, soon));
        const bool cached = cachedKnown && session.cache()->isCached(endpoint, token.fingerprint);
        QJsonObject object = CtlFormat::tokenJson(token);
        object.insert(u"status"_s, status);
        object.insert(u"cached"_s, cachedKnown ? QJsonValue(cached) : QJsonValue());
        object.insert(u"fingerprint"_s, QString::fromLatin1(token.fingerprint));
        const QString note = notes.value(token.fingerprint);
        object.insert(u"note"_s, note.isEmpty() ? QJsonValue() : QJsonValue(note));
        object.insert(u"revokeAt"_s, CtlFormat::isoOrNull(revoked));
        array.append(object);
        // A replaced value ends at its revocation, whatever its own expiry says.
        rows.append({token.name, status, CtlFormat::localDate(revoked ? revoked : token.expiresAt),
                     !cachedKnown ? u"?"_s
                     : cached     ? QCoreApplication::translate("latchkeyctl", "yes")
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
}
} // namespace

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
            QList<PersonalAccessToken> tokens = result.value();
            std::sort(tokens.begin(), tokens.end(),
                      [](const PersonalAccessToken &a, const PersonalAccessToken &b) {
                          return a.name < b.name;
                      });
            // One read of the cache's index says which values the keychain holds; a
            // value is verified where it is used (copy), which also repairs the index.
            session.cache()->whenIndexLoaded(
                session.endpointKey(), this,
                [&context, &session, user, tokens](const SecretStore::Outcome &outcome) {
                    if (!outcome.ok())
                        CtlOutput::note(outcome.message.isEmpty()
                                            ? SecretStore::messageFor(outcome.status)
                                            : outcome.message);
                    print(context, session, user, tokens, outcome.ok());
                });
        });
}

} // namespace latchkey
