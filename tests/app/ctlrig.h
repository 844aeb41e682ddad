// CtlRig: latchkeyctl end to end for a test: a latchkey-sandbox process with
// its test hooks, private XDG folders, latchkeyctl runs (in the C locale, so
// that sentences can be checked), and what a test does behind Latchkey's back:
// Management API calls, apps made by the sandbox's hooks, values put straight
// into the keychain's token cache.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace latchkey::test {

struct CtlRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;

    bool ok() const { return exitStatus == QProcess::NormalExit && exitCode == 0; }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    // A failure says what went wrong in exactly one line.
    bool oneErrorLine() const;
};

class CtlRig
{
public:
    CtlRig();
    ~CtlRig();

    // Starts the sandbox and adds a profile for its app as the current one.
    bool start(const QStringList &sandboxArguments = {});
    // Only starts the sandbox, for a test of "profiles add" itself (as profile()).
    bool startSandbox(const QStringList &sandboxArguments = {});

    QString endpoint() const { return m_info.value(QStringLiteral("endpoint")).toString(); }
    QString apiIndicator() const { return m_info.value(QStringLiteral("apiIndicator")).toString(); }
    QString userId() const { return m_info.value(QStringLiteral("userId")).toString(); }
    QString appId() const { return m_info.value(QStringLiteral("appId")).toString(); }
    QString appSecret() const { return m_info.value(QStringLiteral("appSecret")).toString(); }
    QString profile() const { return m_profile; }
    // Any field of the sandbox's line ("gateway", "nativeAppId", "developer", ...).
    QString info(const QString &key) const { return m_info.value(key).toString(); }
    QString home() const { return m_home.path(); }

    QProcessEnvironment environment() const;
    // For the next runs: extra variables (HOME for "where", say).
    void setVariable(const QString &name, const QString &value) { m_extra.insert(name, value); }
    QString program() const;
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {}) const;
    // A run that kills itself (SIGKILL) right after its journal recorded that step.
    CtlRun ctlKilledAt(const QString &step, const QStringList &arguments) const;

    // A profile for another app of the same sandbox.
    bool addProfile(const QString &name, const QString &appId, const QString &appSecret);
    // An app made through the sandbox's test hook: {appId, appSecret}.
    std::optional<std::pair<QString, QString>> createApp(bool managementApi, bool tokenExchange);

    // Management API calls with the rig's app, as another tool would make them.
    QByteArray createToken(const QString &name, std::optional<qint64> expiresAtMs = {},
                           const QString &userId = {});
    // A new user of the tenant; its id.
    QString createUser(const QString &username);
    bool deleteToken(const QString &name);
    // Puts a value into the keychain cache as Latchkey would have.
    bool cacheValue(const QByteArray &value);

private:
    CtlRun run(const QStringList &arguments, const QByteArray &input,
               const QProcessEnvironment &env) const;
    QJsonObject http(const QByteArray &method, const QString &path, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers, int *status);
    QByteArray managementToken();

    QTemporaryDir m_home;
    QProcess m_sandbox;
    QJsonObject m_info;
    QString m_profile;
    QProcessEnvironment m_extra;
};

} // namespace latchkey::test
