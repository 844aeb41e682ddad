// CtlRunner: runs one latchkeyctl command line: parses it, finds the command in
// the table, opens the profile when the command needs it, runs a batch line by
// line, and reports the exit code once.
#pragma once

#include "app/latchkeyctl/ctlbatchinput.h"
#include "app/latchkeyctl/ctlcommandtable.h"
#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace latchkey {

class CtlCommand;

class CtlRunner : public QObject, public CtlContext
{
    Q_OBJECT
public:
    explicit CtlRunner(QObject *parent = nullptr);
    ~CtlRunner() override;

    // Runs the command line (arguments[0] is the program); finished follows once.
    void run(const QStringList &arguments);

    CtlSession &session() override { return m_session; }
    const CtlOptions &options() const override { return m_options; }
    QString argument(int index) const override { return m_arguments.value(index); }
    QStringList arguments() const override { return m_arguments; }
    int userUmask() const override { return m_userUmask; }
    void setUserUmask(int mask) { m_userUmask = mask; }
    bool json() const override { return m_json; }
    bool inBatch() const override { return m_batch.has_value(); }
    void fail(const QString &message, int exitCode = Failure) override;
    void finish(int exitCode) override;
    void runBatch(const QByteArray &input) override;

signals:
    void finished(int exitCode);
    // Right after the journal recorded a rotation step, or a generate step as
    // "generate-<step>" (for tests that kill the process there).
    void rotationStepRecorded(const QString &step);

private:
    void start(const CtlCommandTable::Entry &entry);
    void openService(std::function<void()> next);
    void runNextBatchLine();

    CtlCommandTable m_table;
    CtlOptions m_options; // the line being run: a batch parses each of its lines

    QStringList m_arguments; // positional arguments after the command
    bool m_json = false;
    bool m_finished = false;
    int m_userUmask = 022;
    CtlSession m_session;
    QPointer<CtlCommand> m_command;
    // Set while "batch" runs its lines on the one open session.
    std::optional<CtlBatchInput> m_batch;
    bool m_batchJson = false;
};

} // namespace latchkey
