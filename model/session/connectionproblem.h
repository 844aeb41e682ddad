// ConnectionProblem: names why a server could not be used — connection
// refused, name not found (DNS), TLS, no answer in time, credentials refused
// (401) — and the address it was tried at, in one sentence for "Test Connection".
#pragma once

#include "net/apierror.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace latchkey {

class ConnectionProblem
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::ConnectionProblem)

public:
    // The cause first, then the address (host:port) it concerns.
    static QString describe(const ApiError &error, const QUrl &endpoint);
    // host:port as the user would type it (the port even when it is the default).
    static QString address(const QUrl &endpoint);
};

} // namespace latchkey
