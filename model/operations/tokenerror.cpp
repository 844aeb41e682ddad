#include "model/operations/tokenerror.h"

using namespace Qt::StringLiterals;

namespace latchkey {

TokenError TokenError::make(Kind kind, const QString &message)
{
    TokenError error;
    error.kind = kind;
    error.message = message;
    return error;
}

TokenError TokenError::fromApi(const ApiError &api, const QString &userId, const QString &tokenName)
{
    TokenError error;
    error.api = api;
    switch (api.kind()) {
    case ApiError::Kind::NotFound:
        // Logto names the two "not found" cases with different codes (docs/logto-api.md).
        if (api.code() == u"entity.relation_foreign_key_not_found"_s || tokenName.isEmpty()) {
            error.kind = Kind::NoSuchUser;
            error.message = tr("There is no user with the ID \"%1\".").arg(userId);
        } else {
            error.kind = Kind::NoSuchToken;
            error.message = tr("The user has no token named \"%1\".").arg(tokenName);
        }
        return error;
    case ApiError::Kind::Conflict:
        // A gateway's 422 names the policy rule broken; it says nothing about the name.
        if (api.isPolicyViolation()) {
            error.kind = Kind::Server;
            error.message = api.userMessage();
            return error;
        }
        error.kind = Kind::NameTaken;
        error.message = tr("The user already has a token named \"%1\".").arg(tokenName);
        return error;
    default:
        error.kind = Kind::Server;
        error.message = api.userMessage();
        return error;
    }
}

TokenError TokenError::fromKeychain(const SecretStore::Outcome &outcome)
{
    TokenError error;
    error.kind =
        outcome.status == SecretStore::Outcome::Status::NotFound ? Kind::NotCached : Kind::Keychain;
    error.keychainStatus = outcome.status;
    error.message =
        outcome.message.isEmpty() ? SecretStore::messageFor(outcome.status) : outcome.message;
    return error;
}

} // namespace latchkey
