// CtlContext: what a latchkeyctl command works with: the parsed command line,
// the session, and the one way to end (fail, succeed, finish).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace latchkey {

class CtlOptions;
class CtlSession;

class CtlContext
{
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    virtual CtlSession &session() = 0;
    virtual const CtlOptions &options() const = 0;
    // The command's positional arguments (after its name).
    virtual QString argument(int index) const = 0;
    virtual QStringList arguments() const = 0;
    // The file-creation mask latchkeyctl was started with (it runs with 0077 itself),
    // for a command it starts ("run").
    virtual int userUmask() const = 0;
    virtual bool json() const = 0;
    // True while "batch" runs its lines: there is no standard input to ask on.
    virtual bool inBatch() const = 0;

    // One line on stderr (prefixed with the batch line) and the command ends.
    virtual void fail(const QString &message, int exitCode = Failure) = 0;
    virtual void finish(int exitCode) = 0;
    void succeed() { finish(Success); }
    // Runs every line of input as a command on the session already open.
    virtual void runBatch(const QByteArray &input) = 0;

    // --user, else the profile's user.
    QString userId();
    // The user to act on; empty after failing with a usage error when there is none.
    QString requireUserId();

protected:
    ~CtlContext() = default;
};

} // namespace latchkey
