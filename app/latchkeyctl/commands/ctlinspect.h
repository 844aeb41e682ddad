// CtlInspect: "latchkeyctl inspect": one token from standard input, inspected
// offline (recognised against the known tokens), optionally tested online.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"
#include "model/inspector/inspectionresult.h"
#include "model/inspector/verificationkey.h"
#include "net/secretbytes.h"

#include <QString>

#include <functional>
#include <optional>

namespace latchkey {

class CtlContext;
class CtlSession;
struct OnlineTestResult;

class CtlInspect : public CtlCommand
{
    Q_OBJECT
public:
    struct Options
    {
        QString jwks; // a file, or an https (or loopback http) URL
        QString keyFile;
        bool hmacSecretStdin = false; // first stdin line: the secret; second: the token
        bool online = false;
        bool json = false;
        QString profile;
    };

    explicit CtlInspect(QObject *parent = nullptr);
    ~CtlInspect() override;

    // Reads stdin and inspects; the context finishes once with 0 recognised and
    // valid, 1 invalid (bad checksum, bad signature, expired), 2 unrecognised or usage.
    void run(CtlContext &context) override;

    // The exit code a result stands for.
    static int exitCodeFor(const InspectionResult &result, const QDateTime &now);

private:
    // Standard input as one buffer: the HMAC secret line first with --hmac-secret-stdin.
    bool readInput(QByteArray *raw) const;
    void withKey(std::function<void()> next);
    void fetchJwks(const QUrl &url, std::function<void()> next);
    void inspect();
    void testOnline(const InspectionResult &result);
    void print(const InspectionResult &result, const OnlineTestResult *online);
    void fail(const QString &message, int exitCode);
    void finish(int exitCode);

    CtlContext *m_context = nullptr;
    CtlSession *m_session = nullptr;
    Options m_options;
    SecretBytes m_token;
    SecretBytes m_hmacSecret;
    std::optional<VerificationKey> m_key;
    bool m_done = false;
};

} // namespace latchkey
