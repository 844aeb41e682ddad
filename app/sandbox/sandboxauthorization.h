// SandboxAuthorization: the browser's side of signing in — GET /oidc/auth with every check a
// real Logto makes, the sign-in page (/sign-in) that ends in the redirect with the code, and
// the device flow's verification page (/device).
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace latchkey {

class SandboxOidcContext;
class SandboxSignInPage;
struct SandboxApp;
struct SandboxOidcInstance;

class SandboxAuthorization
{
public:
    explicit SandboxAuthorization(SandboxOidcContext &context);

    // nullopt when the path is not one of these routes.
    std::optional<SandboxResponse> handle(const SandboxRequest &request);

private:
    SandboxResponse authorize(const SandboxRequest &request);
    SandboxResponse signInPage(const SandboxRequest &request);
    SandboxResponse signIn(const SandboxRequest &request);
    SandboxResponse devicePage(const SandboxRequest &request);
    SandboxResponse deviceCode(const SandboxRequest &request);

    // The sign-in waiting in this browser (cookie _interaction), when it has not expired.
    std::optional<SandboxOidcInstance> interaction(const SandboxRequest &request);
    SandboxResponse startInteraction(const SandboxApp &app, const QJsonObject &payload);
    SandboxResponse finishAuthorization(const SandboxOidcInstance &interaction,
                                        const SandboxApp &app, const QString &userId);
    SandboxResponse finishDevice(const SandboxOidcInstance &interaction, const QString &userId,
                                 const SandboxSignInPage &page);
    // The authorization response (code, or an error) by the request's response mode.
    SandboxResponse respond(const QString &redirectUri, const QString &responseMode,
                            const QList<QPair<QString, QString>> &parameters) const;

    SandboxOidcContext &m_context;
};

} // namespace latchkey
