// Drives every model-level user operation through every fault the sandbox can inject
// and checks: a clear message, no crash, no token lost. Writes the operation x fault
// table (Markdown) to $LATCHKEY_FAULT_TABLE or <build>/fault-table.md.
#include "app/sandbox/sandboxserver.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/operations/rotationjournal.h"
#include "model/operations/tokenservice.h"
#include "net/logtoclient.h"
#include "net/tokenfingerprint.h"
#include "tests/support/await.h"
#include "tests/support/awaitkeychain.h"
#include "tests/support/networkthreads.h"
#include "tests/support/sandboxclientconfig.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <memory>
#include <optional>

using namespace latchkey;
using namespace latchkey::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString tokenKindName(TokenError::Kind kind)
{
    using K = TokenError::Kind;
    switch (kind) {
    case K::InvalidInput:
        return u"InvalidInput"_s;
    case K::NoSuchUser:
        return u"NoSuchUser"_s;
    case K::NoSuchToken:
        return u"NoSuchToken"_s;
    case K::NameTaken:
        return u"NameTaken"_s;
    case K::Server:
        return u"Server"_s;
    case K::Keychain:
        return u"Keychain"_s;
    case K::NotCached:
        return u"NotCached"_s;
    case K::Busy:
        return u"Busy"_s;
    case K::Journal:
        return u"Journal"_s;
    case K::Incomplete:
        return u"Incomplete"_s;
    case K::Expired:
        return u"Expired"_s;
    case K::Revoked:
        return u"Revoked"_s;
    case K::Refused:
        return u"Refused"_s;
    case K::UnknownResource:
        return u"UnknownResource"_s;
    case K::ExchangeOff:
        return u"ExchangeOff"_s;
    }
    return u"?"_s;
}

// What one operation under one fault ended in, as the user would see it.
// The matrix mostly waits (timeouts, Retry-After, retries), so ctest runs it as
// several processes side by side: LATCHKEY_FAULT_SHARD=i/n runs every n-th cell
// (fault × operation) from the i-th, which spreads a slow fault's cells over all
// of them. Unset, one process runs every cell.
struct Shard
{
    int index = 0;
    int count = 1;

    static Shard fromEnvironment()
    {
        const QStringList parts = qEnvironmentVariable("LATCHKEY_FAULT_SHARD").split(u'/');
        Shard shard;
        if (parts.size() == 2) {
            bool indexOk = false, countOk = false;
            shard.index = parts[0].toInt(&indexOk);
            shard.count = parts[1].toInt(&countOk);
            if (!indexOk || !countOk || shard.count < 1 || shard.index < 0 ||
                shard.index >= shard.count)
                qFatal("LATCHKEY_FAULT_SHARD must be i/n with 0 <= i < n");
        }
        return shard;
    }
    bool holds(int cell) const { return cell % count == index; }
};

struct Observed
{
    bool ok = false;
    QString kind;        // error kind (model kind / net kind)
    QString message;     // the sentence shown to the user
    QString note;        // extra facts for the table (reconciled, resumed, ...)
    bool warned = false; // the message says a token may exist without its value
};

struct Fault
{
    QString name;
    std::function<void(SandboxServer &)> install; // empty: a special environment
    enum class Env { Sandbox, NoServer, UntrustedTls } env = Env::Sandbox;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer m_server;    // plain HTTP with the fault front
    SandboxServer m_tlsServer; // HTTPS with a certificate from a CA the client does not trust
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<RotationJournal> m_journal;
    std::unique_ptr<LogtoClient> m_check;    // fault-free client on m_server
    std::unique_ptr<LogtoClient> m_tlsCheck; // trusts the test CA
    QString m_tlsUserId;
    QList<QSslCertificate> m_ca;
    int m_counter = 0;
    QStringList m_problems; // every violated promise, reported at the end
    std::map<QString, std::map<QString, QString>> m_table; // fault -> op -> cell
    QMap<QString, QString> m_messages;                     // kind -> one example message

