#include "app/latchkeyctl/commands/ctlrun.h"

#include "app/latchkeyctl/commands/ctlexchange.h"
#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// Signals a person or a supervisor sends to stop or poke the command. INT and
// QUIT come from the terminal to the whole foreground group, the command
// included, so latchkeyctl ignores them while it waits (as system(3) does).
constexpr int kForwarded[] = {SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGWINCH};
constexpr int kIgnored[] = {SIGINT, SIGQUIT};

volatile sig_atomic_t g_child = 0;

extern "C" void forwardSignal(int signal)
{
    const int saved = errno;
    if (g_child > 0)
        ::kill(pid_t(g_child), signal);
    errno = saved;
}

// The variable's "NAME=value" entry and the rest of this process's environment
// minus any entry of the same name, as exec wants them.
struct ChildEnvironment
{
    SecretBytes entry;
    std::vector<char *> pointers;
};

// What execvp would run, found here: between fork and exec only async-signal-safe
// calls are allowed, and a PATH search allocates. Empty with errno set when none.
QByteArray findProgram(const QByteArray &name)
{
    if (name.isEmpty()) {
        errno = ENOENT;
        return {};
    }
    if (name.contains('/'))
        return name;
    const QByteArray path =
        qgetenv("PATH").isNull() ? QByteArray("/usr/local/bin:/usr/bin:/bin") : qgetenv("PATH");
    int error = ENOENT;
    for (const QByteArray &folder : path.split(':')) {
        const QByteArray candidate = (folder.isEmpty() ? QByteArray(".") : folder) + '/' + name;
        struct stat info;
        if (::stat(candidate.constData(), &info) != 0 || !S_ISREG(info.st_mode))
            continue;
        if (::access(candidate.constData(), X_OK) == 0)
            return candidate;
        error = EACCES;
    }
    errno = error;
    return {};
}

} // namespace

bool CtlRun::isVariableName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return pattern.match(name).hasMatch();
}

void CtlRun::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    const QString variable = context.options().isSet(u"env"_s)
                                 ? context.options().value(u"env"_s)
                                 : QString::fromLatin1(DefaultVariable);
    if (!isVariableName(variable)) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl", "\"%1\" is not a name for an environment variable.")
                         .arg(variable),
                     CtlContext::Usage);
        return;
    }
    const bool pat = context.options().isSet(u"pat"_s);
    const std::optional<ExchangeTarget> target = CtlExchange::targetFrom(context, !pat);
    if (!target)
        return;
    if (pat && (!target->resource.isEmpty() || !target->scopes.isEmpty() ||
                !target->organizationId.isEmpty())) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl",
                         "--pat hands over the token itself: --resource, --scope and "
                         "--organization do not apply."),
                     CtlContext::Usage);
        return;
    }
    TokenExchanger *exchanger = CtlExchange::exchangerFor(context, this);
    const QString name = context.argument(0);
    if (pat) {
        CtlOutput::note(QCoreApplication::translate(
            "latchkeyctl", "Handing the personal access token itself to the command. It lives "
                           "until it expires or is revoked, so anything the command leaks stays "
                           "usable that long; prefer --resource for a short-lived access token."));
        exchanger->personalToken(user, name, this,
                                 [this, &context](TokenResult<SecretBytes> result) {
                                     if (!result) {
                                         context.fail(result.error().message);
                                         return;
                                     }
                                     launch(context, std::move(result.value()));
                                 });
        return;
    }
    exchanger->exchange(user, name, *target, this,
                        [this, &context](TokenResult<ExchangedToken> result) {
                            if (!result) {
                                context.fail(result.error().message);
                                return;
                            }
                            launch(context, std::move(result.value().accessToken));
                        });
}

