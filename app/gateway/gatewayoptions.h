// GatewayOptions: latchkey-gateway's configuration from its command line, an INI file
// (--config), and LATCHKEY_GATEWAY_* environment variables, in that order of precedence.
// The M2M secret comes only from --secret-file or LATCHKEY_GATEWAY_SECRET: one given on the
// command line (where every local user can read it) or in the INI file is refused.
#pragma once

#include "app/gateway/gatewayconfig.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace latchkey {

class GatewayOptions
{
public:
    struct Parsed
    {
        std::optional<GatewayConfig> config; // set when the gateway can run
        QString error;                       // otherwise why not (exit status 2)
        QString output;                      // --help / --version text (exit status 0)
    };

    // arguments include the program name, as QCoreApplication::arguments() has it.
    static Parsed parse(const QStringList &arguments, const QProcessEnvironment &environment);
    // "ADDRESS:PORT", "[IPv6]:PORT" or "PORT" (on 127.0.0.1).
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
};

} // namespace latchkey
