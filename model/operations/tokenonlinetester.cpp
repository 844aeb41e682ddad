#include "model/operations/tokenonlinetester.h"

#include "model/inspector/tokeninspector.h"
#include "model/inspector/verificationkey.h"
#include "net/logtoclient.h"

#include <QDateTime>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace latchkey {

QJsonObject OnlineTestResult::toJson() const
{
    return QJsonObject{
        {u"valid"_s, valid},
        {u"tokenRejected"_s, tokenRejected},
        {u"message"_s, message},
        {u"accessToken"_s, accessToken ? QJsonValue(accessToken->toJson()) : QJsonValue()}};
}

TokenOnlineTester::TokenOnlineTester(LogtoClient *client, QString connectionName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_connectionName(std::move(connectionName))
{}

TokenOnlineTester::~TokenOnlineTester()
{
    abort();
}

void TokenOnlineTester::abort()
{
    if (m_call)
        m_call->abort();
    m_call.clear();
}

void TokenOnlineTester::test(SecretBytes pat)
{
    abort();
    m_call = m_client->exchangeToken(pat, this, [this](Result<ExchangedToken> result) {
        m_call.clear();
        if (!result) {
            OnlineTestResult outcome;
            if (result.error().isInvalidGrant()) {
                outcome.tokenRejected = true;
                outcome.message = tr("This token is not valid on %1: deleted, expired, or its "
                                     "user is suspended.")
                                      .arg(m_connectionName);
            } else {
                outcome.message = result.error().userMessage();
            }
            finish(std::move(outcome));
            return;
        }
        verify(std::move(result.value().accessToken));
    });
    // The client copied what it sends; this copy goes now.
    pat.clear();
}

void TokenOnlineTester::verify(SecretBytes accessToken)
{
    // The shared pointer keeps the move-only value alive in the copyable callback.
    auto token = std::make_shared<SecretBytes>(std::move(accessToken));
    m_call = m_client->fetchJwks(this, [this, token](Result<QByteArray> jwks) {
        m_call.clear();
        TokenInspector inspector;
        const bool haveKeys = jwks.ok();
        if (haveKeys)
            inspector.setVerificationKey(VerificationKey::fromDownloadedJwks(jwks.value()));
        auto outcome = std::make_shared<OnlineTestResult>();
        outcome->accessToken = inspector.inspect(token->view(), QDateTime::currentDateTimeUtc());
        token->clear();
        if (haveKeys && !outcome->accessToken->signature.ok) {
            outcome->message = tr("%1 accepted the token, but its answer does not verify "
                                  "against the server's keys: %2")
                                   .arg(m_connectionName, outcome->accessToken->signature.reason);
            finish(std::move(*outcome));
            return;
        }
        outcome->valid = haveKeys;
        const QString jwksError = haveKeys ? QString() : jwks.error().userMessage();
        const Claim *subject = outcome->accessToken->claim(u"sub"_s);
        const QString userId = subject ? subject->value.toString() : QString();
        // The sentence names the user as the app does elsewhere, not by a raw id; the id
        // stays when the directory cannot say more.
        auto say = [this, outcome, jwksError](const QString &user) {
            if (!jwksError.isEmpty())
                outcome->message = tr("The token is valid on %1 (it belongs to %2), but the "
                                      "server's signing keys could not be fetched to verify "
                                      "the answer: %3")
                                       .arg(m_connectionName, user, jwksError);
            else
                outcome->message =
                    tr("This token is valid on %1: it belongs to %2.").arg(m_connectionName, user);
            finish(std::move(*outcome));
        };
        if (userId.isEmpty()) {
            say(tr("an unnamed user"));
            return;
        }
        m_call = m_client->getUser(userId, this, [this, say, userId](Result<User> user) {
            m_call.clear();
            const QString name = user ? user.value().displayName() : QString();
            say(name.isEmpty() ? userId : name);
        });
    });
}

void TokenOnlineTester::finish(OnlineTestResult result)
{
    emit finished(result);
}

} // namespace latchkey
