// RefreshTokenStore: where a user session keeps its refresh token (and which
// client it was issued to) between runs and across processes. net/ only names
// the interface; the model keeps it in the system keychain, per profile.
#pragma once

#include "net/secretbytes.h"

#include <QString>

#include <functional>

class QObject;

namespace latchkey {

class RefreshTokenStore
{
public:
    struct Grant
    {
        QString clientId; // the Native app (or device-flow app) the token belongs to
        SecretBytes refreshToken;
    };
    struct Outcome
    {
        enum class Status { Ok, NotFound, Failed };
        Status status = Status::Ok;
        QString message; // translated; set when Failed
        bool ok() const { return status == Status::Ok; }
    };
    using ReadDone = std::function<void(Outcome, Grant)>;
    using Done = std::function<void(Outcome)>;

    virtual ~RefreshTokenStore() = default;

    // Each callback runs once, later, and not at all once context is destroyed.
    virtual void read(QObject *context, ReadDone done) = 0;
    virtual void write(const Grant &grant, QObject *context, Done done) = 0;
    // NotFound counts as done.
    virtual void remove(QObject *context, Done done) = 0;
};

} // namespace latchkey
