// SandboxFaultPlan: the queue of injected faults and which request each one hits next.
#pragma once

#include "app/sandbox/sandboxserver.h"

#include <QList>

#include <optional>

namespace latchkey {

class SandboxFaultPlan
{
public:
    void add(const SandboxFault &fault);
    void clear() { m_faults.clear(); }
    // The first fault matching the request, with one of its uses consumed.
    std::optional<SandboxFault> take(const QByteArray &method, const QByteArray &rawPath,
                                     const QByteArray &body);

    // '*' matches any run of characters within one path segment; an empty pattern matches all.
    static bool pathMatches(QByteArrayView pattern, QByteArrayView path);

private:
    QList<SandboxFault> m_faults;
};

} // namespace latchkey
