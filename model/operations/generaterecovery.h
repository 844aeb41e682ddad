// GenerateRecovery: settles one generate that an earlier run left in the journal:
// saves the value of a token the server made but nobody kept, or drops the record
// when the server made nothing.
#pragma once

#include "model/operations/journaljob.h"
#include "net/createdtoken.h"

#include <memory>

namespace latchkey {

class ApiError;

class GenerateRecovery : public JournalJob
{
    Q_OBJECT
public:
    GenerateRecovery(const TokenBackend &backend, RotationRecord record,
                     std::unique_ptr<QLockFile> lock, QObject *parent = nullptr);

private:
    void run() override;
    void inspect(CreatedToken found);
    void save(std::shared_ptr<CreatedToken> found);
};

} // namespace latchkey
