// JournalJob: what settles one record of the RotationJournal that an earlier run
// left, or that has come due: it holds the record and the claim on it, writes each
// step before going on, and ends once with a ResumeOutcome. RotationRecovery,
// GenerateRecovery and DueRevocation are the kinds of it.
#pragma once

#include "model/operations/resumeoutcome.h"
#include "model/operations/rotationrecord.h"
#include "model/operations/tokenbackend.h"

#include <QLockFile>
#include <QObject>

#include <functional>
#include <memory>

namespace latchkey {

class JournalJob : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(ResumeOutcome)>;

    ~JournalJob() override;

    // Runs the job; done runs once, unless this object is destroyed first.
    void start(Completion done);

signals:
    // Emitted right after the journal recorded a step (RotationRecord::stepName).
    void stepRecorded(const QString &step, const QString &tokenName);

protected:
    // lock: the journal claim on record.id, held until the job ends.
    JournalJob(const TokenBackend &backend, RotationRecord record, std::unique_ptr<QLockFile> lock,
               QObject *parent);

    virtual void run() = 0;
    // Writes the record at this step; when that fails the job ends (Failed, record kept)
    // and false comes back.
    bool record(RotationRecord::Step step);
    // Ends the job: drops the record when it is settled, releases the claim, reports.
    void finish(ResumeOutcome::Kind kind, const QString &message, bool dropRecord);

    TokenBackend m_backend;
    RotationRecord m_record;

private:
    std::unique_ptr<QLockFile> m_lock;
    Completion m_done;
};

} // namespace latchkey
