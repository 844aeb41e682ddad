#include "app/gateway/gatewaymetrics.h"

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// Label values are the gateway's own words; escaping keeps the format valid regardless.
QByteArray label(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

void GatewayMetrics::recordRequest(const QString &route, const QByteArray &method, int status,
                                   double seconds)
{
    ++m_requests[route + u'\x1f' + QString::fromLatin1(method) + u'\x1f' + QString::number(status)];
    Histogram &h = m_latency[route];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++h.buckets[i];
    }
    ++h.count;
    h.sum += seconds;
}

void GatewayMetrics::recordUpstreamError(const QString &kind)
{
    ++m_upstreamErrors[kind];
}

QByteArray GatewayMetrics::render() const
{
    QByteArray out;
    out += "# HELP latchkey_gateway_requests_total Requests answered, by route, method and "
           "status.\n# TYPE latchkey_gateway_requests_total counter\n";
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it) {
        const QStringList parts = it.key().split(u'\x1f');
        out += "latchkey_gateway_requests_total{route=\"" + label(parts[0]) + "\",method=\"" +
               label(parts[1]) + "\",status=\"" + label(parts[2]) + "\"} " +
               QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP latchkey_gateway_request_duration_seconds Time from a request's arrival to "
           "its answer.\n# TYPE latchkey_gateway_request_duration_seconds histogram\n";
    for (auto it = m_latency.begin(); it != m_latency.end(); ++it) {
        const QByteArray route = label(it.key());
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += "latchkey_gateway_request_duration_seconds_bucket{route=\"" + route +
                   "\",le=\"" + number(kBuckets[i]) + "\"} " + QByteArray::number(it->buckets[i]) +
                   '\n';
        out += "latchkey_gateway_request_duration_seconds_bucket{route=\"" + route +
               "\",le=\"+Inf\"} " + QByteArray::number(it->count) + '\n';
        out += "latchkey_gateway_request_duration_seconds_sum{route=\"" + route + "\"} " +
               number(it->sum) + '\n';
        out += "latchkey_gateway_request_duration_seconds_count{route=\"" + route + "\"} " +
               QByteArray::number(it->count) + '\n';
    }
    out += "# HELP latchkey_gateway_upstream_errors_total Calls to Logto that failed, by kind.\n"
           "# TYPE latchkey_gateway_upstream_errors_total counter\n";
    for (auto it = m_upstreamErrors.begin(); it != m_upstreamErrors.end(); ++it)
        out += "latchkey_gateway_upstream_errors_total{kind=\"" + label(it.key()) + "\"} " +
               QByteArray::number(it.value()) + '\n';
    out += "# HELP latchkey_gateway_auth_failures_total Bearer tokens refused, by reason.\n"
           "# TYPE latchkey_gateway_auth_failures_total counter\n";
    for (auto it = m_authFailures.begin(); it != m_authFailures.end(); ++it)
        out += "latchkey_gateway_auth_failures_total{reason=\"" + label(it.key()) + "\"} " +
               QByteArray::number(it.value()) + '\n';
    out += "# HELP latchkey_gateway_rate_limited_total Mutating calls refused by the per-user "
           "rate limit.\n# TYPE latchkey_gateway_rate_limited_total counter\n"
           "latchkey_gateway_rate_limited_total " +
           QByteArray::number(m_rateLimited) + '\n';
    out += "# HELP latchkey_gateway_in_flight_requests Requests being handled now.\n"
           "# TYPE latchkey_gateway_in_flight_requests gauge\n"
           "latchkey_gateway_in_flight_requests " +
           QByteArray::number(m_inFlight) + '\n';
    return out;
}

} // namespace latchkey
