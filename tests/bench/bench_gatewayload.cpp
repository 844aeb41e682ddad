// bench_gatewayload: a load run of latchkey-gateway against latchkey-sandbox, each in a
// process of its own on loopback: N users (default 50) at once, each on one keep-alive
// connection sending its next request as soon as the last is answered, for list and for
// create, through the gateway and straight to the sandbox's Management API (what the
// gateway calls for them). Prints requests/s and latency percentiles per phase, and the
// p99 the gateway adds (docs/benchmarks.md, section 7). Not part of ctest.
//
//   bench_gatewayload [--users N] [--seconds S] [--tokens T] [--json FILE]
#include "tests/support/testpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

using latchkey::test::TestPaths;

namespace {

const QString kResource = u"https://gateway.bench.test/api"_s;

// One HTTP/1.1 exchange at a time on one keep-alive connection.
class Connection : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;

    explicit Connection(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_socket.waitForConnected(10000);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
    }

    void send(const QByteArray &method, const QByteArray &target, const QByteArray &bearer,
              const QByteArray &body, Done done)
    {
        m_done = std::move(done);
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        request += "Authorization: Bearer " + bearer + "\r\n";
        if (!body.isEmpty() || method != "GET")
            request += "Content-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n";
        m_socket.write(request + "\r\n" + body);
    }