    static ClientConfig configFor(const SandboxServer &server)
    {
        ClientConfig config = sandboxClientConfig(server);
        config.requestTimeout = 1000ms;
        config.maxAttempts = 3;
        config.maxRetryTime = 2500ms;
        config.retryBaseDelay = 50ms;
        config.maxResponseBytes = 1024 * 1024;
        return config;
    }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(u"openssl"_s, arguments);
        return process.waitForFinished(30000) && process.exitCode() == 0;
    }

    TokenBackend backend(LogtoClient *client, const SandboxServer &server)
    {
        return {client, m_cache.get(), m_journal.get(), u"reliability"_s,
                TokenCache::endpointKey(server.endpoint())};
    }

    QList<PersonalAccessToken> serverTokens(LogtoClient *client, const QString &userId,
                                            const QString &name)
    {
        auto listed = await<Result<QList<PersonalAccessToken>>>(
            [&](QObject *c, auto done) { client->listTokens(userId, c, done); });
        QList<PersonalAccessToken> tokens;
        if (!listed || !listed->ok()) {
            m_problems.append(u"verification listing failed for %1"_s.arg(name));
            return tokens;
        }
        for (const PersonalAccessToken &t : listed->value()) {
            if (t.name == name || t.name.startsWith(name + u" ("_s))
                tokens.append(t);
        }
        return tokens;
    }

    bool isCached(const SandboxServer &server, const QByteArray &fingerprint)
    {
        const auto [outcome, value] = awaitSecret([&](QObject *c, auto done) {
            m_cache->fetch(TokenCache::endpointKey(server.endpoint()), fingerprint, c, done);
        });
        return outcome.ok() && TokenFingerprint::of(value) == fingerprint;
    }

    // A clear message: present, short, and not a dump of the answer or a secret.
    void checkMessage(const QString &cell, const QString &message)
    {
        if (message.trimmed().isEmpty())
            m_problems.append(cell + u": empty message"_s);
        if (message.size() > 600 || message.contains(u"pat_"_s) || message.contains(u"{\""_s) ||
            message.contains(u"<html"_s, Qt::CaseInsensitive) || message.contains(u"eyJ"_s) ||
            message.contains(u"xxxxxxxx"_s))
            m_problems.append(cell + u": raw or secret content in message: "_s + message.left(200));
    }

    Observed fromToken(const QString &cell, const TokenError &error)
    {
        Observed o;
        o.kind = tokenKindName(error.kind);
        if (error.api.isError())
            o.kind += u"/"_s + ApiError::kindName(error.api.kind());
        o.message = error.message;
        o.warned = error.tokenMayExist;
        checkMessage(cell, error.message);
        if (error.api.isError())
            checkMessage(cell, error.api.userMessage());
        return o;
    }

    Observed fromApi(const QString &cell, const ApiError &error)
    {
        Observed o;
        o.kind = ApiError::kindName(error.kind());
        o.message = error.userMessage();
        checkMessage(cell, o.message);
        return o;
    }

    // Creates a token without faults, for the operations that need one.
    std::optional<IssuedToken> prepare(TokenService &service, const QString &userId,
                                       const QString &name)
    {
        auto created = await<TokenResult<IssuedToken>>([&](QObject *c, auto d) {
            service.generate(userId, name, ExpirySpec::inDays(7), c, d);
        });
        if (!created || !created->ok())
            return std::nullopt;
        return std::move(created->value());
    }

    void runCell(const Fault &fault, const QString &op)
    {
        const QString cell = fault.name + u" × "_s + op;
        const bool tls = fault.env == Fault::Env::UntrustedTls;
        SandboxServer &server = tls ? m_tlsServer : m_server;
        LogtoClient *check = tls ? m_tlsCheck.get() : m_check.get();
        const QString userId = tls ? m_tlsUserId : server.primaryUserId();
        TokenService checkService(backend(check, server));

        // The client the operation runs on: the faulty path.
        std::unique_ptr<LogtoClient> own;
        LogtoClient *client = check;
        if (fault.env == Fault::Env::NoServer) {
            QTcpServer closed;
            closed.listen(QHostAddress::LocalHost, 0);
            ClientConfig config = configFor(server);
            config.endpoint.setPort(closed.serverPort());
            closed.close();
            own = std::make_unique<LogtoClient>(std::move(config));
            client = own.get();
        } else if (tls) {
            own = std::make_unique<LogtoClient>(configFor(server)); // no extra CA: untrusted
            client = own.get();
        }
        TokenService service(backend(client, server));

        const QString name = u"rel %1 #%2"_s.arg(op).arg(++m_counter);
        std::optional<IssuedToken> existing;
        if (op != u"list users"_s && op != u"list tokens"_s && op != u"generate"_s) {
            existing = prepare(checkService, userId, name);
            if (!existing) {
                m_problems.append(cell + u": could not prepare a token"_s);
                return;
            }
        }

        if (fault.install)
            fault.install(server);
        Observed o;
        std::optional<SecretBytes> handedOver; // a plaintext the caller received
        if (op == u"list users"_s) {
            UserQuery query;
            auto r = await<Result<UserPage>>(
                [&](QObject *c, auto d) { client->listUsers(query, c, d); });
            o = !r        ? Observed{false, u"no callback"_s, {}, {}}
                : r->ok() ? Observed{true, {}, {}, {}}
                          : fromApi(cell, r->error());
        } else if (op == u"list tokens"_s) {
            auto r = await<Result<QList<PersonalAccessToken>>>(
                [&](QObject *c, auto d) { client->listTokens(userId, c, d); });
            o = !r        ? Observed{false, u"no callback"_s, {}, {}}
                : r->ok() ? Observed{true, {}, {}, {}}
                          : fromApi(cell, r->error());
        } else if (op == u"generate"_s || op == u"set expiry"_s) {
            auto r = await<TokenResult<IssuedToken>>([&](QObject *c, auto d) {
                if (op == u"generate"_s)
                    service.generate(userId, name, ExpirySpec::inDays(30), c, d);
                else
                    service.changeExpiry(userId, name, ExpirySpec::inDays(60), c, d);
            });
            if (!r) {
                o.kind = u"no callback"_s;
            } else if (r->ok()) {
                o.ok = true;
                if (r->value().reconciled)
                    o.note = u"reconciled"_s;
                if (!r->value().cached)
                    o.note = u"not cached"_s;
                handedOver = std::move(r->value().value);
            } else {
                o = fromToken(cell, r->error());
            }
        } else if (op == u"rename"_s) {
            auto r = await<TokenResult<PersonalAccessToken>>([&](QObject *c, auto d) {
                service.rename(userId, name, name + u" (renamed)"_s, c, d);
            });
            o = !r        ? Observed{false, u"no callback"_s, {}, {}}
                : r->ok() ? Observed{true, {}, {}, {}}
                          : fromToken(cell, r->error());
        } else if (op == u"revoke"_s) {
            auto r = await<QList<RevokeOutcome>>(
                [&](QObject *c, auto d) { service.revoke(userId, {name}, c, d); });
            if (!r || r->size() != 1) {
                o.kind = u"no callback"_s;
            } else if (r->first().revoked && r->first().forgotten) {
                o.ok = true;
            } else {
                o.kind = r->first().revoked ? u"NotForgotten"_s : u"NotRevoked"_s;
                o.message = r->first().error;
                checkMessage(cell, o.message);
            }
        } else if (op == u"copy"_s) {
            auto r = await<TokenResult<SecretBytes>>(
                [&](QObject *c, auto d) { service.cachedValue(userId, name, c, d); });
            if (!r) {
                o.kind = u"no callback"_s;
            } else if (r->ok()) {
                o.ok = r->value().bytes() == existing->value.bytes();
                if (!o.ok)
                    m_problems.append(cell + u": copied a different value"_s);
            } else {
                o = fromToken(cell, r->error());
            }
        } else if (op == u"token test"_s) {
            auto r = await<Result<ExchangedToken>>(
                [&](QObject *c, auto d) { client->exchangeToken(existing->value, c, d); });
            o = !r        ? Observed{false, u"no callback"_s, {}, {}}
                : r->ok() ? Observed{true, {}, {}, {}}
                          : fromApi(cell, r->error());
        }
        server.clearFaults();
        if (o.kind == u"no callback"_s)
            m_problems.append(cell + u": the callback never ran"_s);
        // A delayed request may still be at the server after the client gave up: the check
        // below starts once the server has answered or dropped everything.
        if (!QTest::qWaitFor([&] { return server.requestsInProgress() == 0; }, 30000))
            m_problems.append(cell + u": the server never settled"_s);

        // Unfinished rotations are finished by the next start, as the app does.
        QList<ResumeOutcome> resumed;
        if (!m_journal->pending(u"reliability"_s).isEmpty()) {
            auto r = await<QList<ResumeOutcome>>(
                [&](QObject *c, auto d) { checkService.resumePending(c, d); });
            if (r)
                resumed = *r;
            o.note = u"resumed at next start"_s;
            if (!m_journal->pending(u"reliability"_s).isEmpty())
                m_problems.append(cell + u": journal still pending after resume"_s);
        }

        // No token lost: every token of this name on the server has its plaintext either
        // handed to the caller or in the keychain.
        const QList<PersonalAccessToken> onServer = serverTokens(check, userId, name);
        for (const PersonalAccessToken &t : onServer) {
            const bool handed =
                handedOver && TokenFingerprint::of(handedOver->view()) == t.fingerprint;
            if (handed || isCached(server, t.fingerprint))
                continue;
            if (o.warned && !o.ok && o.message.contains(t.name)) {
                o.note += u" token left on server, user told"_s;
                continue;
            }
            m_problems.append(cell + u": token \""_s + t.name + u"\" lost its plaintext"_s);
            o.note += u" LOST"_s;
        }
        if (op == u"generate"_s && o.ok && onServer.size() != 1)
            m_problems.append(
                cell + u": generate reported success but server has %1"_s.arg(onServer.size()));
        if (op == u"set expiry"_s || op == u"copy"_s || op == u"token test"_s) {
            if (onServer.size() != 1)
                m_problems.append(cell + u": %1 tokens named like it"_s.arg(onServer.size()));
        }

        // Clean up (server and keychain) so that cells do not see each other.
        QStringList names;
        for (const PersonalAccessToken &t : onServer)
            names.append(t.name);
        if (!names.isEmpty())
            (void)await<QList<RevokeOutcome>>(
                [&](QObject *c, auto d) { checkService.revoke(userId, names, c, d); });

        QString text = o.ok ? u"ok"_s : o.kind;
        if (!o.note.isEmpty())
            text += u" (%1)"_s.arg(o.note.trimmed());
        m_table[fault.name][op] = text;
        if (!o.ok && !o.message.isEmpty() && !m_messages.contains(o.kind))
            m_messages.insert(o.kind, o.message);
        qInfo().noquote() << cell << "->" << text << "|" << o.message.left(120);
    }

    static QList<Fault> faults()
    {
        using Action = SandboxFault::Action;
        auto fault = [](Action action, auto tweak) {
            return [action, tweak](SandboxServer &server) {
                SandboxFault f;
                f.action = action;
                f.times = 1000; // every attempt, retries included, unless tweak says otherwise
                tweak(f);
                server.addFault(f);
            };
        };
        // times: 1000 = every attempt fails; 1 = a passing hiccup that a retry gets over.
        auto status = [=](int code, int retryAfter, int times = 1000) {
            return fault(Action::Status, [code, retryAfter, times](SandboxFault &f) {
                f.status = code;
                f.retryAfterSeconds = retryAfter;
                f.times = times;
            });
        };
        const auto none = [](SandboxFault &) {};
        const QList<Fault> faults = {
            {u"no server"_s, {}, Fault::Env::NoServer},
            {u"slow server (3 s > 1 s timeout)"_s,
             fault(Action::Delay, [](SandboxFault &f) { f.delayMs = 3000; })},
            {u"500"_s, status(500, -1)},
            {u"502"_s, status(502, -1)},
            {u"502 + Retry-After: 1"_s, status(502, 1)},
            {u"502 once"_s, status(502, -1, 1)},
            {u"503"_s, status(503, -1)},
            {u"503 + Retry-After: 1"_s, status(503, 1)},
            {u"503 + Retry-After: 1, once"_s, status(503, 1, 1)},
            {u"429 + Retry-After: 1"_s, status(429, 1)},
            {u"429 + Retry-After: 1, once"_s, status(429, 1, 1)},
            {u"truncated body"_s, fault(Action::Truncate, none)},
            {u"malformed JSON"_s, fault(Action::MalformedJson, none)},
            {u"wrong JSON types"_s, fault(Action::WrongShape, none)},
            {u"huge body (2 MiB > 1 MiB limit)"_s,
             fault(Action::Oversized, [](SandboxFault &f) { f.bytes = 2 * 1024 * 1024; })},
            {u"reset before handling"_s, fault(Action::Reset, none)},
            {u"reset after handling (answer lost)"_s, fault(Action::ResetAfterHandling, none)},
            {u"untrusted certificate"_s, {}, Fault::Env::UntrustedTls},
        };
        return faults;
    }

    static QStringList operations()
    {
        return {u"list users"_s, u"list tokens"_s, u"generate"_s, u"rename"_s,
                u"set expiry"_s, u"revoke"_s,      u"copy"_s,     u"token test"_s};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SandboxOptions options;
        options.testHooks = true;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));

        // An HTTPS sandbox whose certificate comes from a throw-away CA.
        QFile ext(m_dir.filePath(u"server.ext"_s));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                  "extendedKeyUsage=serverAuth\n");
        ext.close();
        const QStringList ec = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
        QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ec +
                        QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s,
                                    u"2"_s, u"-subj"_s, u"/CN=Latchkey Reliability CA"_s}));
        QVERIFY(openssl(QStringList{u"req"_s} + ec +
                        QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s,
                                    u"-subj"_s, u"/CN=127.0.0.1"_s}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                         u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s,
                         u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s}));
        m_ca = QSslCertificate::fromPath(m_dir.filePath(u"ca.pem"_s));
        QCOMPARE(m_ca.size(), 1);
        SandboxOptions tlsOptions;
        tlsOptions.testHooks = true;
        tlsOptions.tlsCertificateFile = m_dir.filePath(u"server.pem"_s);
        tlsOptions.tlsKeyFile = m_dir.filePath(u"server.key"_s);
        QVERIFY2(m_tlsServer.start(tlsOptions, &error), qPrintable(error));
        m_tlsUserId = m_tlsServer.primaryUserId();

        m_secrets = std::make_unique<KeychainSecretStore>(
            u"latchkey-tst_faults-%1"_s.arg(QCoreApplication::applicationPid()));
        m_cache = std::make_unique<TokenCache>(m_secrets.get());
        m_journal = std::make_unique<RotationJournal>(m_dir.filePath(u"journal"_s));
        m_check = std::make_unique<LogtoClient>(configFor(m_server));
        ClientConfig tlsConfig = configFor(m_tlsServer);
        tlsConfig.extraCaCertificates = m_ca;
        m_tlsCheck = std::make_unique<LogtoClient>(std::move(tlsConfig));
        // Get the management access token now, so that faults hit the API calls themselves.
        for (LogtoClient *client : {m_check.get(), m_tlsCheck.get()}) {
            auto auth =
                await<Result<Done>>([&](QObject *c, auto d) { client->authenticate(c, d); });
            QVERIFY(auth && auth->ok());
        }
    }

    // One row per fault, so that QtTest's per-function watchdog covers one row at a time.
    void everyOperationThroughFault_data()
    {
        QTest::addColumn<int>("fault");
        const QList<Fault> all = faults();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].name)) << i;
    }

    void everyOperationThroughFault()
    {
        QFETCH(int, fault);
        m_problems.clear();
        const Fault f = faults().at(fault);
        const QStringList ops = operations();
        const Shard shard = Shard::fromEnvironment();
        for (int op = 0; op < ops.size(); ++op) {
            if (shard.holds(fault * ops.size() + op))
                runCell(f, ops[op]);
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }

    void writeTable()
    {
        const Shard shard = Shard::fromEnvironment();
        const QList<Fault> faults = this->faults();
        const QStringList ops = operations();
        QString table = u"| Fault \\ operation |"_s;
        for (const QString &op : ops)
            table += u" %1 |"_s.arg(op);
        table += u"\n|---|"_s + u"---|"_s.repeated(ops.size()) + u"\n"_s;
        for (const Fault &f : faults) {
            table += u"| %1 |"_s.arg(f.name);
            for (const QString &op : ops)
                table += u" %1 |"_s.arg(m_table[f.name][op]);
            table += u"\n"_s;
        }
        table += u"\nExample messages (as shown to the user):\n\n"_s;
        for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
            table += u"- **%1**: %2\n"_s.arg(it.key(), QString(it.value()).replace(u'\n', u' '));
        const QString path = qEnvironmentVariableIsSet("LATCHKEY_FAULT_TABLE")
                                 ? qEnvironmentVariable("LATCHKEY_FAULT_TABLE")
                                 : latchkey::test::TestPaths::build(u"fault-table%1.md"_s.arg(
                                       shard.count > 1 ? u"-%1"_s.arg(shard.index) : QString()));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(table.toUtf8());
        qInfo().noquote() << "fault table written to" << path;
    }

    void cleanupTestCase()
    {
        const QString endpoint = TokenCache::endpointKey(m_server.endpoint());
        const QString tlsEndpoint = TokenCache::endpointKey(m_tlsServer.endpoint());
        for (const QString &e : {endpoint, tlsEndpoint}) {
            for (const QByteArray &fingerprint : m_cache->cachedFingerprints(e))
                awaitOutcome(
                    [&](QObject *c, auto done) { m_cache->forget(e, fingerprint, c, done); });
        }
        // The HTTPS clients' threads end wholly before the process exits (see
        // networkThreadsEnded).
        m_check.reset();
        m_tlsCheck.reset();
        QTRY_VERIFY_WITH_TIMEOUT(networkThreadsEnded(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
