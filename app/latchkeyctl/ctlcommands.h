// CtlCommands: latchkeyctl's command line: parses it, runs one subcommand on a
// CtlSession and reports the exit code. Subcommands are looked up in one table,
// so a new one is one entry and one handler.
#pragma once

#include "app/latchkeyctl/ctlbatch.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace latchkey {

class SnapshotRecorder;

class CtlCommands : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    explicit CtlCommands(QObject *parent = nullptr);

    // Runs the command line (arguments[0] is the program); finished follows once.
    void run(const QStringList &arguments);

signals:
    void finished(int exitCode);
    // Right after the journal recorded a rotation step, or a generate step as
    // "generate-<step>" (for tests that kill the process there).
    void rotationStepRecorded(const QString &step);

private:
    struct Command
    {
        QStringList positional;    // names for the usage line
        QStringList options;       // long names allowed besides the global ones
        bool needsService = false; // opens the profile and resumes pending rotations first
        std::function<void()> run;
    };

    void addOptions();
    void addCommands();
    void openService(std::function<void()> next);
    QString userId() const;
    // The user to act on; empty after failing with a usage error when there is none.
    QString requireUserId();
    QString argument(int index) const { return m_arguments.value(index); }

    void profilesAdd();
    void profilesList();
    void profilesRemove();
    void users();
    void tokens();
    void create();
    void rename();
    void expire();
    void revoke();
    void copy();
    void inspect();
    void batch();
    void runNextBatchLine();

    void fetchUsers(int page, QList<User> collected);
    // Keeps the offline snapshot in step with what this run saw; a failure is a note.
    void remember(const std::function<bool(const SnapshotRecorder &, QString *)> &record) const;
    void printIssued(const IssuedToken &issued);
    void fail(const QString &message, int exitCode = Failure);
    void succeed();
    void finish(int exitCode);

    QCommandLineParser m_parser;
    QHash<QString, QCommandLineOption *> m_options;
    std::vector<std::unique_ptr<QCommandLineOption>> m_ownedOptions;
    QHash<QString, Command> m_commands;
    QStringList m_arguments; // positional arguments after the command
    bool m_json = false;
    bool m_finished = false;
    CtlSession m_session;
    // Set while "batch" runs its lines on the one open session.
    std::optional<CtlBatch> m_batch;
    bool m_batchJson = false;
};

} // namespace latchkey
