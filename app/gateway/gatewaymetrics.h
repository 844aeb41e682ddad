// GatewayMetrics: counters and a latency histogram, rendered in Prometheus' text
// exposition format for GET /metrics. Labels are the fixed route names, never a user or a
// token, so the series stay few and carry nothing private.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>

namespace latchkey {

class GatewayMetrics
{
public:
    void recordRequest(const QString &route, const QByteArray &method, int status, double seconds);
    void recordUpstreamError(const QString &kind);
    void recordRateLimited() { ++m_rateLimited; }
    void recordAuthFailure(const QString &reason) { ++m_authFailures[reason]; }
    void setInFlight(int requests) { m_inFlight = requests; }

    QByteArray render() const;

    static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                        0.1,   0.25,   0.5,   1.0,  2.5,   10.0};

private:
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    QMap<QString, quint64> m_requests;  // key: route \x1f method \x1f status
    QMap<QString, Histogram> m_latency; // by route
    QMap<QString, quint64> m_upstreamErrors;
    QMap<QString, quint64> m_authFailures;
    quint64 m_rateLimited = 0;
    int m_inFlight = 0;
};

} // namespace latchkey
