// bench_gatewayload: a load run of latchkey-gateway against latchkey-sandbox, each in a
// process of its own on loopback, N users (default 50), for list and for create, through the
// gateway and straight to the sandbox's Management API (what the gateway calls for them).
// Two kinds of phase (docs/benchmarks.md, section 7). Paced (--rate R, open loop): the users
// together send R requests a second, each on its own fixed schedule with a random phase,
// whether or not its last request was answered (a busy user opens another connection), and
// latency runs from the scheduled send time, so a stall is not hidden by requests that were
// never sent (coordinated omission). This is the latency the gateway adds. Closed loop
// (--closed, the default without --rate): each user on one keep-alive connection sends its
// next request as soon as the last is answered; this is throughput, and its latency is
// queueing. With --slices K, direct and via gateway take turns in K slices of S/K seconds
// each, so a change in the machine's load falls on both. Prints requests/s, latency
// percentiles, errors, each server's CPU time and wait for a core per request
// (/proc/PID/task/*/schedstat), the load average per phase, and the p99 the gateway adds.
// Not part of ctest.
//
//   bench_gatewayload [--users N] [--seconds S] [--tokens T] [--rate R[,R...]] [--closed]
//                     [--slices K] [--json FILE]
#include "tests/support/testpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <queue>
#include <vector>

using namespace Qt::StringLiterals;

using latchkey::test::TestPaths;

namespace {

const QString kResource = u"https://gateway.bench.test/api"_s;

// One HTTP/1.1 exchange at a time on one keep-alive connection. A request written while
// connecting waits in the socket's buffer; a failed connection answers status 0.
class Connection : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;

    explicit Connection(quint16 port)
    {
        connect(&m_socket, &QTcpSocket::connected, this,
                [this] { m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            m_broken = true;
            if (auto done = std::exchange(m_done, nullptr))
                done(0, {});
        });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool idle() const { return !m_done && !m_broken; }
    bool broken() const { return m_broken; }

    // authorization is the header's value ("Bearer ...", "Basic ...").
    void send(const QByteArray &method, const QByteArray &target, const QByteArray &authorization,
              const QByteArray &body, Done done, const QByteArray &contentType = "application/json")
    {
        m_done = std::move(done);
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        request += "Authorization: " + authorization + "\r\n";
        if (!body.isEmpty() || method != "GET")
            request += "Content-Type: " + contentType +
                       "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        m_socket.write(request + "\r\n" + body);
    }

    // A blocking exchange, for setting up.
    std::pair<int, QByteArray> call(const QByteArray &method, const QByteArray &target,
                                    const QByteArray &authorization, const QByteArray &body = {},
                                    const QByteArray &contentType = "application/json")
    {
        std::pair<int, QByteArray> result{0, {}};
        bool finished = false;
        send(
            method, target, authorization, body,
            [&](int status, const QByteArray &answer) {
                result = {status, answer};
                finished = true;
            },
            contentType);
        QElapsedTimer clock;
        clock.start();
        while (!finished && clock.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        return result;
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            const int status = head.mid(9, 3).toInt();
            const QByteArray body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            if (auto done = std::exchange(m_done, nullptr))
                done(status, body);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    Done m_done;
    bool m_broken = false;
};

// What the scheduler counted for a process, summed over its threads from
// /proc/PID/task/*/schedstat (nanoseconds): time on a core, time runnable but waiting for
// one, and timeslices (about one per wake-up, so one per thread hand-over).
struct SchedStat
{
    double cpuMs = 0;
    double waitMs = 0;
    qint64 slices = 0;

    SchedStat operator-(const SchedStat &o) const
    {
        return {cpuMs - o.cpuMs, waitMs - o.waitMs, slices - o.slices};
    }
    SchedStat &operator+=(const SchedStat &o)
    {
        cpuMs += o.cpuMs;
        waitMs += o.waitMs;
        slices += o.slices;
        return *this;
    }
};

SchedStat schedStat(qint64 pid)
{
    SchedStat total;
    const QString tasks = u"/proc/%1/task"_s.arg(pid);
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks + u'/' + task + u"/schedstat"_s);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
        if (fields.size() < 3)
            continue;
        total.cpuMs += double(fields[0].toLongLong()) / 1e6;
        total.waitMs += double(fields[1].toLongLong()) / 1e6;
        total.slices += fields[2].toLongLong();
    }
    return total;
}

struct User
{
    QString id;
    QByteArray bearer; // "Bearer " and the gateway access token
    // The closed loop uses the first; a paced user opens another when all are busy.
    std::vector<std::unique_ptr<Connection>> connections;
    qint64 counter = 0;
};

struct Phase
{
    double rate = 0; // requests/s of all users together; 0 = closed loop
    bool viaGateway = false;
    bool create = false;
    std::vector<qint64> latenciesNs;
    qint64 errors = 0; // answered with another status, or the connection failed
    double seconds = 0;
    // What each server process cost in the measured time: its CPU time hardly depends on
    // what else the machine runs; its wait for a core is what that load adds.
    SchedStat gateway;
    SchedStat sandbox;
    double loadStart = 0; // /proc/loadavg, 1 min, when measuring started and stopped
    double loadEnd = 0;
    int connections = 0; // the most the clients opened in one slice
    qint64 sent = 0;     // paced: scheduled in the measured time

