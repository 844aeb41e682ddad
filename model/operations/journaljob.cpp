#include "model/operations/journaljob.h"

#include "model/operations/rotationjournal.h"

namespace latchkey {

JournalJob::JournalJob(const TokenBackend &backend, RotationRecord record,
                       std::unique_ptr<QLockFile> lock, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_record(std::move(record))
    , m_lock(std::move(lock))
{}

JournalJob::~JournalJob() = default;

void JournalJob::start(Completion done)
{
    m_done = std::move(done);
    run();
}

bool JournalJob::record(RotationRecord::Step step)
{
    m_record.step = step;
    QString error;
    if (!m_backend.journal->write(m_record, &error)) {
        finish(ResumeOutcome::Kind::Failed, error, false);
        return false;
    }
    emit stepRecorded(RotationRecord::stepName(step), m_record.oldName);
    return true;
}

void JournalJob::finish(ResumeOutcome::Kind kind, const QString &message, bool dropRecord)
{
    if (dropRecord)
        m_backend.journal->remove(m_record.id);
    m_lock.reset();
    if (Completion done = std::exchange(m_done, nullptr))
        done({kind, m_record.userId, m_record.oldName, message});
}

} // namespace latchkey
