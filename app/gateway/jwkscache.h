// JwksCache: Logto's signing keys (its JWKS), fetched at start, kept, and fetched again
// when a token names a key the set lacks — at most once per interval, however many such
// tokens arrive, so that forged key ids cannot make the gateway hammer Logto.
#pragma once

#include "model/inspector/verificationkey.h"

#include "net/result.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace latchkey {

class JwksCache : public QObject
{
    Q_OBJECT
public:
    // Fetches the JWKS document; calls back once, on the context's thread.
    using Fetch =
        std::function<void(QObject *context, std::function<void(Result<QByteArray>)> done)>;

    JwksCache(Fetch fetch, std::chrono::milliseconds refetchInterval, QObject *parent = nullptr);

    // Null until a key set was loaded. Only asymmetric signing keys are kept.
    const VerificationKey *keys() const { return m_keys ? &*m_keys : nullptr; }
    // Changes whenever a new set is loaded (verified-token caches key on it).
    quint64 generation() const { return m_generation; }
    // True when a fetch now would not be throttled (always, until a set was loaded).
    bool mayRefresh() const;

    // Fetches the set again unless the last fetch was within the interval (then at once);
    // callers meanwhile share the one fetch. ready runs once, unless context is destroyed.
    void refresh(QObject *context, std::function<void()> ready);
    // Loads a JWKS document; false (and the old set kept) when it holds no usable key.
    bool load(const QByteArray &json);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> ready;
    };
    void finishFetch();

    Fetch m_fetch;
    std::chrono::milliseconds m_interval;
    std::optional<VerificationKey> m_keys;
    quint64 m_generation = 0;
    QDeadlineTimer m_nextFetchAllowed{0};
    bool m_fetching = false;
    QList<Waiter> m_waiters;
};

} // namespace latchkey