void CtlRun::launch(CtlContext &context, SecretBytes token)
{
    const QStringList words = context.arguments().mid(1);
    QByteArrayList argumentBytes;
    for (const QString &word : words)
        argumentBytes.append(QFile::encodeName(word));
    std::vector<char *> argv;
    for (QByteArray &word : argumentBytes)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const QByteArray program = findProgram(argumentBytes.value(0));
    if (program.isEmpty()) {
        const int error = errno;
        context.fail(QCoreApplication::translate("latchkeyctl", "Cannot run \"%1\": %2")
                         .arg(words.value(0), QString::fromLocal8Bit(std::strerror(error))),
                     error == ENOENT ? 127 : 126);
        return;
    }

    const QByteArray variable =
        (context.options().isSet(u"env"_s) ? context.options().value(u"env"_s)
                                           : QString::fromLatin1(DefaultVariable))
            .toLatin1();
    ChildEnvironment env;
    QByteArray entry;
    entry.reserve(variable.size() + 1 + token.size() + 1);
    entry.append(variable).append('=').append(token.view()).append('\0');
    token.clear();
    env.entry = SecretBytes(std::move(entry));
    for (char **item = environ; *item; ++item) {
        if (std::strncmp(*item, variable.constData(), size_t(variable.size())) == 0 &&
            (*item)[variable.size()] == '=')
            continue;
        env.pointers.push_back(*item);
    }
    env.pointers.push_back(const_cast<char *>(env.entry.view().data()));
    env.pointers.push_back(nullptr);

    // Signals wait (blocked) until the handlers are in place; the command starts
    // with none blocked, default dispositions, and the user's umask.
    const mode_t mask = mode_t(context.userUmask());
    sigset_t all, previous;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &previous);
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0) {
        sigprocmask(SIG_SETMASK, &previous, nullptr);
        context.fail(QCoreApplication::translate("latchkeyctl", "Cannot start \"%1\": %2")
                         .arg(words.value(0), QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        struct sigaction standard = {};
        standard.sa_handler = SIG_DFL;
        for (int signal = 1; signal < NSIG; ++signal)
            ::sigaction(signal, &standard, nullptr);
        ::sigprocmask(SIG_SETMASK, &previous, nullptr);
        ::umask(mask);
        ::close(report[0]);
        ::execve(program.constData(), argv.data(), env.pointers.data());
        // Only async-signal-safe calls from here: tell the parent why, and go.
        const int error = errno;
        [[maybe_unused]] const ssize_t written = ::write(report[1], &error, sizeof error);
        ::_exit(127);
    }
    ::close(report[1]);
    env.entry.clear();
    if (child < 0) {
        const int error = errno;
        ::close(report[0]);
        sigprocmask(SIG_SETMASK, &previous, nullptr);
        context.fail(QCoreApplication::translate("latchkeyctl", "Cannot start \"%1\": %2")
                         .arg(words.value(0), QString::fromLocal8Bit(std::strerror(error))));
        return;
    }
    g_child = child;
    struct sigaction forward = {};
    forward.sa_handler = forwardSignal;
    sigemptyset(&forward.sa_mask);
    forward.sa_flags = SA_RESTART;
    for (const int signal : kForwarded)
        sigaction(signal, &forward, nullptr);
    for (const int signal : kIgnored)
        std::signal(signal, SIG_IGN);
    sigprocmask(SIG_SETMASK, &previous, nullptr);

    int execError = 0;
    ssize_t got;
    do {
        got = ::read(report[0], &execError, sizeof execError);
    } while (got < 0 && errno == EINTR);
    ::close(report[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    g_child = 0;
    for (const int signal : kForwarded)
        std::signal(signal, SIG_DFL);
    for (const int signal : kIgnored)
        std::signal(signal, SIG_DFL);

    if (got == sizeof execError) {
        context.fail(QCoreApplication::translate("latchkeyctl", "Cannot run \"%1\": %2")
                         .arg(words.value(0), QString::fromLocal8Bit(std::strerror(execError))),
                     execError == ENOENT ? 127 : 126);
        return;
    }
    if (WIFSIGNALED(status)) {
        // End the way the command ended, so that a caller sees the same signal.
        const int signal = WTERMSIG(status);
        std::signal(signal, SIG_DFL);
        sigset_t only;
        sigemptyset(&only);
        sigaddset(&only, signal);
        sigprocmask(SIG_UNBLOCK, &only, nullptr);
        ::raise(signal);
        // A signal whose default is not to end a process: report it as a shell would.
        context.finish(128 + signal);
        return;
    }
    context.finish(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

} // namespace latchkey
