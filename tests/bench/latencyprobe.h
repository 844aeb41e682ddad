// LatencyProbe: how long the event loop of the calling thread was kept from
// running a 1 ms timer, i.e. the longest time a GUI thread would be frozen.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace latchkey {

class LatencyProbe : public QObject
{
    Q_OBJECT
public:
    explicit LatencyProbe(QObject *parent = nullptr);

    void start();
    void stop();
    // The largest delay of a 1 ms tick beyond its 1 ms period, in milliseconds.
    double maxLatenessMs() const { return m_maxLatenessNs / 1e6; }

    // Runs work from the event loop (as a slot would), with the probe
    // ticking, until done() returns true; returns the max lateness in ms.
    static double measure(const std::function<void()> &work, const std::function<bool()> &done,
                          int timeoutMs = 120000);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxLatenessNs = 0;
};

} // namespace latchkey
