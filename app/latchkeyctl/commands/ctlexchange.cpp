#include "app/latchkeyctl/commands/ctlexchange.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace latchkey {

std::optional<ExchangeTarget> CtlExchange::targetFrom(CtlContext &context, bool resourceRequired)
{
    ExchangeTarget target;
    target.resource = context.options().value(u"resource"_s).trimmed();
    if (target.resource.isEmpty() && resourceRequired) {
        context.fail(QCoreApplication::translate(
                         "latchkeyctl", "Say which API the access token is for: --resource URI "
                                        "(its API resource indicator in Logto)."),
                     CtlContext::Usage);
        return std::nullopt;
    }
    if (!target.resource.isEmpty() && !QUrl(target.resource, QUrl::StrictMode).isValid()) {
        context.fail(
            QCoreApplication::translate("latchkeyctl", "\"%1\" is not a valid resource indicator.")
                .arg(target.resource),
            CtlContext::Usage);
        return std::nullopt;
    }
    // OAuth scopes are one space-separated list; both spellings work.
    for (const QString &scope : context.options().values(u"scope"_s))
        target.scopes += scope.split(u' ', Qt::SkipEmptyParts);
    target.organizationId = context.options().value(u"organization"_s).trimmed();
    return target;
}

TokenExchanger *CtlExchange::exchangerFor(CtlContext &context, QObject *parent)
{
    CtlSession &session = context.session();
    TokenBackend backend;
    backend.client = session.client();
    backend.cache = session.cache();
    backend.profile = session.profile().name;
    backend.endpoint = session.endpointKey();
    backend.retired = &session.retired();
    return new TokenExchanger(backend,
                              TokenExchanger::clientFor(session.profile(), session.client()),
                              &session.snapshots(), parent);
}

void CtlExchange::run(CtlContext &context)
{
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    const std::optional<ExchangeTarget> target = targetFrom(context, true);
    if (!target)
        return;
    exchangerFor(context, this)
        ->exchange(user, context.argument(0), *target, this,
                   [&context](TokenResult<ExchangedToken> result) {
                       if (!result) {
                           context.fail(result.error().message);
                           return;
                       }
                       ExchangedToken &token = result.value();
                       if (context.json())
                           CtlOutput::jsonWithSecret(QJsonObject{{u"expires_in"_s, token.expiresIn},
                                                                 {u"token_type"_s, token.tokenType},
                                                                 {u"scope"_s, token.scope}},
                                                     token.accessToken, "access_token");
                       else
                           CtlOutput::secretLine(token.accessToken);
                       token.accessToken.clear();
                       context.succeed();
                   });
}

} // namespace latchkey
