// GenerateRecovery: settles one generate that an earlier run left in the journal:
// saves the value of a token the server made but nobody kept, or drops the record
// when the server made nothing.
#pragma once

#include "model/operations/rotationrecord.h"
#include "model/operations/rotationrecovery.h"
#include "model/operations/tokenbackend.h"
#include "net/createdtoken.h"

#include <QLockFile>
#include <QObject>

#include <functional>
#include <memory>

namespace latchkey {

class ApiError;

class GenerateRecovery : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(ResumeOutcome)>;

    GenerateRecovery(const TokenBackend &backend, RotationRecord record,
                     std::unique_ptr<QLockFile> lock, QObject *parent = nullptr);
    ~GenerateRecovery() override;

    void start(Completion done);

private:
    void inspect(CreatedToken found);
    void save(std::shared_ptr<CreatedToken> found);
    void finish(ResumeOutcome::Kind kind, const QString &message, bool dropRecord);

    TokenBackend m_backend;
    RotationRecord m_record;
    std::unique_ptr<QLockFile> m_lock;
    Completion m_done;
};

} // namespace latchkey
