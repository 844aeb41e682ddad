// TokenRotation: one "set expiry" run on Logto, which cannot change an expiry:
// create a replacement under a temporary name, cache its value, delete the old
// token, forget the old value, give the replacement the old name. With an
// overlap the old token is renamed aside instead of deleted, and the record stays
// in the journal as a Revocation due later (DueRevocation). Each step is in the
// RotationJournal before the next begins, so that RotationRecovery can finish it
// when this run is cut short.
#pragma once

#include "model/operations/issuedtoken.h"
#include "model/operations/rotationrecord.h"
#include "model/operations/tokenbackend.h"
#include "model/operations/tokenresult.h"

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace latchkey {

class TokenRotation : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(TokenResult<IssuedToken>)>;

    // record: already filled in (ids, names, fingerprints, new expiry), step Planned;
    // lock: the journal claim on record.id, held until this object is gone.
    TokenRotation(const TokenBackend &backend, RotationRecord record,
                  std::unique_ptr<QLockFile> lock, QObject *parent = nullptr);
    ~TokenRotation() override;

    // Runs the rotation; done runs once, unless this object is destroyed first.
    void start(Completion done);

    // "<name> (rotating <tag>)", the name cut short so that the whole fits
    // Logto's limit, and changed until it is not among takenNames.
    static QString temporaryName(const QString &name, const QString &tag,
                                 const QStringList &takenNames);
    // "<name> (replaced 2026-12-05)", cut and made unique the same way.
    static QString asideName(const QString &name, const QDate &day, const QStringList &takenNames);

signals:
    void stepRecorded(const QString &step, const QString &tokenName);

private:
    bool record(RotationRecord::Step step);
    void create();
    void cacheValue();
    void retireOld();
    void setAsideOld();
    void deleteOld();
    void forgetOld();
    void renameReplacement();
    void succeed();
    void fail(TokenError error);
    void stopHalfWay(const QString &reason);

    TokenBackend m_backend;
    RotationRecord m_record;
    std::unique_ptr<QLockFile> m_lock;
    Completion m_done;
    IssuedToken m_issued;
};

} // namespace latchkey
