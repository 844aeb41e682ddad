// DueRevocation: deletes the old token that a rotation with an overlap kept
// working, once its time has come (or at once, when the user asks), and forgets
// its cached value. Its Revocation record leaves the journal only when both are
// done, so a run cut short is repeated by the next one.
#pragma once

#include "model/operations/rotationrecord.h"
#include "model/operations/rotationrecovery.h"
#include "model/operations/tokenbackend.h"
#include "net/personalaccesstoken.h"

#include <QLockFile>
#include <QObject>

#include <memory>

namespace latchkey {

class ApiError;

class DueRevocation : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(ResumeOutcome)>;

    DueRevocation(const TokenBackend &backend, RotationRecord record,
                  std::unique_ptr<QLockFile> lock, QObject *parent = nullptr);
    ~DueRevocation() override;

    void start(Completion done);

signals:
    void stepRecorded(const QString &step, const QString &tokenName);

private:
    void deleteOld(const PersonalAccessToken &old);
    void forgetOld(const QString &message);
    QString revokedMessage() const;
    void finish(ResumeOutcome::Kind kind, const QString &message, bool dropRecord);
    void failFromServer(const ApiError &error);

    TokenBackend m_backend;
    RotationRecord m_record;
    std::unique_ptr<QLockFile> m_lock;
    Completion m_done;
};

} // namespace latchkey
