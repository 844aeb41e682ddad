// CtlSecretInput: reads a secret from standard input. On a terminal it asks on
// stderr and turns the echo off while the line is typed (restored on every way
// out, a signal included); from a pipe it reads what arrives.
#pragma once

#include "net/secretbytes.h"

#include <QString>

#include <optional>

namespace latchkey {

class CtlSecretInput
{
public:
    static bool isTerminal();
    // One line typed without echo after prompt (on a terminal); nullopt when
    // standard input is closed before a line ends.
    static std::optional<SecretBytes> readHiddenLine(const QString &prompt);
    // Everything on standard input (a pipe or file); nullopt when it cannot be read.
    static std::optional<SecretBytes> readAll();
};

} // namespace latchkey
