#include "tests/app/ctlrig.h"

#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "net/tokenfingerprint.h"
#include "tests/support/testpaths.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace latchkey::test {

bool CtlRun::oneErrorLine() const
{
    const QByteArray text = err.trimmed();
    return !text.isEmpty() && !text.contains('\n') && text.startsWith("latchkeyctl: ");
}

CtlRig::CtlRig()
    : m_profile(u"rig-%1"_s.arg(QCoreApplication::applicationPid()))
{}

CtlRig::~CtlRig()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }
}

QString CtlRig::program() const
{
    return latchkey::test::TestPaths::build(u"app/latchkeyctl/latchkeyctl"_s);
}

bool CtlRig::start(const QStringList &sandboxArguments)
{
    return startSandbox(sandboxArguments) && addProfile(m_profile, appId(), appSecret());
}

bool CtlRig::startSandbox(const QStringList &sandboxArguments)
{
    if (!m_home.isValid())
        return false;
    m_sandbox.setProgram(latchkey::test::TestPaths::build(u"app/sandbox/latchkey-sandbox"_s));
    m_sandbox.setArguments(QStringList{u"--port"_s, u"0"_s, u"--test-hooks"_s} + sandboxArguments);
    m_sandbox.start();
    if (!m_sandbox.waitForStarted(10000))
        return false;
    if (!QTest::qWaitFor([this] { return m_sandbox.canReadLine(); }, 30000))
        return false;
    m_info = QJsonDocument::fromJson(m_sandbox.readLine()).object();
    return !endpoint().isEmpty();
}

QProcessEnvironment CtlRig::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    // The sentences are checked in English.
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LATCHKEY_TEST_CRASH_AT_STEP"_s);
    for (const QString &name : m_extra.keys())
        env.insert(name, m_extra.value(name));
    return env;
}

CtlRun CtlRig::ctl(const QStringList &arguments, const QByteArray &input) const
{
    return run(arguments, input, environment());
}

CtlRun CtlRig::ctlKilledAt(const QString &step, const QStringList &arguments) const
{
    QProcessEnvironment env = environment();
    env.insert(u"LATCHKEY_TEST_CRASH_AT_STEP"_s, step);
    return run(arguments, {}, env);
}

CtlRun CtlRig::run(const QStringList &arguments, const QByteArray &input,
                   const QProcessEnvironment &env) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    CtlRun run;
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool CtlRig::addProfile(const QString &name, const QString &appId, const QString &appSecret)
{
    const CtlRun added = ctl({u"profiles"_s, u"add"_s, name, u"--endpoint"_s, endpoint(),
                              u"--app-id"_s, appId, u"--user"_s, userId(), u"--secret-stdin"_s},
                             appSecret.toUtf8() + '\n');
    if (!added.ok())
        qWarning("profiles add: %s", added.err.constData());
    return added.ok();
}

QJsonObject CtlRig::http(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers, int *status)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(endpoint() + path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(30000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QByteArray CtlRig::managementToken()
{
    const QByteArray basic = (appId() + u':' + appSecret()).toUtf8().toBase64();
    int status = 0;
    const QJsonObject answer = http("POST", u"/oidc/token"_s,
                                    "grant_type=client_credentials&scope=all&resource=" +
                                        QUrl::toPercentEncoding(apiIndicator()),
                                    {{"Authorization", "Basic " + basic},
                                     {"Content-Type", "application/x-www-form-urlencoded"}},
                                    &status);
    return answer.value(u"access_token"_s).toString().toLatin1();
}

QString CtlRig::createUser(const QString &username)
{
    int status = 0;
    const QJsonObject answer = http(
        "POST", u"/api/users"_s,
        QJsonDocument(QJsonObject{{u"username"_s, username}}).toJson(QJsonDocument::Compact),
        {{"Authorization", "Bearer " + managementToken()}, {"Content-Type", "application/json"}},
        &status);
    return status == 200 ? answer.value(u"id"_s).toString() : QString();
}

QByteArray CtlRig::createToken(const QString &name, std::optional<qint64> expiresAtMs,
                               const QString &owner)
{
    QJsonObject body{{u"name"_s, name}};
    if (expiresAtMs)
        body.insert(u"expiresAt"_s, double(*expiresAtMs));
    int status = 0;
    const QJsonObject answer = http(
        "POST", u"/api/users/%1/personal-access-tokens"_s.arg(owner.isEmpty() ? userId() : owner),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        {{"Authorization", "Bearer " + managementToken()}, {"Content-Type", "application/json"}},
        &status);
    return status == 201 ? answer.value(u"value"_s).toString().toLatin1() : QByteArray();
}

bool CtlRig::deleteToken(const QString &name)
{
    int status = 0;
    http("POST", u"/api/users/%1/personal-access-tokens/delete"_s.arg(userId()),
         QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson(QJsonDocument::Compact),
         {{"Authorization", "Bearer " + managementToken()}, {"Content-Type", "application/json"}},
         &status);
    return status == 204;
}

std::optional<std::pair<QString, QString>> CtlRig::createApp(bool managementApi, bool tokenExchange)
{
    int status = 0;
    const QJsonObject answer =
        http("POST", u"/__sandbox/apps"_s,
             QJsonDocument(QJsonObject{{u"managementApi"_s, managementApi},
                                       {u"tokenExchange"_s, tokenExchange}})
                 .toJson(QJsonDocument::Compact),
             {{"Content-Type", "application/json"},
              {"Latchkey-Sandbox-Key", m_info.value(u"hookKey"_s).toString().toLatin1()}},
             &status);
    if (status != 200)
        return std::nullopt;
    return std::pair{answer.value(u"appId"_s).toString(), answer.value(u"appSecret"_s).toString()};
}

bool CtlRig::cacheValue(const QByteArray &value)
{
    KeychainSecretStore secrets(KeychainSecretStore::defaultService());
    TokenCache cache(&secrets);
    const QString endpointKey = TokenCache::endpointKey(QUrl(endpoint()));
    bool stored = false;
    bool done = false;
    cache.store(endpointKey, TokenFingerprint::of(value), SecretBytes(QByteArray(value)), &cache,
                [&](SecretStore::Outcome outcome) {
                    stored = outcome.ok();
                    done = true;
                });
    return QTest::qWaitFor([&] { return done; }, 30000) && stored;
}

} // namespace latchkey::test
