// SandboxProcess: a latchkey-sandbox process for the benchmarks that need a
// real server over loopback (seeded as the arguments say), and a LogtoClient on it.
#pragma once

#include "net/logtoclient.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace latchkey {

class SandboxProcess
{
public:
    // Starts the sandbox and waits for its line of JSON; a failure ends the benchmark.
    explicit SandboxProcess(const QStringList &arguments);
    ~SandboxProcess();

    LogtoClient *client() const { return m_client.get(); }
    QString userId() const { return m_userId; }

private:
    QProcess m_process;
    QString m_userId;
    std::unique_ptr<LogtoClient> m_client;
};

} // namespace latchkey
