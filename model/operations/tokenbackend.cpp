#include "model/operations/tokenbackend.h"

#include "model/offline/retiredtokenlog.h"
#include "model/offline/tokennotes.h"

namespace latchkey {

void TokenBackend::noteRetired(const QString &userId, const QString &name,
                               const QByteArray &fingerprint,
                               const std::optional<QDateTime> &expiresAt, bool replaced) const
{
    if (!retired || fingerprint.isEmpty())
        return;
    RetiredTokenLog::Entry entry;
    entry.fingerprint = fingerprint;
    entry.name = name;
    entry.profile = profile;
    entry.userId = userId;
    entry.expiresAt = expiresAt;
    entry.reason = replaced ? RetiredTokenLog::Entry::Reason::Replaced
                            : RetiredTokenLog::Entry::Reason::Revoked;
    retired->record(entry);
}

void TokenBackend::carryNote(const QString &userId, const QByteArray &from,
                             const QByteArray &to) const
{
    if (notes)
        notes->carryOver(endpoint, userId, from, to);
}

void TokenBackend::dropNote(const QString &userId, const QByteArray &fingerprint) const
{
    if (notes && !notes->note(endpoint, userId, fingerprint).isEmpty())
        notes->setNote(endpoint, userId, fingerprint, QString());
}

} // namespace latchkey
