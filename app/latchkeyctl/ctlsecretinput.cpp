#include "app/latchkeyctl/ctlsecretinput.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace latchkey {

namespace {

// The terminal's settings before the echo went off, for the signal handler:
// a Ctrl+C while the secret is typed must not leave the shell without echo.
struct termios savedTerminal;
volatile std::sig_atomic_t terminalSaved = 0;

void restoreTerminal()
{
    if (terminalSaved) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        terminalSaved = 0;
    }
}

extern "C" void restoreAndReraise(int signalNumber)
{
    restoreTerminal();
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        struct termios quiet = savedTerminal;
        quiet.c_lflag &= tcflag_t(~(ECHO | ECHOE | ECHOK | ECHONL));
        terminalSaved = 1;
        for (int signalNumber : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP})
            m_previous.push_back({signalNumber, std::signal(signalNumber, restoreAndReraise)});
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        restoreTerminal();
        for (const auto &[signalNumber, handler] : m_previous)
            std::signal(signalNumber, handler);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    std::vector<std::pair<int, void (*)(int)>> m_previous;
};

} // namespace

bool CtlSecretInput::isTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<SecretBytes> CtlSecretInput::readHiddenLine(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    // Room up front: a growing buffer would leave copies of the secret behind.
    QByteArray line;
    line.reserve(4096);
    bool ended = false;
    {
        EchoOff quiet;
        // Byte by byte with read(2): stdio would buffer what follows the line.
        char c = 0;
        while (true) {
            const ssize_t got = ::read(STDIN_FILENO, &c, 1);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            if (c == '\n') {
                ended = true;
                break;
            }
            line.append(c);
        }
        c = 0;
    }
    // The Enter the user typed was not echoed either.
    std::fputc('\n', stderr);
    if (!ended && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return SecretBytes(std::move(line));
}

std::optional<SecretBytes> CtlSecretInput::readAll()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    return SecretBytes(input.readAll());
}

} // namespace latchkey
