// TokenOnlineTester: "Test online" for a Logto PAT: the token-exchange grant
// against one connection, and the resulting access token inspected and
// verified against that server's JWKS.
#pragma once

#include "model/inspector/inspectionresult.h"
#include "net/secretbytes.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace latchkey {

class ApiCall;
class LogtoClient;

struct OnlineTestResult
{
    bool valid = false;         // the server accepted the PAT and its access token verified
    bool tokenRejected = false; // invalid_grant: deleted, expired, or its user is suspended
    QString message;            // translated, one sentence for the user
    // The exchanged access token, inspected (claims, signature); never its value.
    std::optional<InspectionResult> accessToken;

    QJsonObject toJson() const;
};

class TokenOnlineTester : public QObject
{
    Q_OBJECT
public:
    // client is not owned and must outlive the tester; connectionName is for messages.
    TokenOnlineTester(LogtoClient *client, QString connectionName, QObject *parent = nullptr);
    ~TokenOnlineTester() override;

    // Sends the PAT to the connection's token endpoint: only call this when the user
    // asked for it. finished() follows once; a new test aborts the running one.
    void test(SecretBytes pat);
    void abort();
    bool isRunning() const { return !m_call.isNull(); }

signals:
    void finished(const latchkey::OnlineTestResult &result);

private:
    void verify(SecretBytes accessToken);
    void finish(OnlineTestResult result);

    LogtoClient *m_client;
    QString m_connectionName;
    QPointer<ApiCall> m_call;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::OnlineTestResult)
