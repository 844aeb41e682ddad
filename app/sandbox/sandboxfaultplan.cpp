// Fault matching for the sandbox's test hooks.
#include "app/sandbox/sandboxfaultplan.h"

namespace latchkey {

void SandboxFaultPlan::add(const SandboxFault &fault)
{
    if (fault.times > 0)
        m_faults.append(fault);
}

std::optional<SandboxFault>
SandboxFaultPlan::take(const QByteArray &method, const QByteArray &rawPath, const QByteArray &body)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        if (!fault.method.isEmpty() &&
            fault.method.toLatin1().compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!pathMatches(fault.pathPattern.toUtf8(), rawPath))
            continue;
        if (!fault.bodyContains.isEmpty() && !body.contains(fault.bodyContains))
            continue;
        SandboxFault hit = fault;
        if (--fault.times <= 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

bool SandboxFaultPlan::pathMatches(QByteArrayView pattern, QByteArrayView path)
{
    if (pattern.isEmpty())
        return true;
    // Classic wildcard matching with backtracking to the last '*', which may not cross '/'.
    qsizetype p = 0, s = 0, star = -1, mark = 0;
    while (s < path.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = s;
        } else if (p < pattern.size() && pattern[p] == path[s]) {
            ++p;
            ++s;
        } else if (star >= 0 && path[mark] != '/') {
            p = star + 1;
            s = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

} // namespace latchkey
