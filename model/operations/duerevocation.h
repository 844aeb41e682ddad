// DueRevocation: deletes the old token that a rotation with an overlap kept
// working, once its time has come (or at once, when the user asks), and forgets
// its cached value. Its Revocation record leaves the journal only when both are
// done, so a run cut short is repeated by the next one.
#pragma once

#include "model/operations/journaljob.h"
#include "net/personalaccesstoken.h"

#include <memory>

namespace latchkey {

class ApiError;

class DueRevocation : public JournalJob
{
    Q_OBJECT
public:
    DueRevocation(const TokenBackend &backend, RotationRecord record,
                  std::unique_ptr<QLockFile> lock, QObject *parent = nullptr);

private:
    void run() override;
    void deleteOld(const PersonalAccessToken &old);
    void forgetOld(const QString &message);
    QString revokedMessage() const;
    void failFromServer(const ApiError &error);
};

} // namespace latchkey
