// TokenFingerprint: how Latchkey recognises a PAT without keeping its value.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace latchkey {

class TokenFingerprint
{
public:
    // Lowercase hex SHA-256 of the value (64 characters); empty for an empty value.
    static QByteArray of(QByteArrayView value);
    // The last 4 characters of the value, enough for a person to tell tokens apart.
    static QString hintOf(QByteArrayView value);
    // Frees the calling thread's OpenSSL state (its error queue, made by the first
    // digest). A worker thread calls it when its job is done: OpenSSL frees that state
    // in a thread-local destructor, which QThread::wait() and a pool's waitForDone()
    // do not wait for, so a process exiting right after holds it unreachable (and
    // LeakSanitizer reports it). See OPENSSL_thread_stop(3).
    static void releaseThreadState();
};

} // namespace latchkey
