// RotationRecovery: settles one rotation that an earlier run left in the
// journal, judging by what the server and the keychain hold now: finishes it
// when a replacement exists, undoes it when none was made.
#pragma once

#include "model/operations/rotationrecord.h"
#include "model/operations/tokenbackend.h"
#include "net/personalaccesstoken.h"
#include "net/secretbytes.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace latchkey {

class ApiError;

struct ResumeOutcome
{
    enum class Kind {
        Finished,   // the replacement carries the name and its value is cached
        RolledBack, // no replacement was made: the old token is unchanged
        Failed,     // not settled; the record stays when trying again may help
        Skipped,    // another process is working on it
    };
    Kind kind = Kind::Failed;
    QString userId;
    QString tokenName;
    QString message; // translated
};

class RotationRecovery : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(ResumeOutcome)>;

    RotationRecovery(const TokenBackend &backend, RotationRecord record,
                     std::unique_ptr<QLockFile> lock, QObject *parent = nullptr);
    ~RotationRecovery() override;

    void start(Completion done);

    // True when a failed create certainly made nothing on the server (it answered
    // a refusal, or the request was never sent).
    static bool createSurelyFailed(const ApiError &error);

signals:
    void stepRecorded(const QString &step, const QString &tokenName);

private:
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

    bool record(RotationRecord::Step step);
    void finish(ResumeOutcome::Kind kind, const QString &message, bool dropRecord);
    void failFromServer(const ApiError &error);
    void rollBackOrFail(const QString &reason);

    TokenBackend m_backend;
    RotationRecord m_record;
    std::unique_ptr<QLockFile> m_lock;
    Completion m_done;
    std::optional<PersonalAccessToken> m_replacement;
    bool m_oldExists = false;
    QString m_oldNameNow; // the old token's name on the server (asideName once set aside)
    SecretBytes m_recreatedValue;
};

} // namespace latchkey