    // A blocking exchange, for setting up.
    std::pair<int, QByteArray> call(const QByteArray &method, const QByteArray &target,
                                    const QByteArray &bearer, const QByteArray &body = {})
    {
        std::pair<int, QByteArray> result{0, {}};
        bool finished = false;
        send(method, target, bearer, body, [&](int status, const QByteArray &answer) {
            result = {status, answer};
            finished = true;
        });
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
};

struct User
{
    QString id;
    QByteArray bearer; // the gateway access token
    std::unique_ptr<Connection> connection;
    qint64 counter = 0;
};

struct Phase
{
    QString name;
    bool viaGateway = false;
    bool create = false;
    std::vector<qint64> latenciesNs;
    qint64 errors = 0;
    double seconds = 0;
    // CPU time (user + system) each server process spent in the measured time: unlike
    // latency, it hardly depends on what else the machine is running.
    double gatewayCpuMs = 0;
    double sandboxCpuMs = 0;
};

// utime + stime of a process from /proc/PID/stat, in milliseconds.
double cpuMs(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start with the state, field 3.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(fields[11].toLongLong() + fields[12].toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
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
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures here."_s, u"FILE"_s);
    parser.addOptions({usersOption, secondsOption, tokensOption, jsonOption});
    parser.process(app);
    const int userCount = parser.value(usersOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int tokens = parser.value(tokensOption).toInt();

    // The sandbox as Logto, with a resource for the gateway.
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(TestPaths::build(QStringLiteral("app/sandbox/latchkey-sandbox")), {});
    const QJsonObject logto = readLine(sandbox, "latchkey-sandbox");
    const QUrl endpoint(logto[u"endpoint"_s].toString());
    const QString appId = logto[u"appId"_s].toString();
    const QString appSecret = logto[u"appSecret"_s].toString();
    Connection admin(quint16(endpoint.port()));
    QByteArray m2m;
    {
        // The client credentials grant, on a connection of its own (a form body).
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, quint16(endpoint.port()));
        socket.waitForConnected(10000);
        const QByteArray form = "grant_type=client_credentials&resource=" +
                                QUrl::toPercentEncoding(logto[u"apiIndicator"_s].toString()) +
                                "&scope=all";
        socket.write("POST /oidc/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     "Authorization: Basic " +
                     (appId + u':' + appSecret).toLatin1().toBase64() +
                     "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                     QByteArray::number(form.size()) + "\r\n\r\n" + form);
        QByteArray answer;
        while (socket.waitForReadyRead(10000))
            answer += socket.readAll();
        m2m = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                  .object()[u"access_token"_s]
                  .toString()
                  .toLatin1();
    }
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
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, quint16(endpoint.port()));
        socket.waitForConnected(10000);
        const QByteArray form = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-"
                                "exchange&subject_token_type=urn%3Alogto%3Atoken-type%3A"
                                "personal_access_token&subject_token=" +
                                pat.toLatin1() + "&resource=" + QUrl::toPercentEncoding(kResource);
        socket.write("POST /oidc/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     "Authorization: Basic " +
                     (appId + u':' + appSecret).toLatin1().toBase64() +
                     "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                     QByteArray::number(form.size()) + "\r\n\r\n" + form);
        QByteArray answer;
        while (socket.waitForReadyRead(10000))
            answer += socket.readAll();
        u.bearer = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                       .object()[u"access_token"_s]
                       .toString()
                       .toLatin1();
        if (u.id.isEmpty() || u.bearer.isEmpty())
            qFatal("could not set up user %d", i);
    }

    std::vector<Phase> phases = {{u"list, direct"_s, false, false, {}, 0, 0},
                                 {u"list, via gateway"_s, true, false, {}, 0, 0},
                                 {u"create, direct"_s, false, true, {}, 0, 0},
                                 {u"create, via gateway"_s, true, true, {}, 0, 0}};
    for (Phase &phase : phases) {
        for (User &u : users)
            u.connection = std::make_unique<Connection>(
                phase.viaGateway ? gatewayPort : quint16(endpoint.port()));
        const QByteArray base =
            phase.viaGateway ? QByteArray("/api/me/personal-access-tokens") : QByteArray();
        bool measuring = false, stopping = false;
        int inFlight = 0;
        QElapsedTimer phaseClock;
        std::function<void(User &)> next = [&](User &u) {
            if (stopping)
                return;
            const QByteArray path =
                phase.viaGateway ? base
                                 : "/api/users/" + u.id.toLatin1() + "/personal-access-tokens";
            const QByteArray bearer = phase.viaGateway ? u.bearer : m2m;
            ++inFlight;
            auto started = std::make_shared<QElapsedTimer>();
            started->start();
            if (!phase.create) {
                u.connection->send("GET", path, bearer, {},
                                   [&, started](int status, const QByteArray &) {
                                       --inFlight;
                                       if (measuring) {
                                           phase.latenciesNs.push_back(started->nsecsElapsed());
                                           if (status != 200)
                                               ++phase.errors;
                                       }
                                       next(u);
                                   });
                return;
            }
            // Create (measured), then revoke it (not measured) so the lists stay small.
            const QString name = u"bench %1"_s.arg(++u.counter);
            const QByteArray body =
                QJsonDocument(QJsonObject{{u"name"_s, name},
                                          {u"expiresAt"_s,
                                           double(QDateTime::currentMSecsSinceEpoch() + 86400000)}})
                    .toJson(QJsonDocument::Compact);
            u.connection->send("POST", path, bearer, body,
                               [&, started, path, bearer, name](int status, const QByteArray &) {
                                   if (measuring) {
                                       phase.latenciesNs.push_back(started->nsecsElapsed());
                                       if (status != 201)
                                           ++phase.errors;
                                   }
                                   const QByteArray revoke =
                                       QJsonDocument(QJsonObject{{u"name"_s, name}})
                                           .toJson(QJsonDocument::Compact);
                                   u.connection->send("POST", path + "/delete", bearer, revoke,
                                                      [&](int, const QByteArray &) {
                                                          --inFlight;
                                                          next(u);
                                                      });
                               });
        };
        for (User &u : users)
            next(u);
        // Three seconds of warm-up, then the measured time.
        double gatewayCpuStart = 0, sandboxCpuStart = 0;
        QTimer::singleShot(3000, &app, [&] {
            measuring = true;
            phaseClock.start();
            gatewayCpuStart = cpuMs(gatewayProcess.processId());
            sandboxCpuStart = cpuMs(sandbox.processId());
        });
        QTimer::singleShot(3000 + seconds * 1000, &app, [&] {
            phase.seconds = double(phaseClock.nsecsElapsed()) / 1e9;
            phase.gatewayCpuMs = cpuMs(gatewayProcess.processId()) - gatewayCpuStart;
            phase.sandboxCpuMs = cpuMs(sandbox.processId()) - sandboxCpuStart;
            measuring = false;
            stopping = true;
        });
        while (!stopping || inFlight > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        for (User &u : users)
            u.connection.reset();
    }

    QJsonArray results;
    std::printf("%-22s %9s %9s %9s %9s %9s %7s %11s %11s\n", "phase", "req/s", "p50 ms", "p90 ms",
                "p99 ms", "max ms", "errors", "gw CPU/req", "sb CPU/req");
    for (const Phase &phase : phases) {
        const double rate = double(phase.latenciesNs.size()) / phase.seconds;
        const double p50 = percentile(phase.latenciesNs, 0.50);
        const double p90 = percentile(phase.latenciesNs, 0.90);
        const double p99 = percentile(phase.latenciesNs, 0.99);
        const double max = percentile(phase.latenciesNs, 1.0);
        const double requests = std::max<double>(1, double(phase.latenciesNs.size()));
        const double gatewayCpu = phase.gatewayCpuMs / requests;
        const double sandboxCpu = phase.sandboxCpuMs / requests;
        std::printf("%-22s %9.1f %9.2f %9.2f %9.2f %9.2f %7lld %8.3f ms %8.3f ms\n",
                    qPrintable(phase.name), rate, p50, p90, p99, max,
                    static_cast<long long>(phase.errors), gatewayCpu, sandboxCpu);
        results.append(QJsonObject{{u"phase"_s, phase.name},
                                   {u"requestsPerSecond"_s, rate},
                                   {u"p50Ms"_s, p50},
                                   {u"p90Ms"_s, p90},
                                   {u"p99Ms"_s, p99},
                                   {u"maxMs"_s, max},
                                   {u"requests"_s, double(phase.latenciesNs.size())},
                                   {u"errors"_s, double(phase.errors)},
                                   {u"gatewayCpuMsPerRequest"_s, gatewayCpu},
                                   {u"sandboxCpuMsPerRequest"_s, sandboxCpu}});
    }
    std::printf("gateway adds at p99: list %.2f ms, create %.2f ms (%d users, %d s per phase)\n",
                percentile(phases[1].latenciesNs, 0.99) - percentile(phases[0].latenciesNs, 0.99),
                percentile(phases[3].latenciesNs, 0.99) - percentile(phases[2].latenciesNs, 0.99),
                userCount, seconds);
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
