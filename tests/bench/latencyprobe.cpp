// LatencyProbe: a 1 ms precise timer whose late ticks reveal a blocked event loop.
#include "tests/bench/latencyprobe.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace latchkey {

LatencyProbe::LatencyProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start()
{
    m_maxLatenessNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
    // The last gap counts too: work may still have been running when it ended.
    tick();
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_maxLatenessNs = std::max(m_maxLatenessNs, now - m_lastNs - 1'000'000);
    m_lastNs = now;
}

double LatencyProbe::measure(const std::function<void()> &work, const std::function<bool()> &done,
                             int timeoutMs)
{
    LatencyProbe probe;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    probe.start();
    QTimer::singleShot(2, &loop, work);
    poll.start();
    loop.exec();
    probe.stop();
    return probe.maxLatenessMs();
}

} // namespace latchkey