    // Requests that failed or, paced, were scheduled and never answered (no latency: the
    // percentiles are of answered requests).
    qint64 failures() const { return errors + (rate > 0 ? sent - qint64(latenciesNs.size()) : 0); }

    QString mode() const { return rate > 0 ? u"paced %1/s"_s.arg(rate) : u"closed loop"_s; }
    QString name() const
    {
        return QString::fromLatin1(create ? "create" : "list") +
               (viaGateway ? u", via gateway"_s : u", direct"_s);
    }
};

double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().split(' ').value(0).toDouble();
}

QJsonObject readLine(QProcess &process, const char *what)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(60000))
            qFatal("%s printed no line", what);
    }
    return QJsonDocument::fromJson(process.readLine()).object();
}

double percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size())));
    return double(sorted[index]) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(u"users"_s, u"Users at once."_s, u"N"_s, u"50"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Measured seconds per phase."_s, u"S"_s,
                                           u"20"_s);
    const QCommandLineOption tokensOption(u"tokens"_s, u"Tokens each user holds."_s, u"T"_s,
                                          u"5"_s);
    const QCommandLineOption rateOption(
        u"rate"_s, u"Paced phases: requests/s of all users together (comma-separated list)."_s,
        u"R"_s);
    const QCommandLineOption closedOption(
        u"closed"_s, u"Closed-loop phases too (the default without --rate)."_s);
    const QCommandLineOption slicesOption(
        u"slices"_s, u"Run direct and via gateway in this many alternating slices each."_s, u"K"_s,
        u"1"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures here."_s, u"FILE"_s);
    parser.addOptions({usersOption, secondsOption, tokensOption, rateOption, closedOption,
                       slicesOption, jsonOption});
    parser.process(app);
    const int userCount = parser.value(usersOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int tokens = parser.value(tokensOption).toInt();
    std::vector<double> rates;
    for (const QString &rate : parser.value(rateOption).split(u',', Qt::SkipEmptyParts)) {
        rates.push_back(rate.toDouble());
        if (rates.back() <= 0)
            qFatal("--rate takes positive numbers");
    }
    if (rates.empty() || parser.isSet(closedOption))
        rates.push_back(0);
    const int slices = parser.value(slicesOption).toInt();
    if (userCount < 1 || seconds < 1 || slices < 1)
        qFatal("--users, --seconds and --slices take positive numbers");

    // The sandbox as Logto, with a resource for the gateway.
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(TestPaths::build(QStringLiteral("app/sandbox/latchkey-sandbox")), {});
    const QJsonObject logto = readLine(sandbox, "latchkey-sandbox");
    const QUrl endpoint(logto[u"endpoint"_s].toString());
    const QString appId = logto[u"appId"_s].toString();
    const QString appSecret = logto[u"appSecret"_s].toString();
    Connection admin(quint16(endpoint.port()));
    // Logto's token endpoint, with the M2M app's credentials (a form body).
    const QByteArray basic = "Basic " + (appId + u':' + appSecret).toLatin1().toBase64();
    const auto grant = [&](const QByteArray &form) {
        return QJsonDocument::fromJson(admin
                                           .call("POST", "/oidc/token", basic, form,
                                                 "application/x-www-form-urlencoded")
                                           .second)
            .object()[u"access_token"_s]
            .toString()
            .toLatin1();
    };
    const QByteArray m2m =
        "Bearer " +
        grant("grant_type=client_credentials&resource=" +
              QUrl::toPercentEncoding(logto[u"apiIndicator"_s].toString()) + "&scope=all");
    if (admin
            .call("POST", "/api/resources", m2m,
                  QJsonDocument(QJsonObject{{u"indicator"_s, kResource}, {u"name"_s, u"bench"_s}})
                      .toJson(QJsonDocument::Compact))
            .first != 201)
        qFatal("could not create the gateway's resource");

    // The gateway, in its own process, with limits that stay out of the way.
    QProcess gatewayProcess;
    gatewayProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LATCHKEY_GATEWAY_SECRET"_s, appSecret);
    gatewayProcess.setProcessEnvironment(env);
    gatewayProcess.start(TestPaths::build(QStringLiteral("app/gateway/latchkey-gateway")),
                         {u"--logto"_s, endpoint.toString(), u"--app-id"_s, appId, u"--resource"_s,
                          kResource, u"--rate-per-minute"_s, u"100000"_s, u"--max-tokens"_s,
                          u"100000"_s});
    const quint16 gatewayPort =
        quint16(QUrl(readLine(gatewayProcess, "latchkey-gateway")[u"listen"_s].toString()).port());

    // Users, each with a PAT exchanged for a gateway token and some tokens to list.
    std::vector<User> users(static_cast<size_t>(userCount));
    for (int i = 0; i < userCount; ++i) {
        User &u = users[size_t(i)];
        u.id = QJsonDocument::fromJson(
                   admin
                       .call("POST", "/api/users", m2m,
                             QJsonDocument(QJsonObject{{u"username"_s, u"bench%1"_s.arg(i)}})
                                 .toJson(QJsonDocument::Compact))
                       .second)
                   .object()[u"id"_s]
                   .toString();
        const QByteArray tokensPath = "/api/users/" + u.id.toLatin1() + "/personal-access-tokens";
        QString pat;
        for (int t = 0; t < tokens; ++t) {
            const auto created =
                admin.call("POST", tokensPath, m2m,
                           QJsonDocument(QJsonObject{{u"name"_s, u"seed %1"_s.arg(t)}})
                               .toJson(QJsonDocument::Compact));
            pat = QJsonDocument::fromJson(created.second).object()[u"value"_s].toString();
        }
        const QByteArray form = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-"
                                "exchange&subject_token_type=urn%3Alogto%3Atoken-type%3A"
                                "personal_access_token&subject_token=" +
                                pat.toLatin1() + "&resource=" + QUrl::toPercentEncoding(kResource);
        u.bearer = "Bearer " + grant(form);
        if (u.id.isEmpty() || u.bearer == "Bearer ")
            qFatal("could not set up user %d", i);
    }

    std::vector<Phase> phases;
    for (const double rate : rates) {
        for (const bool create : {false, true}) {
            for (const bool viaGateway : {false, true}) {
                Phase phase;
                phase.rate = rate;
                phase.create = create;
                phase.viaGateway = viaGateway;
                phases.push_back(phase);
            }
        }
    }
    QElapsedTimer wall; // every time below is wall.nsecsElapsed()
    wall.start();
    constexpr qint64 kWarmUpNs = 3'000'000'000;
    const qint64 measuredNs = qint64(seconds) * 1'000'000'000 / slices;
    // Direct and via gateway take turns, slice by slice, so that both see the same drift in
    // what else the machine runs.
    std::vector<size_t> order;
    for (size_t i = 0; i + 1 < phases.size(); i += 2) {
        for (int k = 0; k < slices; ++k) {
            order.push_back(i);
            order.push_back(i + 1);
        }
    }
    for (const size_t index : order) {
        Phase &phase = phases[index];
        const quint16 port = phase.viaGateway ? gatewayPort : quint16(endpoint.port());
        for (User &u : users) {
            u.connections.clear();
            u.connections.push_back(std::make_unique<Connection>(port));
        }
        {
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 10000 &&
                   !std::all_of(users.begin(), users.end(),
                                [](const User &u) { return u.connections[0]->connected(); }))
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        }
        const bool paced = phase.rate > 0;
        const qint64 phaseStart = wall.nsecsElapsed();
        const qint64 windowStart = phaseStart + kWarmUpNs;
        const qint64 windowEnd = windowStart + measuredNs;
        const auto inWindow = [&](qint64 ns) { return ns >= windowStart && ns < windowEnd; };
        bool stopping = false;
        int inFlight = 0;

        // One request of the phase for u on c from startNs (the scheduled time when paced);
        // a create is followed by a revoke of the same token (not timed) so the lists stay
        // small. released runs when c is free again.
        const auto issue = [&](User &u, Connection &c, qint64 startNs,
                               std::function<void()> released) {
            const QByteArray path =
                phase.viaGateway ? QByteArray("/api/me/personal-access-tokens")
                                 : "/api/users/" + u.id.toLatin1() + "/personal-access-tokens";
            const QByteArray bearer = phase.viaGateway ? u.bearer : m2m;
            ++inFlight;
            const auto timed = [&, startNs](int status, int expected) {
                const qint64 now = wall.nsecsElapsed();
                if (paced ? inWindow(startNs) : inWindow(now)) {
                    phase.latenciesNs.push_back(now - startNs);
                    if (status != expected)
                        ++phase.errors;
                }
            };
            if (!phase.create) {
                c.send("GET", path, bearer, {},
                       [&, timed, released](int status, const QByteArray &) {
                           timed(status, 200);
                           --inFlight;
                           released();
                       });
                return;
            }
            const QString name = u"bench %1"_s.arg(++u.counter);
            const QByteArray body =
                QJsonDocument(QJsonObject{{u"name"_s, name},
                                          {u"expiresAt"_s,
                                           double(QDateTime::currentMSecsSinceEpoch() + 86400000)}})
                    .toJson(QJsonDocument::Compact);
            c.send("POST", path, bearer, body,
                   [&, connection = &c, timed, released, path, bearer, name](int status,
                                                                             const QByteArray &) {
                       timed(status, 201);
                       if (connection->broken()) {
                           --inFlight;
                           released();
                           return;
                       }
                       const QByteArray revoke = QJsonDocument(QJsonObject{{u"name"_s, name}})
                                                     .toJson(QJsonDocument::Compact);
                       connection->send("POST", path + "/delete", bearer, revoke,
                                        [&, released](int, const QByteArray &) {
                                            --inFlight;
                                            released();
                                        });
                   });
        };

        std::function<void(User &)> next; // closed loop: the user's next request
        QTimer pacer;
        pacer.setSingleShot(true);
        pacer.setTimerType(Qt::PreciseTimer);
        if (paced) {
            // Each user every N/R seconds from a random phase (the same phases in every
            // phase of the run, so direct and via gateway see the same arrivals).
            const qint64 periodNs = qint64(1e9 * double(userCount) / phase.rate);
            QRandomGenerator random(14);
            using Due = std::pair<qint64, size_t>; // scheduled time, user
            auto schedule =
                std::make_shared<std::priority_queue<Due, std::vector<Due>, std::greater<>>>();
            for (size_t i = 0; i < users.size(); ++i)
                schedule->push({phaseStart + qint64(random.bounded(double(periodNs))), i});
            QObject::connect(&pacer, &QTimer::timeout, &app, [&, schedule, periodNs] {
                const qint64 now = wall.nsecsElapsed();
                while (!schedule->empty() && schedule->top().first <= now) {
                    const auto [at, index] = schedule->top();
                    schedule->pop();
                    if (at >= windowEnd)
                        continue; // this user is done
                    schedule->push({at + periodNs, index});
                    User &u = users[index];
                    auto idle = std::find_if(u.connections.begin(), u.connections.end(),
                                             [](const auto &c) { return c->idle(); });
                    if (idle == u.connections.end()) {
                        u.connections.push_back(std::make_unique<Connection>(port));
                        idle = u.connections.end() - 1;
                    }
                    if (inWindow(at))
                        ++phase.sent;
                    issue(u, **idle, at, [] {});
                }
                if (schedule->empty()) {
                    stopping = true;
                    return;
                }
                const qint64 waitNs = schedule->top().first - wall.nsecsElapsed();
                pacer.start(int(std::max<qint64>(0, (waitNs + 999'999) / 1'000'000)));
            });
            pacer.start(0);
        } else {
            next = [&](User &u) {
                if (stopping)
                    return;
                issue(u, *u.connections[0], wall.nsecsElapsed(), [&] { next(u); });
            };
            for (User &u : users)
                next(u);
        }

        // The phase's timers die with it (none may fire into the next phase).
        QObject timers;
        bool sampled = false;
        SchedStat gatewayStart, sandboxStart;
        QTimer::singleShot(int((windowStart - wall.nsecsElapsed()) / 1'000'000), &timers, [&] {
            gatewayStart = schedStat(gatewayProcess.processId());
            sandboxStart = schedStat(sandbox.processId());
            if (phase.seconds == 0)
                phase.loadStart = loadAverage();
        });
        QTimer::singleShot(int((windowEnd - wall.nsecsElapsed()) / 1'000'000), &timers, [&] {
            phase.seconds += double(measuredNs) / 1e9;
            phase.gateway += schedStat(gatewayProcess.processId()) - gatewayStart;
            phase.sandbox += schedStat(sandbox.processId()) - sandboxStart;
            phase.loadEnd = loadAverage();
            sampled = true;
            if (!paced)
                stopping = true;
        });
        // Whatever is still unanswered 60 s after the last send counts as an error.
        QElapsedTimer draining;
        while (!sampled || !stopping || inFlight > 0) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            if (stopping && !draining.isValid())
                draining.start();
            if (draining.isValid() && draining.elapsed() > 60000)
                break;
        }
        pacer.stop();
        int connections = 0;
        for (User &u : users) {
            connections += int(u.connections.size());
            u.connections.clear();
        }
        phase.connections = std::max(phase.connections, connections);
    }

    QJsonArray results;
    // Per request: each server's CPU and wait for a core (ms) and the gateway's timeslices.
    std::printf("%-11s %-19s %7s %7s %7s %7s %7s %4s %7s %7s %5s %7s %7s %5s %11s\n", "mode",
                "phase", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "err", "gw cpu",
                "gw wait", "gw sl", "sb cpu", "sb wait", "conns", "load");
    for (const Phase &phase : phases) {
        const double rate = double(phase.latenciesNs.size()) / phase.seconds;
        const double p50 = percentile(phase.latenciesNs, 0.50);
        const double p90 = percentile(phase.latenciesNs, 0.90);
        const double p99 = percentile(phase.latenciesNs, 0.99);
        const double max = percentile(phase.latenciesNs, 1.0);
        const double requests = std::max<double>(1, double(phase.latenciesNs.size()));
        const auto per = [requests](double total) { return total / requests; };
        std::printf("%-11s %-19s %7.1f %7.2f %7.2f %7.2f %7.2f %4lld %7.3f %7.3f %5.1f %7.3f "
                    "%7.3f %5d %5.2f-%5.2f\n",
                    qPrintable(phase.mode()), qPrintable(phase.name()), rate, p50, p90, p99, max,
                    static_cast<long long>(phase.failures()), per(phase.gateway.cpuMs),
                    per(phase.gateway.waitMs), per(double(phase.gateway.slices)),
                    per(phase.sandbox.cpuMs), per(phase.sandbox.waitMs), phase.connections,
                    phase.loadStart, phase.loadEnd);
        results.append(
            QJsonObject{{u"mode"_s, phase.rate > 0 ? u"paced"_s : u"closed"_s},
                        {u"offeredRate"_s, phase.rate},
                        {u"phase"_s, phase.name()},
                        {u"requestsPerSecond"_s, rate},
                        {u"p50Ms"_s, p50},
                        {u"p90Ms"_s, p90},
                        {u"p99Ms"_s, p99},
                        {u"maxMs"_s, max},
                        {u"requests"_s, double(phase.latenciesNs.size())},
                        {u"errors"_s, double(phase.failures())},
                        {u"connections"_s, phase.connections},
                        {u"gatewayCpuMsPerRequest"_s, per(phase.gateway.cpuMs)},
                        {u"gatewayWaitMsPerRequest"_s, per(phase.gateway.waitMs)},
                        {u"gatewaySlicesPerRequest"_s, per(double(phase.gateway.slices))},
                        {u"sandboxCpuMsPerRequest"_s, per(phase.sandbox.cpuMs)},
                        {u"sandboxWaitMsPerRequest"_s, per(phase.sandbox.waitMs)},
                        {u"loadAverageStart"_s, phase.loadStart},
                        {u"loadAverageEnd"_s, phase.loadEnd}});
    }
    // Phases come in fours per mode: list direct, list via gateway, create direct, create
    // via gateway.
    for (size_t i = 0; i + 3 < phases.size(); i += 4) {
        std::printf(
            "gateway adds at p99, %s: list %+.2f ms, create %+.2f ms (%d users, %d s per phase)\n",
            qPrintable(phases[i].mode()),
            percentile(phases[i + 1].latenciesNs, 0.99) - percentile(phases[i].latenciesNs, 0.99),
            percentile(phases[i + 3].latenciesNs, 0.99) -
                percentile(phases[i + 2].latenciesNs, 0.99),
            userCount, seconds);
    }
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(results).toJson());
    }
    gatewayProcess.terminate();
    gatewayProcess.waitForFinished(40000);
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return 0;
}
