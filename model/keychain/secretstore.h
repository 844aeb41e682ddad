// SecretStore: the asynchronous interface to wherever Latchkey keeps secrets
// (the system keychain, or memory for a session without one).
#pragma once

#include "net/secretbytes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace latchkey {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Status { Ok, NotFound, NoBackend, Locked, AccessDenied, Failed };

        Status status = Status::Ok;
        QString message; // translated; empty when ok

        bool ok() const { return status == Status::Ok; }
    };

    using Completion = std::function<void(Outcome)>;
    using ReadCompletion = std::function<void(Outcome, SecretBytes)>;

    using QObject::QObject;

    // Each callback runs once, later (never inside the call), on the context's
    // thread, and not at all once the context is destroyed.
    virtual void write(const QString &key, const SecretBytes &secret, QObject *context,
                       Completion done) = 0;
    virtual void read(const QString &key, QObject *context, ReadCompletion done) = 0;
    virtual void remove(const QString &key, QObject *context, Completion done) = 0;

    // A short name of the backend for the status bar ("System keychain", ...).
    virtual QString backendName() const = 0;
    // False when what is written is gone at quit (memory): a value kept there is
    // not "saved", and nobody may say so.
    virtual bool isPersistent() const { return true; }

    // The sentence shown for a status when a backend has nothing more specific.
    static QString messageFor(Outcome::Status status);
    static Outcome makeOutcome(Outcome::Status status, const QString &detail = {});
};

} // namespace latchkey
