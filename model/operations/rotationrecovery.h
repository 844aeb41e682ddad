// RotationRecovery: settles one rotation that an earlier run left in the
// journal, judging by what the server and the keychain hold now: finishes it
// when a replacement exists, undoes it when none was made.
#pragma once

#include "model/operations/journaljob.h"
#include "net/personalaccesstoken.h"
#include "net/secretbytes.h"

#include <memory>
#include <optional>

namespace latchkey {

class ApiError;

class RotationRecovery : public JournalJob
{
    Q_OBJECT
public:
    RotationRecovery(const TokenBackend &backend, RotationRecord record,
                     std::unique_ptr<QLockFile> lock, QObject *parent = nullptr);

    // True when a failed create certainly made nothing on the server (it answered
    // a refusal, or the request was never sent).
    static bool createSurelyFailed(const ApiError &error);

private:
    void run() override;
    void inspect(const QList<PersonalAccessToken> &tokens);
    void checkCached();
    void discardReplacement();
    void recreate();
    void cacheRecreated();
    void retireOld();
    void setAsideOld();
    void deleteOld();
    void forgetOld();
    void renameReplacement();
    void finishRenamed();

    void failFromServer(const ApiError &error);
    void rollBackOrFail(const QString &reason);

    std::optional<PersonalAccessToken> m_replacement;
    bool m_oldExists = false;
    QString m_oldNameNow; // the old token's name on the server (asideName once set aside)
    SecretBytes m_recreatedValue;
};

} // namespace latchkey
