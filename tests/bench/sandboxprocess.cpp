#include "tests/bench/sandboxprocess.h"

#include "tests/support/testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace latchkey {

SandboxProcess::SandboxProcess(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(test::TestPaths::build(u"app/sandbox/latchkey-sandbox"_s), arguments);
    if (!m_process.waitForStarted(30000))
        qFatal("latchkey-sandbox did not start");
    // Seeding thousands of rows takes a while on a loaded machine.
    while (!m_process.canReadLine())
        if (!m_process.waitForReadyRead(300000))
            qFatal("latchkey-sandbox printed no endpoint");
    const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
    ClientConfig config;
    config.endpoint = QUrl(line.value("endpoint"_L1).toString());
    config.appId = line.value("appId"_L1).toString();
    config.appSecret = SecretBytes::fromString(line.value("appSecret"_L1).toString());
    config.apiIndicator = line.value("apiIndicator"_L1).toString();
    m_userId = line.value("userId"_L1).toString();
    m_client = std::make_unique<LogtoClient>(std::move(config));
}

SandboxProcess::~SandboxProcess()
{
    m_client.reset();
    m_process.terminate();
    m_process.waitForFinished(10000);
}

} // namespace latchkey
