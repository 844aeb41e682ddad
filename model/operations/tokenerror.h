// TokenError: why a token operation failed, as a value with a sentence for the user.
#pragma once

#include "model/keychain/secretstore.h"
#include "net/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace latchkey {

struct TokenError
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::TokenError)

public:
    enum class Kind {
        InvalidInput, // refused before asking the server (name, expiry)
        NoSuchUser,
        NoSuchToken,
        NameTaken,
        Server,     // any other answer or failure of the server; see api
        Keychain,   // the keychain did not answer as needed; see keychainStatus
        NotCached,  // the keychain holds no value for this token
        Busy,       // another rotation of this token is running
        Journal,    // the rotation journal could not be written
        Incomplete, // a rotation stopped half way; it is finished at the next start
        // Token exchange (model/exchange): why Logto would not, or did not, exchange a PAT.
        Expired,         // the token's expiry has passed
        Revoked,         // it is gone from the server, but Latchkey knew it
        Refused,         // invalid_grant for a token listed and unexpired (a suspended user)
        UnknownResource, // invalid_target: no such API resource
        ExchangeOff,     // token exchange is not switched on for the exchanging app
    };

    Kind kind = Kind::Server;
    QString message; // translated, one or two sentences
    ApiError api;    // the server error behind it, if any
    SecretStore::Outcome::Status keychainStatus = SecretStore::Outcome::Status::Ok;
    // generate: the request may have reached the server and its answer was lost or
    // unreadable, so a token may exist whose value nobody saw (the message says so).
    bool tokenMayExist = false;

    static TokenError make(Kind kind, const QString &message);
    // Maps the server's answer; userId/name make "not found" specific.
    static TokenError fromApi(const ApiError &error, const QString &userId,
                              const QString &tokenName = {});
    static TokenError fromKeychain(const SecretStore::Outcome &outcome);
};

} // namespace latchkey
