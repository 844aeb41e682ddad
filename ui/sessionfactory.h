// SessionFactory: how the window opens a saved connection. The application
// (the composition root) implements it; the window only asks.
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace latchkey {

class ConnectionSession;

class SessionFactory
{
public:
    using Opened = std::function<void(std::unique_ptr<ConnectionSession>, QString error)>;

    virtual ~SessionFactory() = default;
    // Reads the profile and its app secret and builds a session; calls done once,
    // later, with a session or a sentence saying why not.
    virtual void open(const QString &profileName, QObject *context, Opened done) = 0;
};

} // namespace latchkey
